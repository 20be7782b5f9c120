package org.planledger.ui.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import org.planledger.app.BackupWords;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 文件 → 备份与恢复… and 导出整个台账…: the backups listed with what each holds, a backup now,
 * a restore (from a backup or a whole ledger brought from another PC) after the two are shown
 * side by side, and the whole ledger written to one file. Copies run on the ledger's worker with
 * their progress in the status bar; the window stays usable meanwhile.
 */
public final class BackupFlow {

    private static final String EXTENSION = ".planledger";

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<Text> busy;
    private final Runnable restored;

    /**
     * @param busy     shows what is being done in the status bar (null when done)
     * @param restored runs after a restore: the window shows the ledger afresh
     */
    public BackupFlow(LedgerSession session, DialogService dialogs, Messages messages, Consumer<Text> busy,
                      Runnable restored) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.busy = busy;
        this.restored = restored;
    }

    private record Listing(String folder, List<BackupRow> rows, int keep, long used) {
    }

    public void showBackups() {
        busy.accept(Text.of("ui.backup.loading"));
        session.task(ledger -> {
            Backups backups = Backups.of(ledger, session.clock());
            List<BackupRow> rows = new ArrayList<>();
            for (Backups.Entry e : backups.list()) {
                rows.add(new BackupRow(e, describeOrNull(e.file())));
            }
            return new Listing(backups.folder().toString(), rows, backups.keep(), backups.usedBytes());
        }).onSuccess(listing -> {
            busy.accept(null);
            ask(listing);
        }).onFailure(this::failed).executeWith(session.executor());
    }

    private void ask(Listing listing) {
        BackupsDialog.Choice choice = dialogs.showCustomDialogAndWait(
                new BackupsDialog(messages, listing.folder(), listing.rows(), listing.keep(), listing.used())).orElse(null);
        if (choice == null) {
            return;
        }
        if (choice.keep() != listing.keep()) {
            session.task(ledger -> {
                Backups.of(ledger, session.clock()).setKeep(choice.keep());
                return null;
            }).onFailure(this::failed).executeWith(session.executor());
        }
        switch (choice.action()) {
            case CREATE -> create();
            case RESTORE -> confirm(choice.row().entry().file(), choice.row().info());
            case RESTORE_FILE -> chooseFileToRestore();
            case CLOSE -> { }
        }
    }

    private void create() {
        Copying copying = new Copying("ui.backup.progress.backingUp");
        session.task(ledger -> {
            Path file = Backups.of(ledger, session.clock()).create(BackupReason.MANUAL, copying);
            return Backups.describe(file);
        }).onSuccess(info -> {
            busy.accept(null);
            dialogs.showInformation(messages.get("ui.backup.created.title"),
                    messages.get("ui.backup.created.header", new BackupWords(messages).size(info.bytes())),
                    messages.get("ui.backup.created.text", info.file().toString()));
            showBackups();
        }).onFailure(this::failed).executeWith(session.executor());
    }

    private void chooseFileToRestore() {
        Path file = dialogs.showOpenDialog(messages.get("ui.backup.chooseFile"), List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.ledgers"), "*" + EXTENSION))).orElse(null);
        if (file == null) {
            return;
        }
        busy.accept(Text.of("ui.backup.reading", file.getFileName().toString()));
        session.task(ledger -> Backups.describe(file))
                .onSuccess(info -> {
                    busy.accept(null);
                    confirm(file, info);
                })
                .onFailure(this::failed).executeWith(session.executor());
    }

    private void confirm(Path source, BackupInfo info) {
        session.task(ledger -> Backups.of(ledger, session.clock()).describeCurrent())
                .onSuccess(now -> {
                    boolean yes = dialogs.showCustomDialogAndWait(new RestoreConfirmDialog(messages, info, now)).orElse(false);
                    if (yes) {
                        restore(source);
                    }
                })
                .onFailure(this::failed).executeWith(session.executor());
    }

    private void restore(Path source) {
        Copying copying = new Copying("ui.backup.progress.restoring");
        session.task(ledger -> Backups.of(ledger, session.clock()).restore(source, copying))
                .onSuccess(before -> {
                    busy.accept(null);
                    restored.run();
                    dialogs.showInformation(messages.get("ui.backup.restored.title"),
                            messages.get("ui.backup.restored.header", source.getFileName().toString()),
                            before.map(b -> messages.get("ui.backup.restored.text", b.toString()))
                                    .orElse(messages.get("ui.backup.restored.damagedNotKept")));
                })
                .onFailure(this::failed).executeWith(session.executor());
    }

    /** 导出整个台账…: the whole ledger as one file, to carry to another PC. */
    public void exportLedger() {
        String name = messages.get("ui.backup.export.fileName", session.today().toString()) + EXTENSION;
        Path chosen = dialogs.showSaveDialog(messages.get("ui.backup.export.title"), name, List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.ledgers"), "*" + EXTENSION))).orElse(null);
        if (chosen == null) {
            return;
        }
        Path file = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + EXTENSION);
        Copying copying = new Copying("ui.backup.progress.exporting");
        session.task(ledger -> {
            Backups.of(ledger, session.clock()).exportTo(file, copying);
            return Backups.describe(file);
        }).onSuccess(info -> {
            busy.accept(null);
            dialogs.showWritten(messages.get("ui.backup.export.doneTitle"),
                    messages.get("ui.backup.export.doneHeader", new BackupWords(messages).size(info.bytes()), info.tasks(),
                            info.progressEntries()),
                    messages.get("ui.backup.export.doneText", file.toString()), file);
        }).onFailure(this::failed).executeWith(session.executor());
    }

    private void failed(Throwable e) {
        busy.accept(null);
        dialogs.showError(messages.get("ui.backup.failed"), Problems.describe(e, messages));
    }

    private static BackupInfo describeOrNull(Path file) {
        try {
            return Backups.describe(file);
        } catch (StoreException e) {
            return null; // listed all the same, marked unreadable, so the user sees it is there
        }
    }

    /** Puts the copy's progress in the status bar, once per percent. */
    private final class Copying implements Ledger.CopyProgress {
        private final String key;
        private int shown = -1;

        Copying(String key) {
            this.key = key;
            busy.accept(Text.of(key, 0));
        }

        @Override
        public void copied(long done, long total) {
            int percent = total <= 0 ? 100 : (int) (done * 100 / total);
            if (percent != shown) {
                shown = percent;
                Platform.runLater(() -> busy.accept(Text.of(key, percent)));
            }
        }
    }
}
