package org.planledger.ui.backup;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.planledger.app.BackupWords;
import org.planledger.app.EmptyLedgerFileException;
import org.planledger.i18n.Messages;

/**
 * The ledger file was found empty (0 bytes) at the start. The user chooses: restore the newest
 * good backup in its place (what it holds is shown), start a new ledger with the shipped plan,
 * or leave the file as it is. Nothing is done unasked.
 */
public final class EmptyLedgerDialog extends Dialog<EmptyLedgerDialog.Choice> {

    /** What to do with the empty ledger file. */
    public enum Choice { RESTORE, START_AFRESH, LEAVE }

    public EmptyLedgerDialog(Messages messages, EmptyLedgerFileException empty) {
        BackupWords words = new BackupWords(messages);
        setTitle(messages.get("ui.ledger.empty.title"));
        setHeaderText(messages.get("ui.ledger.empty.header", empty.file().getFileName().toString()));
        Label what = new Label(messages.format(empty.problem()));
        what.setWrapText(true);
        what.setMaxWidth(560);
        VBox content = new VBox(12, what);
        empty.backupHolds().ifPresent(info -> {
            Label holds = new Label(messages.get("ui.ledger.empty.backupHolds", words.when(info.taken()),
                    words.plans(info, "、"), info.tasks(), info.progressEntries(), words.lastEntry(info)));
            holds.setWrapText(true);
            holds.setMaxWidth(560);
            holds.setId("empty-ledger-backup");
            content.getChildren().add(holds);
        });
        content.setPadding(new javafx.geometry.Insets(8, 12, 4, 12));
        getDialogPane().setContent(content);
        getDialogPane().setId("empty-ledger");
        ButtonType restore = new ButtonType(messages.get("ui.ledger.empty.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType afresh = new ButtonType(messages.get("ui.ledger.empty.new"), ButtonBar.ButtonData.OTHER);
        ButtonType leave = new ButtonType(messages.get("ui.ledger.empty.leave"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (empty.newestBackup().isPresent()) {
            getDialogPane().getButtonTypes().setAll(restore, afresh, leave);
            getDialogPane().lookupButton(restore).setId("empty-ledger-restore");
        } else {
            getDialogPane().getButtonTypes().setAll(afresh, leave);
        }
        getDialogPane().lookupButton(afresh).setId("empty-ledger-new");
        getDialogPane().lookupButton(leave).setId("empty-ledger-leave");
        setResultConverter(b -> b == restore ? Choice.RESTORE : b == afresh ? Choice.START_AFRESH : Choice.LEAVE);
    }
}
