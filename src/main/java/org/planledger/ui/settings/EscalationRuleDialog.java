package org.planledger.ui.settings;

import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.notice.EscalationRule;
import org.planledger.ui.common.DialogService;

/**
 * 督办升级规则: after how many yellow or red 督办单 an item calls for a stronger step, and which.
 * 确定 hands the rule to {@code save}, which answers a refusal in words (or null once saved); a
 * refusal is shown in the dialog, which stays open.
 */
final class EscalationRuleDialog {

    private final DialogService dialogs;
    private final Messages messages;

    EscalationRuleDialog(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The rule as entered, checked here for what a form can see (whole numbers); the store checks the rest. */
    Optional<EscalationRule> edit(EscalationRule current, Function<EscalationRule, Text> check) {
        Dialog<EscalationRule> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.escalation.title"));
        dialog.setHeaderText(messages.get("ui.escalation.header"));
        TextField yellow = field("escalation-yellow", String.valueOf(current.timesYellow()));
        TextField red = field("escalation-red", String.valueOf(current.timesRed()));
        TextField action = new TextField(current.action());
        action.setId("escalation-action");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("ui.escalation.yellow")), yellow);
        grid.addRow(1, new Label(messages.get("ui.escalation.red")), red);
        grid.addRow(2, new Label(messages.get("ui.escalation.action")), action);
        Label problem = new Label();
        problem.setId("escalation-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(12, grid, new Label(messages.get("ui.escalation.note")), problem));
        dialog.getDialogPane().setId("escalation-dialog");
        ButtonType ok = new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        EscalationRule[] entered = new EscalationRule[1];
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            Integer y = whole(yellow.getText());
            Integer r = whole(red.getText());
            Text refusal = y == null || r == null
                    ? Text.of("ui.escalation.notANumber", y == null ? yellow.getText() : red.getText())
                    : check.apply(new EscalationRule(y, r, action.getText()));
            if (refusal != null) {
                problem.setText(messages.format(refusal));
                e.consume();
            } else {
                entered[0] = new EscalationRule(y, r, action.getText());
            }
        });
        dialog.setResultConverter(b -> b == ok ? entered[0] : null);
        return dialogs.showCustomDialogAndWait(dialog);
    }

    private static Integer whole(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{1,3}") ? Integer.valueOf(t) : null;
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(4);
        return f;
    }
}
