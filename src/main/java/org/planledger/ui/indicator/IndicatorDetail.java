package org.planledger.ui.indicator;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.Numbers;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.progress.DialogHost;

/**
 * The selected indicator: its verdict and why, baseline, target, attribute, direction; the
 * actions (填报实际值, 研判, 方向, 责任单位); the trend chart; every value recorded (a corrected
 * one struck through) and every judgement. Read-only while a past day is viewed.
 */
final class IndicatorDetail {

    /** 方向 as offered: a direction, or null for what the plan implies. */
    private record DirectionChoice(IndicatorDirection direction) {
    }

    private final IndicatorViewModel vm;
    private final IndicatorWords words;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label verdict = new Label();
    private final Label reason = new Label();
    private final Label facts = new Label();
    private final Label readOnly = new Label();
    private final Label problem = new Label();
    private final Button record = new Button();
    private final Button judge = new Button();
    private final ComboBox<DirectionChoice> direction = new ComboBox<>();
    private final DepartmentPicker department;
    private final Button noDepartment = new Button();
    private final TrendChart chart;
    private final ListView<IndicatorRow.Value> values = new ListView<>();
    private final ListView<IndicatorRow.Judgement> judgements = new ListView<>();
    private final Tab valuesTab = new Tab();
    private final Tab judgementsTab = new Tab();
    private final Subscriptions subs;
    private boolean showing;

    IndicatorDetail(IndicatorViewModel vm, IndicatorWords words, ObservableList<Department> departments,
                    Supplier<DialogHost> host, Subscriptions subs) {
        this.vm = vm;
        this.words = words;
        this.subs = subs;
        var m = words.messages();
        root.getStyleClass().add("indicator-detail");
        root.setId("indicator-detail");
        title.setId("indicator-title");
        title.getStyleClass().add("indicator-title");
        verdict.setId("indicator-verdict");
        verdict.getStyleClass().add("indicator-verdict");
        reason.setId("indicator-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add("indicator-reason");
        facts.setId("indicator-facts");
        facts.getStyleClass().add("indicator-facts");
        facts.setWrapText(true);
        readOnly.setId("indicator-read-only");
        readOnly.getStyleClass().add("progress-note");
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        problem.setId("indicator-action-problem");
        problem.getStyleClass().add("progress-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        record.setId("indicator-record");
        record.setText(m.get("ui.indicator.action.record"));
        record.setOnAction(e -> selected().ifPresent(r -> dialog(host, new ValueDialog(vm, words, r, departments, subs))));
        judge.setId("indicator-judge");
        judge.setText(m.get("ui.indicator.action.judge"));
        judge.setOnAction(e -> selected().ifPresent(r -> dialog(host, new JudgeDialog(vm, words, r))));
        direction.setId("indicator-direction");
        direction.getItems().setAll(new DirectionChoice(IndicatorDirection.HIGHER_BETTER),
                new DirectionChoice(IndicatorDirection.LOWER_BETTER), new DirectionChoice(null));
        direction.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DirectionChoice c) {
                return c == null ? "" : c.direction() == null ? m.get("ui.indicator.direction.infer")
                        : m.get(c.direction().messageKey());
            }

            @Override
            public DirectionChoice fromString(String s) {
                return null;
            }
        });
        direction.valueProperty().addListener((o, old, now) -> {
            if (!showing && now != null) {
                selected().ifPresent(r -> vm.setDirection(r.id(), now.direction(), this::refused, this::done));
            }
        });
        department = new DepartmentPicker(departments, new DepartmentWords(m), subs);
        department.node().setId("indicator-department");
        department.node().setPromptText(m.get("ui.indicator.department.prompt"));
        department.node().setPrefColumnCount(16);
        department.setOnChosen(d -> selected().ifPresent(r -> vm.setDepartment(r.id(), d.id(), this::refused,
                this::done)));
        noDepartment.setId("indicator-department-clear");
        noDepartment.setText(m.get("ui.indicator.department.clear"));
        noDepartment.setOnAction(e -> selected().ifPresent(r -> vm.setDepartment(r.id(), null, this::refused,
                this::done)));

        Label directionLabel = new Label(m.get("ui.indicator.field.direction"));
        directionLabel.setLabelFor(direction);
        Label departmentLabel = new Label(m.get("ui.indicator.field.responsible"));
        departmentLabel.setLabelFor(department.node());
        HBox actions = new HBox(8, record, judge, gap(), directionLabel, direction, gap(), departmentLabel,
                department.node(), noDepartment);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node managers : new javafx.scene.Node[] {judge, directionLabel, direction, departmentLabel,
                department.node(), noDepartment}) {
            vm.role().managerOnly(managers, subs);
        }
        actions.getStyleClass().add("indicator-actions");
        HBox heading = new HBox(12, title, verdict);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox top = new VBox(4, heading, reason, facts, actions, readOnly, problem);
        top.getStyleClass().add("indicator-detail-top");

        chart = new TrendChart(m);
        values.setId("indicator-values");
        values.setCellFactory(l -> new ValueCell());
        values.setPlaceholder(new Label(m.get("ui.indicator.values.empty")));
        judgements.setId("indicator-judgements");
        judgements.setCellFactory(l -> new JudgementCell());
        judgements.setPlaceholder(new Label(m.get("ui.indicator.judgements.empty")));
        valuesTab.setContent(values);
        valuesTab.setId("indicator-values-tab");
        judgementsTab.setContent(judgements);
        judgementsTab.setId("indicator-judgements-tab");
        TabPane lists = new TabPane(valuesTab, judgementsTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane lower = new SplitPane(chart.node(), lists);
        lower.setOrientation(Orientation.HORIZONTAL);
        lower.setDividerPositions(0.45);
        root.setTop(top);
        root.setCenter(lower);

        subs.listen(vm.selectedProperty(), (o, old, now) -> show(now));
        subs.listen(vm.shownForProperty(), (o, old, now) -> show(vm.selectedProperty().get()));
        subs.listen(vm.planClosedOnProperty(), (o, old, now) -> show(vm.selectedProperty().get()));
        show(vm.selectedProperty().get());
    }

    Node node() {
        return root;
    }

    private java.util.Optional<IndicatorRow> selected() {
        return java.util.Optional.ofNullable(vm.selectedProperty().get());
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        HBox.setHgrow(r, Priority.NEVER);
        return r;
    }

    private void dialog(Supplier<DialogHost> host, IndicatorDialog dialog) {
        problem.setText("");
        host.get().show(dialog);
    }

    private void refused(Text why) {
        problem.setText(words.messages().format(why));
        show(vm.selectedProperty().get());
    }

    private void done() {
        problem.setText("");
    }

    private void show(IndicatorRow row) {
        var m = words.messages();
        showing = true;
        try {
            // a past day shown, or the plan closed: nothing to write, and it says why
            boolean past = vm.readOnly();
            readOnly.setVisible(past && vm.shownForProperty().get() != null);
            readOnly.setText(readOnly.isVisible() ? m.format(vm.writingOff().orElseThrow()) : "");
            root.setDisable(row == null);
            if (row == null) {
                title.setText(m.get("ui.indicator.none"));
                verdict.setText(null);
                verdict.setGraphic(null);
                reason.setText(null);
                facts.setText(null);
                values.getItems().clear();
                judgements.getItems().clear();
                chart.show(null, null);
                return;
            }
            var indicator = row.indicator();
            String unit = IndicatorWords.plain(indicator.unit());
            title.setText(m.get("ui.indicator.detail.title", indicator.number(), indicator.name())
                    + ("-".equals(unit) ? "" : m.get("ui.indicator.detail.unit", unit)));
            verdict.setText(words.verdict(row.evaluation().verdict()));
            verdict.setGraphic(LightBadge.dot(IndicatorWords.light(row.evaluation().verdict())));
            reason.setText(words.reason(row));
            PlanYears years = vm.yearsProperty().get();
            facts.setText(m.get("ui.indicator.detail.facts", years == null ? "" : String.valueOf(years.baseYear()),
                    IndicatorWords.plain(indicator.baseline()), years == null ? "" : String.valueOf(years.endYear()),
                    IndicatorWords.plain(indicator.target()), words.attribute(indicator), words.direction(row),
                    row.departmentName() == null ? m.get("ui.indicator.department.none") : row.departmentName()));
            boolean computed = Numbers.parse(indicator.target()) != null && Numbers.parse(indicator.baseline()) != null;
            record.setDisable(past);
            judge.setDisable(past || computed);
            direction.setDisable(past);
            department.node().setDisable(past);
            noDepartment.setDisable(past || row.departmentId() == null);
            direction.setValue(direction.getItems().get(row.directionSet()
                    ? (row.direction() == IndicatorDirection.HIGHER_BETTER ? 0 : 1) : 2));
            department.show(row.departmentName());
            List<IndicatorRow.Value> newestFirst = new java.util.ArrayList<>(row.values());
            java.util.Collections.reverse(newestFirst);
            values.getItems().setAll(newestFirst);
            List<IndicatorRow.Judgement> latestFirst = new java.util.ArrayList<>(row.judgements());
            java.util.Collections.reverse(latestFirst);
            judgements.getItems().setAll(latestFirst);
            valuesTab.setText(m.get("ui.indicator.values.tab", row.values().size()));
            judgementsTab.setText(m.get("ui.indicator.judgements.tab", row.judgements().size()));
            chart.show(Trend.of(row, years), unit);
        } finally {
            showing = false;
        }
    }

    private final class ValueCell extends ListCell<IndicatorRow.Value> {
        @Override
        protected void updateItem(IndicatorRow.Value v, boolean empty) {
            super.updateItem(v, empty);
            getStyleClass().remove("indicator-superseded");
            if (empty || v == null) {
                setText(null);
                return;
            }
            var m = words.messages();
            StringBuilder s = new StringBuilder(m.get("ui.indicator.values.line", String.valueOf(v.year()),
                    IndicatorWords.number(v.value()), v.recordedOn()));
            if (v.departmentName() != null) {
                s.append(m.get("ui.indicator.values.department", v.departmentName()));
            }
            if (v.source() != null && !v.source().isBlank()) {
                s.append(m.get("ui.indicator.values.source", v.source()));
            }
            if (v.note() != null && !v.note().isBlank()) {
                s.append(m.get("ui.indicator.values.note", v.note()));
            }
            if (v.superseded()) {
                s.append(m.get("ui.indicator.values.superseded"));
                getStyleClass().add("indicator-superseded");
            }
            setText(s.toString());
        }
    }

    private final class JudgementCell extends ListCell<IndicatorRow.Judgement> {
        @Override
        protected void updateItem(IndicatorRow.Judgement j, boolean empty) {
            super.updateItem(j, empty);
            setText(empty || j == null ? null
                    : words.messages().get("ui.indicator.judgements.line", j.on(), words.verdict(j.verdict()),
                    j.reason()));
        }
    }
}
