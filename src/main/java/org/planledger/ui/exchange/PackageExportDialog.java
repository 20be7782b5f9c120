package org.planledger.ui.exchange;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;

/**
 * 导出部门任务包: one department (from those with work, in pinyin order) or all of them.
 * Answers the departments chosen on 选择文件夹并导出…, nothing on 取消.
 */
final class PackageExportDialog extends Dialog<List<DepartmentChoice>> {

    PackageExportDialog(Messages messages, List<DepartmentChoice> departments) {
        setTitle(messages.get("ui.exchange.packages.title"));
        setHeaderText(messages.get("ui.exchange.packages.header"));
        ToggleGroup scope = new ToggleGroup();
        RadioButton one = new RadioButton(messages.get("ui.exchange.packages.one"));
        one.setId("package-export-one");
        one.setToggleGroup(scope);
        RadioButton all = new RadioButton(messages.get("ui.exchange.packages.all", departments.size()));
        all.setId("package-export-all");
        all.setToggleGroup(scope);
        one.setSelected(true);
        ComboBox<DepartmentChoice> department = new ComboBox<>();
        department.setId("package-export-department");
        department.getItems().setAll(departments);
        department.setPromptText(messages.get("ui.exchange.packages.prompt"));
        department.setVisibleRowCount(16);
        department.setMaxWidth(Double.MAX_VALUE);
        department.disableProperty().bind(one.selectedProperty().not());
        Label note = new Label(messages.get("ui.exchange.packages.note"));
        note.setWrapText(true);
        note.getStyleClass().add("progress-note");
        VBox content = new VBox(8, one, department, all, note);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().setId("package-export-dialog");
        ButtonType export = new ButtonType(messages.get("ui.exchange.packages.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        getDialogPane().lookupButton(export).setId("package-export-ok");
        getDialogPane().lookupButton(export).disableProperty().bind(Bindings.createBooleanBinding(
                () -> departments.isEmpty() || one.isSelected() && department.getValue() == null,
                one.selectedProperty(), department.valueProperty()));
        setResultConverter(b -> b != export ? null : all.isSelected() ? departments : List.of(department.getValue()));
    }
}
