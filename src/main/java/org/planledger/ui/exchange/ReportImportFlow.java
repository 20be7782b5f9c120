package org.planledger.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.planledger.exchange.ReportImport;
import org.planledger.exchange.ReportImporter;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;

/**
 * 文件 → 导入进展报告… (files: .plrpt reports and filled-in .xlsx workbooks) or …（文件夹）…: a dry
 * run first, shown as the preview listing every new record; 确认合并 merges all of it but the
 * records the manager left out in one transaction in the background, then the views read again
 * and the result says what was merged, which tasks changed and what needs the manager.
 */
public final class ReportImportFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable merged;

    /** @param merged told on the UI thread after a merge wrote something */
    public ReportImportFlow(LedgerSession session, DialogService dialogs, Messages messages, Runnable merged) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.merged = merged;
    }

    public void chooseFiles() {
        List<Path> files = dialogs.showOpenMultipleDialog(messages.get("ui.exchange.import.chooseFiles"), List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.reportsAndWorkbooks"), "*.plrpt", "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.reports"), "*.plrpt"),
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.workbooks"), "*.xlsx")));
        if (!files.isEmpty()) {
            preview(() -> files);
        }
    }

    public void chooseFolder() {
        dialogs.showDirectoryDialog(messages.get("ui.exchange.import.chooseFolder"))
                .ifPresent(folder -> preview(() -> ReportImporter.expand(folder)));
    }

    /** Previews the files the supplier names (called on the worker: a folder is listed there). */
    public void preview(Supplier<List<Path>> files) {
        new ExchangeRun(session, dialogs, messages).start(messages.get("ui.exchange.import.checking"), ledger -> {
            List<Path> list = files.get();
            return new Previewed(list, list.isEmpty() ? null : new ReportImporter(ledger, session.clock()).preview(list));
        }, this::showPreview, messages.get("ui.exchange.import.failed"), null);
    }

    private record Previewed(List<Path> files, ReportImport preview) {
    }

    private void showPreview(Previewed p) {
        if (p.preview() == null) {
            dialogs.showInformation(messages.get("ui.exchange.import.previewTitle"), null,
                    messages.get("ui.exchange.import.noReports"));
            return;
        }
        dialogs.showCustomDialogAndWait(new ReportImportDialog(p.preview(), messages))
                .ifPresent(leftOut -> merge(p.files(), leftOut));
    }

    private void merge(List<Path> files, java.util.Map<String, String> leftOut) {
        new ExchangeRun(session, dialogs, messages).start(messages.get("ui.exchange.import.merging"),
                ledger -> new ReportImporter(ledger, session.clock()).merge(files, leftOut), result -> {
                    merged.run();
                    dialogs.showCustomDialogAndWait(new ReportImportDialog(result, messages));
                }, messages.get("ui.exchange.import.failed"), null);
    }
}
