package org.planledger.ui.importer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.app.ImportReportWords;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.ReportGrid;
import org.planledger.planimport.ImportReport;

/** The dry-run report of an import, with 导入 / 取消: nothing is written before 导入. Answers true for 导入. */
final class ImportReportDialog extends Dialog<Boolean> {

    ImportReportDialog(Messages messages, ImportReport report, boolean revision) {
        ImportReportWords words = new ImportReportWords(messages);
        setTitle(messages.get("ui.import.report.dialogTitle"));
        setHeaderText(messages.get("ui.import.report.header", report.sourceName()));
        GridPane grid = ReportGrid.create();
        int row = 0;
        for (ImportReportWords.Row r : words.rows(report)) {
            Label label = new Label(r.label());
            label.getStyleClass().add("report-label");
            Label value = new Label(r.value());
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
        Label target = new Label(messages.get(revision ? "ui.import.report.revision" : "ui.import.report.new"));
        target.setId("import-target");
        target.setWrapText(true);
        target.getStyleClass().add("report-target");
        VBox content = new VBox(12, grid, target);
        if (!report.notes().isEmpty()) {
            Label notesTitle = new Label(words.notesTitle(report));
            notesTitle.getStyleClass().add("task-part-title");
            VBox notes = new VBox(4);
            notes.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
            for (String note : words.notes(report)) {
                Label n = new Label("• " + note);
                n.setWrapText(true);
                n.setMinHeight(Region.USE_PREF_SIZE);
                notes.getChildren().add(n);
            }
            ScrollPane scroll = new ScrollPane(notes);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(200, 26 * report.notes().size()));
            scroll.getStyleClass().add("report-notes");
            content.getChildren().addAll(notesTitle, scroll);
        }
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().setId("import-report");
        ButtonType importButton = new ButtonType(messages.get("ui.import.button.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importButton, cancel);
        setResultConverter(b -> b == importButton);
    }
}
