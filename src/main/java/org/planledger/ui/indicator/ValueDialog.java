package org.planledger.ui.indicator;

import java.time.LocalDate;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.planledger.model.Department;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.Subscriptions;

/**
 * 填报实际值: the year, the value (in the indicator's unit), the day it was reported, where it
 * comes from, a note, and the reporting department (the responsible one unless changed). A second
 * value for a year corrects the first; both stay on record.
 */
final class ValueDialog extends IndicatorDialog {

    private final IndicatorViewModel vm;
    private final IndicatorRow row;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final TextField value = new TextField();
    private final DatePicker on;
    private final TextField source = new TextField();
    private final TextArea note;
    private final DepartmentPicker department;
    private Long departmentId;

    ValueDialog(IndicatorViewModel vm, IndicatorWords words, IndicatorRow row, ObservableList<Department> departments,
                Subscriptions subs) {
        super("indicator-value-dialog", words.messages().get("ui.indicator.value.title"),
                words.messages().get("ui.indicator.detail.title", row.indicator().number(), row.indicator().name()),
                words.messages());
        this.vm = vm;
        this.row = row;
        LocalDate today = vm.today();
        PlanYears years = vm.yearsProperty().get();
        int first = years == null ? today.getYear() - 1 : years.baseYear();
        int last = years == null ? today.getYear() : Math.min(today.getYear(), years.endYear());
        for (int y = last; y >= first; y--) {
            year.getItems().add(y);
        }
        year.setId("indicator-value-year");
        year.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : messages.get("ui.indicator.value.yearItem", String.valueOf(y));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        int preferred = Math.max(first, Math.min(last, today.getYear() - 1));
        year.setValue(preferred);
        row(messages.get("ui.indicator.field.year"), year);
        value.setId("indicator-value-value");
        value.setPrefColumnCount(10);
        Label unit = new Label(IndicatorWords.plain(row.indicator().unit()));
        unit.getStyleClass().add("progress-note");
        HBox valueBox = new HBox(6, value, unit);
        valueBox.setAlignment(Pos.CENTER_LEFT);
        row(messages.get("ui.indicator.field.value"), valueBox);
        on = dateField("indicator-value-on", messages.get("ui.indicator.field.recordedOn"), today);
        source.setId("indicator-value-source");
        source.setPromptText(messages.get("ui.indicator.value.sourcePrompt"));
        row(messages.get("ui.indicator.field.source"), source);
        note = textArea("indicator-value-note", messages.get("ui.indicator.field.note"), 2);
        department = new DepartmentPicker(departments, new DepartmentWords(messages), subs);
        department.node().setId("indicator-value-department");
        departmentId = row.departmentId();
        department.show(row.departmentName());
        department.setOnChosen(d -> departmentId = d.id());
        department.node().textProperty().addListener((o, old, now) -> {
            if (now == null || now.isBlank()) {
                departmentId = null;
            }
        });
        row(messages.get("ui.indicator.field.department"), department.node());
        note(messages.get("ui.indicator.value.correctionNote"));
        javafx.application.Platform.runLater(value::requestFocus);
    }

    @Override
    protected Save action() {
        if (year.getValue() == null) {
            return showProblem(org.planledger.i18n.Text.of("ui.indicator.problem.noYear"));
        }
        IndicatorViewModel.NewValue v = new IndicatorViewModel.NewValue(year.getValue(), value.getText(), dateOf(on),
                source.getText(), note.getText(), departmentId);
        return (refused, done) -> vm.recordValue(row.id(), v, refused, done);
    }
}
