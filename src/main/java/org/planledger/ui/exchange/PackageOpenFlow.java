package org.planledger.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import org.planledger.exchange.Manifest;
import org.planledger.exchange.PackageOpener;
import org.planledger.i18n.Messages;
import org.planledger.store.LedgerIdentity;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;

/**
 * 文件 → 打开任务包… (liaison): a package never goes into the manager's ledger. A newer package
 * of the department ledger that is open refreshes it in place; any other opens into that
 * department's own ledger file in the data folder (made on first use, refreshed after), and the
 * window switches to it.
 */
public final class PackageOpenFlow {

    /** What opening did, and where. */
    private record Done(PackageOpener.Opened opened, org.planledger.app.LedgerPlace ledgerFile, boolean inPlace, long serialBefore) {
    }

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final Path dataFolder;
    private final Runnable refreshed;
    private final Consumer<org.planledger.app.LedgerPlace> switchTo;

    /**
     * @param refreshed told when the open department ledger was refreshed in place
     * @param switchTo  asked to show another ledger file (the department's)
     */
    public PackageOpenFlow(LedgerSession session, DialogService dialogs, Messages messages, Path dataFolder,
                           Runnable refreshed, Consumer<org.planledger.app.LedgerPlace> switchTo) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.refreshed = refreshed;
        this.switchTo = switchTo;
    }

    public void chooseAndOpen() {
        dialogs.showOpenDialog(messages.get("ui.exchange.open.choose"), List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.packages"), "*.plpkg")))
                .ifPresent(this::open);
    }

    public void open(Path pkg) {
        new ExchangeRun(session, dialogs, messages).start(messages.get("ui.exchange.open.opening",
                pkg.getFileName().toString()), ledger -> {
                    Manifest m = PackageOpener.peek(pkg);
                    PackageOpener opener = new PackageOpener(session.clock());
                    LedgerIdentity me = ledger.identity();
                    if (me.isDepartment() && m.ledgerId().equals(me.issuerLedgerId())
                            && me.departmentId() != null && me.departmentId() == m.departmentId()) {
                        return new Done(opener.open(pkg, ledger), session.place(), true, me.packageSerial());
                    }
                    Path target = dataFolder.resolve(PackageOpener.defaultLedgerName(m)).toAbsolutePath();
                    if (org.planledger.app.LedgerLock.isHeldElsewhere(target)) {
                        // another window works on that department ledger: it is not written from here
                        throw new org.planledger.app.LedgerInUseException(target);
                    }
                    Files.createDirectories(dataFolder);
                    return new Done(opener.openInto(pkg, target), org.planledger.app.LedgerPlace.of(target), false, -1);
                }, this::opened, messages.get("ui.exchange.open.failed"), null);
    }

    private void opened(Done d) {
        PackageOpener.Opened o = d.opened();
        String what = !o.refreshed() ? messages.get("ui.exchange.open.new", o.departmentName(), o.serial(), o.tasks(),
                o.recordsAdded())
                : o.serial() == d.serialBefore() ? messages.get("ui.exchange.open.same", o.departmentName(), o.serial())
                : messages.get("ui.exchange.open.refreshed", o.departmentName(), o.serial(), o.tasks(), o.recordsAdded());
        if (d.inPlace()) {
            refreshed.run();
        } else {
            switchTo.accept(d.ledgerFile());
        }
        StringBuilder body = new StringBuilder(messages.get("ui.exchange.open.where", d.ledgerFile().describe()));
        if (!o.leftOut().isEmpty()) {
            // what the manager did not merge, and why: the department sends it again with its next report
            body.append("\n\n").append(messages.get("ui.exchange.open.leftOut", o.leftOut().size()));
            for (PackageOpener.LeftOutRecord r : o.leftOut()) {
                body.append('\n').append(messages.get("ui.exchange.open.leftOutLine", r.subject(), messages.get(r.kindKey()),
                        r.reason()));
            }
        }
        dialogs.showInformation(messages.get("ui.exchange.open.doneTitle"), what, body.toString());
    }
}
