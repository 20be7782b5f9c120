package org.planledger.ui.task;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.planledger.i18n.Messages;

/**
 * Said when no program on the PC opens an evidence file (in place of the desktop's English
 * "Failed to show URI"): the file is fine, and 另存为… puts a copy where the user can open it
 * with something else or pass it on.
 */
final class NoViewerDialog extends Alert {

    private final ButtonType saveAs;

    NoViewerDialog(Messages messages, Path file) {
        super(AlertType.WARNING);
        this.saveAs = new ButtonType(messages.get("ui.evidence.noViewer.saveAs"), ButtonBar.ButtonData.OK_DONE);
        setTitle(messages.get("ui.evidence.noViewer.title"));
        setHeaderText(messages.get("ui.evidence.noViewer.header", file.getFileName().toString()));
        setContentText(messages.get("ui.evidence.noViewer.text"));
        getButtonTypes().setAll(saveAs, new ButtonType(messages.get("ui.evidence.noViewer.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("evidence-no-viewer");
        getDialogPane().lookupButton(saveAs).setId("evidence-save-as");
    }

    boolean savesAs(ButtonType answer) {
        return answer == saveAs;
    }
}
