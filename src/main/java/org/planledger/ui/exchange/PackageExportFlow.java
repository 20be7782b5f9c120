package org.planledger.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planledger.exchange.PackageExporter;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;

/**
 * 文件 → 导出部门任务包… (manager): which department (or all with work), then which folder; the
 * packages are written in the background, all or none, and the result lists each file.
 */
public final class PackageExportFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;

    public PackageExportFlow(LedgerSession session, DialogService dialogs, Messages messages) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void chooseAndExport() {
        session.task(ledger -> new Ready(DepartmentChoice.withWork(ledger, session.clock()),
                        org.planledger.exchange.DivisionDrafts.of(ledger)))
                .onSuccess(ready -> {
                    if (!ready.drafts().allDraft() || confirmDrafts(ready.drafts())) {
                        ask(ready.withWork());
                    }
                }).onFailure(e -> dialogs.showError(messages.get("ui.exchange.packages.failed"),
                org.planledger.ui.common.Problems.describe(e, messages))).executeWith(session.executor());
    }

    private record Ready(List<DepartmentChoice> withWork, org.planledger.exchange.DivisionDrafts drafts) {
    }

    /** Every division still 草案: says what that means and exports only when the manager says so. */
    private boolean confirmDrafts(org.planledger.exchange.DivisionDrafts drafts) {
        javafx.scene.control.ButtonType export = new javafx.scene.control.ButtonType(
                messages.get("ui.exchange.packages.drafts.export"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType back = new javafx.scene.control.ButtonType(
                messages.get("ui.button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                messages.get("ui.exchange.packages.drafts.text"), export, back);
        ask.setTitle(messages.get("ui.exchange.packages.title"));
        ask.setHeaderText(messages.get("ui.exchange.packages.drafts.header", drafts.tasks()));
        ask.getDialogPane().setId("packages-all-draft");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(back)).setDefaultButton(true);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(export)).setDefaultButton(false);
        return dialogs.showCustomDialogAndWait(ask).filter(export::equals).isPresent();
    }

    private void ask(List<DepartmentChoice> withWork) {
        List<DepartmentChoice> sorted = new ArrayList<>(withWork);
        sorted.sort(Comparator.comparing(DepartmentChoice::name, messages.collator()));
        List<DepartmentChoice> chosen = dialogs.showCustomDialogAndWait(new PackageExportDialog(messages, sorted))
                .orElse(null);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        Path folder = dialogs.showDirectoryDialog(messages.get("ui.exchange.packages.folder")).orElse(null);
        if (folder == null) {
            return;
        }
        List<Long> ids = chosen.stream().map(DepartmentChoice::id).toList();
        new ExchangeRun(session, dialogs, messages).start(messages.get("ui.exchange.packages.writing", ids.size()),
                ledger -> new PackageExporter(ledger, session.clock()).export(ids, folder),
                issued -> {
                    session.changes().written();
                    dialogs.showCustomDialogAndWait(new PackagesWrittenDialog(messages, folder, issued));
                },
                messages.get("ui.exchange.packages.failed"), null);
    }
}
