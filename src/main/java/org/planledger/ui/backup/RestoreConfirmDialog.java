package org.planledger.ui.backup;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.planledger.app.BackupWords;
import org.planledger.i18n.Messages;
import org.planledger.store.backup.BackupInfo;

/**
 * Before a restore: what the backup holds beside what the ledger holds now (time, ledger, plans,
 * tasks, progress entries, evidence, the last entry), and that the ledger as it is will be kept.
 * Answers true on 恢复.
 */
final class RestoreConfirmDialog extends Dialog<Boolean> {

    RestoreConfirmDialog(Messages messages, BackupInfo backup, BackupInfo now) {
        BackupWords words = new BackupWords(messages);
        setTitle(messages.get("ui.backup.confirm.title"));
        setHeaderText(messages.get("ui.backup.confirm.header", backup.file().getFileName().toString()));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setId("restore-compare");
        grid.addRow(0, new Label(), bold(messages.get("ui.backup.confirm.backup")), bold(messages.get("ui.backup.confirm.now")));
        row(grid, 1, messages.get("ui.backup.confirm.taken"), words.when(backup.taken()) + "\n" + words.reasonOf(backup),
                messages.get("ui.backup.confirm.current"));
        row(grid, 2, messages.get("ui.backup.confirm.ledger"), words.kind(backup), words.kind(now));
        row(grid, 3, messages.get("ui.backup.confirm.plans"), words.plans(backup, "\n"), words.plans(now, "\n"));
        row(grid, 4, messages.get("ui.backup.col.tasks"), String.valueOf(backup.tasks()), String.valueOf(now.tasks()));
        row(grid, 5, messages.get("ui.backup.col.entries"), String.valueOf(backup.progressEntries()),
                String.valueOf(now.progressEntries()));
        row(grid, 6, messages.get("ui.backup.confirm.evidence"), String.valueOf(backup.evidenceFiles()),
                String.valueOf(now.evidenceFiles()));
        row(grid, 7, messages.get("ui.backup.col.lastEntry"), words.lastEntry(backup), words.lastEntry(now));
        Label note = new Label(messages.get("ui.backup.confirm.note"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        VBox content = new VBox(14, grid, note);
        content.setPadding(new javafx.geometry.Insets(8, 12, 4, 12));
        getDialogPane().setContent(content);
        getDialogPane().setId("restore-confirm");
        ButtonType restore = new ButtonType(messages.get("ui.backup.confirm.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(restore, cancel);
        getDialogPane().lookupButton(restore).setId("restore-ok");
        // the safe answer is the default one
        ((javafx.scene.control.Button) getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        setResultConverter(b -> b == restore);
    }

    private static void row(GridPane grid, int r, String label, String backup, String now) {
        Label b = new Label(backup);
        b.setWrapText(true);
        b.setMaxWidth(260);
        Label n = new Label(now);
        n.setWrapText(true);
        n.setMaxWidth(260);
        if (r > 1 && !backup.equals(now)) {
            // what the restore would change stands out
            b.getStyleClass().add("restore-differs");
            n.getStyleClass().add("restore-differs");
            b.setStyle("-fx-font-weight: bold; -fx-text-fill: #b03a2e;");
            n.setStyle("-fx-font-weight: bold;");
        }
        grid.addRow(r, new Label(label), b, n);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
