package org.planledger.ui.exchange;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import java.util.Map;
import org.planledger.exchange.ReportImport;
import org.planledger.i18n.Messages;

/**
 * 导入进展报告: the preview (nothing written yet) listing every new record, each ticked to merge,
 * with 确认合并 and 取消 — 确认合并 only when some report would merge and every record left out
 * has its reason — or, after the merge, what was merged with 关闭. Answers, on 确认合并, the
 * records left out (uid → reason; empty when none); nothing on 取消.
 */
final class ReportImportDialog extends Dialog<Map<String, String>> {

    ReportImportDialog(ReportImport result, Messages messages) {
        boolean preview = result.dryRun();
        setTitle(messages.get(preview ? "ui.exchange.import.previewTitle" : "ui.exchange.import.resultTitle"));
        setHeaderText(messages.get(preview ? "ui.exchange.import.previewHeader" : "ui.exchange.import.resultHeader"));
        setResizable(true);
        ReportImportView view = new ReportImportView(result, messages);
        getDialogPane().setContent(view.node());
        getDialogPane().setId(preview ? "report-preview-dialog" : "report-result-dialog");
        if (preview) {
            ButtonType merge = new ButtonType(messages.get("ui.exchange.import.merge"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            getDialogPane().getButtonTypes().setAll(merge, cancel);
            getDialogPane().lookupButton(merge).setId("report-preview-merge");
            boolean nothingMerges = result.files().stream().noneMatch(f -> f.verdict() == ReportImport.Verdict.MERGED);
            if (nothingMerges) {
                getDialogPane().lookupButton(merge).setDisable(true);
            } else {
                getDialogPane().lookupButton(merge).disableProperty().bind(view.missingReason());
            }
            getDialogPane().lookupButton(cancel).setId("report-preview-cancel");
            setResultConverter(b -> b == merge ? view.leftOut() : null);
        } else {
            ButtonType close = new ButtonType(messages.get("ui.exchange.close"), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().setAll(close);
            getDialogPane().lookupButton(close).setId("report-result-close");
            setResultConverter(b -> null);
        }
    }
}
