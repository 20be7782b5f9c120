package org.planledger.ui.backup;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.planledger.app.BackupWords;
import org.planledger.i18n.Messages;
import org.planledger.store.backup.Backups;

/**
 * 备份与恢复: the ledger's backups, newest first, with what each holds; 立即备份, 恢复所选…,
 * 从文件恢复… (a backup elsewhere, or a whole ledger brought from another PC), and how many
 * automatic backups are kept.
 */
final class BackupsDialog extends Dialog<BackupsDialog.Choice> {

    /** What the user chose, with the number of automatic backups to keep as set in the dialog. */
    record Choice(Action action, BackupRow row, int keep) {
    }

    enum Action { CREATE, RESTORE, RESTORE_FILE, CLOSE }

    BackupsDialog(Messages messages, String folder, List<BackupRow> rows, int keep, long used) {
        BackupWords words = new BackupWords(messages);
        setTitle(messages.get("ui.backup.title"));
        setHeaderText(messages.get("ui.backup.header"));
        getDialogPane().setPrefWidth(720);
        TableView<BackupRow> table = new TableView<>();
        table.setId("backup-table");
        table.setPlaceholder(new Label(messages.get("ui.backup.none")));
        table.getColumns().add(column(messages.get("ui.backup.col.taken"), 150, r -> words.when(r.entry().taken())));
        table.getColumns().add(column(messages.get("ui.backup.col.reason"), 130, r -> words.reason(r.entry().reason())));
        table.getColumns().add(column(messages.get("ui.backup.col.size"), 80, r -> words.size(r.entry().bytes())));
        table.getColumns().add(column(messages.get("ui.backup.col.tasks"), 60,
                r -> r.info() == null ? messages.get("ui.backup.unreadable") : String.valueOf(r.info().tasks())));
        table.getColumns().add(column(messages.get("ui.backup.col.entries"), 80,
                r -> r.info() == null ? "" : String.valueOf(r.info().progressEntries())));
        table.getColumns().add(column(messages.get("ui.backup.col.lastEntry"), 120,
                r -> r.info() == null ? "" : words.lastEntry(r.info())));
        table.getItems().setAll(rows);
        table.setPrefSize(680, 300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Spinner<Integer> keepSpinner = new Spinner<>(1, Backups.MAX_KEEP, keep);
        keepSpinner.setId("backup-keep");
        keepSpinner.setEditable(true);
        keepSpinner.setPrefWidth(90);
        Label keepLabel = new Label(messages.get("ui.backup.keep"));
        keepLabel.setLabelFor(keepSpinner);
        HBox keepLine = new HBox(8, keepLabel, keepSpinner, new Label(messages.get("ui.backup.keepNote")));
        keepLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label where = new Label(messages.get("ui.backup.folder", folder, new BackupWords(messages).size(used)));
        where.setWrapText(true);
        where.getStyleClass().add("progress-note");
        VBox content = new VBox(10, table, keepLine, where);
        content.setPadding(new Insets(8, 12, 4, 12));
        getDialogPane().setContent(content);
        getDialogPane().setId("backup-dialog");

        ButtonType create = new ButtonType(messages.get("ui.backup.create"), ButtonBar.ButtonData.LEFT);
        ButtonType restore = new ButtonType(messages.get("ui.backup.restore"), ButtonBar.ButtonData.OTHER);
        ButtonType restoreFile = new ButtonType(messages.get("ui.backup.restoreFile"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(messages.get("ui.backup.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(create, restore, restoreFile, close);
        getDialogPane().lookupButton(create).setId("backup-create");
        getDialogPane().lookupButton(restore).setId("backup-restore");
        getDialogPane().lookupButton(restoreFile).setId("backup-restore-file");
        getDialogPane().lookupButton(restore).disableProperty().bind(Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null
                        || table.getSelectionModel().getSelectedItem().info() == null,
                table.getSelectionModel().selectedItemProperty()));
        setResultConverter(b -> {
            int kept = keepSpinner.getValue() == null ? keep : keepSpinner.getValue();
            Action a = b == create ? Action.CREATE : b == restore ? Action.RESTORE
                    : b == restoreFile ? Action.RESTORE_FILE : Action.CLOSE;
            return new Choice(a, table.getSelectionModel().getSelectedItem(), kept);
        });
    }

    private static TableColumn<BackupRow, String> column(String title, double width,
                                                         java.util.function.Function<BackupRow, String> value) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
