package org.planledger.ui.department;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.Subscriptions;

/** The dialogs of the registry edits: 新增部门, 改名, 合并到…, 撤销部门. Nothing is written before 确定. */
final class RegistryDialogs {

    /** What the add and rename dialogs answer. */
    record Names(String name, String shortName, DepartmentKind kind) {
    }

    private final DialogService dialogs;
    private final Messages messages;
    private final DepartmentWords words;

    RegistryDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.words = new DepartmentWords(messages);
    }

    Optional<Names> add() {
        return names(messages.get("ui.department.add.title"), messages.get("ui.department.add.header"), null);
    }

    Optional<Names> rename(Department d) {
        return names(messages.get("ui.department.rename.title"),
                messages.get("ui.department.rename.header", d.name()), d);
    }

    private Optional<Names> names(String title, String header, Department current) {
        Dialog<Names> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField name = new TextField(current == null ? "" : current.name());
        name.setId("department-form-name");
        name.setPrefColumnCount(22);
        TextField shortName = new TextField(current == null ? "" : current.shortName());
        shortName.setId("department-form-short");
        shortName.setPromptText(messages.get("ui.department.form.short.prompt"));
        ComboBox<DepartmentKind> kind = new ComboBox<>(FXCollections.observableArrayList(DepartmentKind.values()));
        kind.setId("department-form-kind");
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(l -> new KindCell());
        kind.setValue(current == null ? DepartmentKind.DISTRICT_DEPARTMENT : current.kind());
        kind.setDisable(current != null);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("ui.department.form.name", name), name);
        grid.addRow(1, label("ui.department.form.short", shortName), shortName);
        grid.addRow(2, label("ui.department.form.kind", kind), kind);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("department-dialog");
        ButtonType ok = new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ok ? new Names(name.getText(), shortName.getText(), kind.getValue()) : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialogs.showCustomDialogAndWait(dialog).filter(n -> !n.name().isBlank());
    }

    /**
     * 合并到…: picks the survivor among the active departments; the dialog says that the
     * assignments move and the merged department is retired.
     */
    Optional<Department> merge(Department source, long leads, long cooperates, ObservableList<Department> active) {
        Subscriptions subs = new Subscriptions();
        try {
            ObservableList<Department> others = active.filtered(d -> d.id() != source.id());
            Dialog<Department> dialog = new Dialog<>();
            dialog.setTitle(messages.get("ui.department.merge.title"));
            dialog.setHeaderText(messages.get("ui.department.merge.header", source.name()));
            ObjectProperty<Department> survivor = new SimpleObjectProperty<>();
            DepartmentPicker picker = new DepartmentPicker(others, words, subs);
            picker.node().setId("department-merge-survivor");
            picker.node().setPromptText(messages.get("ui.department.merge.prompt"));
            picker.setOnChosen(survivor::set);
            Label consequence = wrapped(messages.get("ui.department.merge.consequence.none", source.name(), leads,
                    cooperates));
            consequence.setId("department-merge-consequence");
            survivor.addListener((o, old, now) -> {
                consequence.setText(now == null ? ""
                        : messages.get("ui.department.merge.consequence", source.name(), now.name(), leads, cooperates));
                // the longer text must not push the buttons out of the window
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
            VBox content = new VBox(10, picker.node(), consequence);
            content.setPrefWidth(480);
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().setId("department-merge-dialog");
            ButtonType ok = new ButtonType(messages.get("ui.department.merge.button"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
            dialog.getDialogPane().lookupButton(ok).disableProperty().bind(survivor.isNull());
            dialog.setResultConverter(b -> b == ok ? survivor.get() : null);
            javafx.application.Platform.runLater(picker.node()::requestFocus);
            return dialogs.showCustomDialogAndWait(dialog);
        } finally {
            subs.dispose();
        }
    }

    /** 撤销部门: says that its tasks keep it and it is no longer offered. */
    boolean retire(Department d, long leads, long cooperates) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.department.retire.title"));
        dialog.setHeaderText(messages.get("ui.department.retire.header", d.name()));
        dialog.getDialogPane().setContent(wrapped(messages.get("ui.department.retire.text", leads, cooperates)));
        dialog.getDialogPane().setId("department-retire-dialog");
        ButtonType ok = new ButtonType(messages.get("ui.department.retire.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok);
        return dialogs.showCustomDialogAndWait(dialog).orElse(false);
    }

    private Label label(String key, Node field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(480);
        return l;
    }

    private final class KindCell extends ListCell<DepartmentKind> {
        @Override
        protected void updateItem(DepartmentKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : messages.get(k.messageKey()));
        }
    }
}
