package org.planledger.ui.summary;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.planledger.export.LedgerDetail;
import org.planledger.export.SummaryOptions;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.store.plan.Outline;
import org.planledger.ui.common.DateConverter;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.ReportGrid;
import org.planledger.ui.common.Subscriptions;

/**
 * 导出汇总表: the scope (整个规划, 某一章, 某一部门), the 查看日期, the header language, whether
 * 按部门 is one sheet per department, and how much 台账 and 按部门 print (完整 with the measures, or
 * 简明; 按部门 starts 简明). Answers the options on 导出, nothing on 取消.
 */
final class SummaryExportDialog extends Dialog<SummaryOptions> {

    private final Subscriptions subs = new Subscriptions();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();

    SummaryExportDialog(Messages messages, long planId, List<Outline.Chapter> chapters,
                        ObservableList<Department> departments, DepartmentWords words, LocalDate asOf,
                        boolean english) {
        setTitle(messages.get("ui.summaryExport.title"));
        setHeaderText(messages.get("ui.summaryExport.header"));

        ToggleGroup scope = new ToggleGroup();
        RadioButton whole = radio(messages.get("ui.summaryExport.scope.plan"), "summary-export-scope-plan", scope);
        RadioButton byChapter = radio(messages.get("ui.summaryExport.scope.chapter"), "summary-export-scope-chapter",
                scope);
        RadioButton byDepartment = radio(messages.get("ui.summaryExport.scope.department"),
                "summary-export-scope-department", scope);
        whole.setSelected(true);

        ComboBox<Outline.Chapter> chapter = new ComboBox<>();
        chapter.setId("summary-export-chapter");
        chapter.getItems().setAll(chapters.stream().filter(c -> c.taskCount() > 0).toList());
        chapter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Outline.Chapter c) {
                return c == null ? "" : messages.get("ui.summaryExport.chapter", c.number(), c.title());
            }

            @Override
            public Outline.Chapter fromString(String s) {
                return null;
            }
        });
        chapter.setMaxWidth(Double.MAX_VALUE);
        chapter.disableProperty().bind(byChapter.selectedProperty().not());

        DepartmentPicker picker = new DepartmentPicker(departments, words, subs);
        picker.node().setId("summary-export-department");
        picker.node().setPromptText(messages.get("ui.summaryExport.department.prompt"));
        picker.setOnChosen(department::set);
        picker.node().textProperty().addListener((o, old, now) -> {
            Department d = department.get();
            if (d != null && !words.label(d).equals(now)) {
                department.set(null);
            }
        });
        picker.node().disableProperty().bind(byDepartment.selectedProperty().not());

        DatePicker day = new DatePicker(asOf);
        day.setId("summary-export-asof");
        day.setConverter(new DateConverter(messages));
        day.setEditable(true);

        ToggleGroup language = new ToggleGroup();
        RadioButton zh = radio(messages.get("ui.summaryExport.language.zh"), "summary-export-language-zh", language);
        RadioButton en = radio(messages.get("ui.summaryExport.language.en"), "summary-export-language-en", language);
        (english ? en : zh).setSelected(true);

        CheckBox perDepartment = new CheckBox(messages.get("ui.summaryExport.perDepartment"));
        perDepartment.setId("summary-export-per-department");
        perDepartment.setWrapText(true);

        ComboBox<LedgerDetail> ledgerDetail = detailChoice(messages, "summary-export-ledger-detail",
                SummaryOptions.LEDGER_DEFAULT);
        ComboBox<LedgerDetail> departmentDetail = detailChoice(messages, "summary-export-department-detail",
                SummaryOptions.BY_DEPARTMENT_DEFAULT);

        GridPane grid = ReportGrid.create();
        grid.addRow(0, label(messages.get("ui.summaryExport.scope")), new VBox(6, whole,
                new HBox(8, byChapter, chapter), new HBox(8, byDepartment, picker.node())));
        grid.addRow(1, label(messages.get("ui.summaryExport.asOf")), day);
        grid.addRow(2, label(messages.get("ui.summaryExport.language")), new HBox(12, zh, en));
        grid.add(perDepartment, 1, 3);
        GridPane details = new GridPane();
        details.setHgap(8);
        details.setVgap(6);
        details.addRow(0, new Label(messages.get("ui.summaryExport.detail.ledger")), ledgerDetail);
        details.addRow(1, new Label(messages.get("ui.summaryExport.detail.byDepartment")), departmentDetail);
        ledgerDetail.setMaxWidth(Double.MAX_VALUE);
        departmentDetail.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(4, label(messages.get("ui.summaryExport.detail")), details);
        getDialogPane().setContent(grid);
        getDialogPane().setId("summary-export-dialog");

        ButtonType export = new ButtonType(messages.get("ui.summaryExport.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        getDialogPane().lookupButton(export).setId("summary-export-ok");
        getDialogPane().lookupButton(export).disableProperty().bind(Bindings.createBooleanBinding(
                () -> day.getValue() == null
                        || byChapter.isSelected() && chapter.getValue() == null
                        || byDepartment.isSelected() && department.get() == null,
                day.valueProperty(), byChapter.selectedProperty(), chapter.valueProperty(),
                byDepartment.selectedProperty(), department));
        setResultConverter(b -> {
            if (b != export) {
                return null;
            }
            Long departmentId = byDepartment.isSelected() && department.get() != null ? department.get().id() : null;
            Integer chapterNumber = byChapter.isSelected() && chapter.getValue() != null
                    ? chapter.getValue().number() : null;
            return new SummaryOptions(planId, departmentId, chapterNumber, day.getValue(), en.isSelected(),
                    perDepartment.isSelected(), ledgerDetail.getValue(), departmentDetail.getValue());
        });
        setOnHidden(e -> subs.dispose());
    }

    private static ComboBox<LedgerDetail> detailChoice(Messages messages, String id, LedgerDetail initial) {
        ComboBox<LedgerDetail> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(LedgerDetail.values());
        box.setValue(initial);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(LedgerDetail d) {
                return d == null ? "" : messages.get(d.messageKey());
            }

            @Override
            public LedgerDetail fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("report-label");
        return l;
    }
}
