package org.planledger.ui.carryover;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;

/** 不结转…: why the line's work is not carried into the new plan; without a reason 确定 is refused in words. */
final class NotCarriedDialog extends Dialog<String> {

    NotCarriedDialog(Messages messages, CarryoverReviewModel.Row row) {
        setTitle(messages.get("ui.carryover.drop.title"));
        setHeaderText(messages.get("ui.carryover.drop.header", row.from().code(), row.from().title()));
        setResizable(true);
        TextArea reason = new TextArea(row.reason());
        reason.setId("carryover-drop-reason");
        reason.setPromptText(messages.get("ui.carryover.drop.prompt"));
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(36);
        Label problem = new Label();
        problem.setId("carryover-drop-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        // a line kept for the refusal, so the buttons stay in the window when it is said
        problem.setMinHeight(36);
        getDialogPane().setContent(new VBox(8, new Label(messages.get("ui.carryover.drop.label")), reason, problem));
        getDialogPane().setId("carryover-drop-dialog");
        ButtonType ok = new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("carryover-drop-ok");
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            Text refusal = CarryoverReviewModel.dropRefusal(row, reason.getText());
            if (refusal != null) {
                problem.setText(messages.format(refusal));
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? reason.getText().strip() : null);
        setOnShown(e -> reason.requestFocus());
    }
}
