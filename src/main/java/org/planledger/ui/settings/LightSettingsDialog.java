package org.planledger.ui.settings;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import org.planledger.i18n.Messages;
import org.planledger.model.PeriodKind;
import org.planledger.ui.common.DialogService;

/**
 * 灯色规则与报送周期: the days before a due date that turn an item yellow, the points behind the
 * time-elapsed schedule for yellow and red, the two rules on or off, and the reporting cycle.
 * 确定 checks the form; a problem is shown in the dialog, which stays open, and nothing is saved.
 */
final class LightSettingsDialog {

    private final DialogService dialogs;
    private final Messages messages;

    LightSettingsDialog(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    Optional<LightSettingsForm.Result> edit(LightSettingsForm form) {
        Dialog<LightSettingsForm.Result> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.settings.title"));
        dialog.setHeaderText(messages.get("ui.settings.header"));
        TextField dueSoon = number("settings-due-soon", form.dueSoonDaysProperty().get());
        CheckBox schedule = new CheckBox(messages.get("ui.settings.scheduleRule"));
        schedule.setId("settings-schedule-rule");
        schedule.setSelected(form.scheduleRuleProperty().get());
        TextField yellow = number("settings-behind-yellow", form.behindYellowProperty().get());
        TextField red = number("settings-behind-red", form.behindRedProperty().get());
        yellow.disableProperty().bind(schedule.selectedProperty().not());
        red.disableProperty().bind(schedule.selectedProperty().not());
        CheckBox reporting = new CheckBox(messages.get("ui.settings.reportingRule"));
        reporting.setId("settings-reporting-rule");
        reporting.setSelected(form.reportingRuleProperty().get());
        ComboBox<PeriodKind> kind = new ComboBox<>(FXCollections.observableArrayList(PeriodKind.values()));
        kind.setId("settings-cycle-kind");
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(l -> new KindCell());
        kind.setValue(form.kindProperty().get());
        TextField dueDay = number("settings-due-day", form.dueDayProperty().get());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("ui.settings.dueSoon", dueSoon), withUnit(dueSoon, "ui.settings.days"));
        grid.add(schedule, 0, 1, 2, 1);
        grid.addRow(2, label("ui.settings.behindYellow", yellow), withUnit(yellow, "ui.settings.points"));
        grid.addRow(3, label("ui.settings.behindRed", red), withUnit(red, "ui.settings.points"));
        grid.add(reporting, 0, 4, 2, 1);
        grid.add(new Separator(), 0, 5, 2, 1);
        grid.addRow(6, label("ui.settings.cycle", kind), kind);
        grid.addRow(7, label("ui.settings.dueDay", dueDay), withUnit(dueDay, "ui.settings.day"));
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox content = new VBox(12, grid, problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("settings-dialog");

        ButtonType ok = new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Runnable copy = () -> {
            form.dueSoonDaysProperty().set(dueSoon.getText());
            form.scheduleRuleProperty().set(schedule.isSelected());
            form.behindYellowProperty().set(yellow.getText());
            form.behindRedProperty().set(red.getText());
            form.reportingRuleProperty().set(reporting.isSelected());
            form.kindProperty().set(kind.getValue());
            form.dueDayProperty().set(dueDay.getText());
        };
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            copy.run();
            LightSettingsForm.Result result = form.check();
            if (!result.valid()) {
                problem.setText(messages.format(result.problem()));
                e.consume();
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }
        });
        dialog.setResultConverter(b -> b == ok ? form.check() : null);
        return dialogs.showCustomDialogAndWait(dialog).filter(LightSettingsForm.Result::valid);
    }

    private static TextField number(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(4);
        return field;
    }

    private Node withUnit(TextField field, String unitKey) {
        HBox box = new HBox(6, field, new Label(messages.get(unitKey)));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private final class KindCell extends ListCell<PeriodKind> {
        @Override
        protected void updateItem(PeriodKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get(item.messageKey()));
        }
    }
}
