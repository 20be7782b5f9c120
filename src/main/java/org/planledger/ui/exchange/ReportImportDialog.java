package org.planledger.ui.exchange;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.planledger.exchange.ReportImport;
import org.planledger.i18n.Messages;

/**
 * 导入进展报告: the preview (nothing written yet) with 确认合并 and 取消 — 确认合并 only when some
 * report would merge — or, after the merge, what was merged with 关闭. Answers true on 确认合并.
 */
final class ReportImportDialog extends Dialog<Boolean> {

    ReportImportDialog(ReportImport result, Messages messages) {
        boolean preview = result.dryRun();
        setTitle(messages.get(preview ? "ui.exchange.import.previewTitle" : "ui.exchange.import.resultTitle"));
        setHeaderText(messages.get(preview ? "ui.exchange.import.previewHeader" : "ui.exchange.import.resultHeader"));
        getDialogPane().setContent(new ReportImportView(result, messages).node());
        getDialogPane().setId(preview ? "report-preview-dialog" : "report-result-dialog");
        if (preview) {
            ButtonType merge = new ButtonType(messages.get("ui.exchange.import.merge"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            getDialogPane().getButtonTypes().setAll(merge, cancel);
            getDialogPane().lookupButton(merge).setId("report-preview-merge");
            getDialogPane().lookupButton(merge).setDisable(result.files().stream()
                    .noneMatch(f -> f.verdict() == ReportImport.Verdict.MERGED));
            getDialogPane().lookupButton(cancel).setId("report-preview-cancel");
            setResultConverter(b -> b == merge);
        } else {
            ButtonType close = new ButtonType(messages.get("ui.exchange.close"), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().setAll(close);
            getDialogPane().lookupButton(close).setId("report-result-close");
            setResultConverter(b -> Boolean.FALSE);
        }
    }
}
