package org.planledger.ui.rollup;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.MonthCount;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.RollupInput;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.outline.OutlineLabels;

/**
 * 图表: the plan's lights as a donut with the completion in its hole, the lights per chapter as
 * stacked bars, the items closed out by each month, and per department what is done, on track
 * and late. The series are made once and only their data replaced, so each keeps its colour
 * class (default-color0 …), which planledger.css maps to the light colours.
 */
final class RollupCharts {

    private final Messages messages;
    private final OutlineLabels labels;
    private final RollupViewModel vm;
    private final PieChart pie = new PieChart();
    private final Label completion = new Label();
    private final Label completionCaption = new Label();
    private final FlowPane pieLegend = new FlowPane(12, 4);
    private final CategoryAxis chapterAxis = new CategoryAxis();
    private final StackedBarChart<String, Number> chapters;
    private final List<XYChart.Series<String, Number>> lightSeries = new ArrayList<>();
    private final NumberAxis monthAxis = new NumberAxis();
    private final NumberAxis chapterCount = org.planledger.ui.common.CountAxis.create();
    private final NumberAxis closedCount = org.planledger.ui.common.CountAxis.create();
    private final NumberAxis departmentCount = org.planledger.ui.common.CountAxis.create();
    private final AreaChart<Number, Number> months;
    private final XYChart.Series<Number, Number> cumulative = new XYChart.Series<>();
    private final StackedBarChart<Number, String> departments;
    private final XYChart.Series<Number, String> deptDone = new XYChart.Series<>();
    private final XYChart.Series<Number, String> deptOnTrack = new XYChart.Series<>();
    private final XYChart.Series<Number, String> deptLate = new XYChart.Series<>();
    private final CategoryAxis deptAxis = new CategoryAxis();
    private final ScrollPane root;

    RollupCharts(RollupViewModel vm, Messages messages, Subscriptions subs) {
        this.vm = vm;
        this.messages = messages;
        this.labels = new OutlineLabels(messages);
        for (Light light : Light.values()) {
            pie.getData().add(new PieChart.Data(messages.get(light.messageKey()), 0));
        }
        pie.setId("rollup-chart-donut");
        pie.getStyleClass().add("rollup-donut");
        pie.setLegendVisible(false);
        pie.setLabelsVisible(false);
        pie.setStartAngle(90);
        pie.setAnimated(false);
        pie.setPrefSize(320, 300);
        Circle hole = new Circle();
        hole.getStyleClass().add("rollup-donut-hole");
        hole.radiusProperty().bind(javafx.beans.binding.Bindings.min(pie.widthProperty(), pie.heightProperty())
                .multiply(0.2));
        completion.setId("rollup-chart-completion");
        completion.getStyleClass().add("rollup-donut-value");
        completionCaption.getStyleClass().add("rollup-donut-caption");
        VBox centre = new VBox(0, completion, completionCaption);
        centre.setAlignment(Pos.CENTER);
        centre.setMouseTransparent(true);
        StackPane donut = new StackPane(pie, hole, centre);
        hole.setMouseTransparent(true);
        VBox donutBox = box("ui.rollup.chart.plan", donut, pieLegend);
        pieLegend.setAlignment(Pos.CENTER);

        NumberAxis count = chapterCount;
        count.setLabel(messages.get("ui.rollup.chart.items"));
        chapterAxis.setLabel(messages.get("ui.rollup.chart.chapter"));
        chapters = new StackedBarChart<>(chapterAxis, count);
        chapters.setId("rollup-chart-chapters");
        chapters.getStyleClass().add("rollup-lights");
        chapters.setAnimated(false);
        chapters.setCategoryGap(14);
        for (Light light : Light.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(messages.get(light.messageKey()));
            lightSeries.add(s);
        }
        chapters.getData().addAll(lightSeries);
        VBox chapterBox = box("ui.rollup.chart.chapters", chapters);

        NumberAxis closed = closedCount;
        closed.setLabel(messages.get("ui.rollup.chart.closed"));
        monthAxis.setAutoRanging(false);
        monthAxis.setTickUnit(1);
        monthAxis.setMinorTickCount(12);
        monthAxis.setMinorTickVisible(false);
        monthAxis.setLabel(messages.get("ui.rollup.chart.month"));
        monthAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return messages.get("ui.rollup.year", Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        months = new AreaChart<>(monthAxis, closed);
        months.setId("rollup-chart-months");
        months.getStyleClass().add("rollup-months");
        months.setAnimated(false);
        months.setCreateSymbols(false);
        cumulative.setName(messages.get("ui.rollup.chart.cumulative"));
        months.getData().add(cumulative);
        VBox monthBox = box("ui.rollup.chart.months", months);

        NumberAxis deptCount = departmentCount;
        deptCount.setLabel(messages.get("ui.rollup.chart.items"));
        departments = new StackedBarChart<>(deptCount, deptAxis);
        departments.setId("rollup-chart-departments");
        departments.getStyleClass().add("rollup-departments");
        departments.setAnimated(false);
        deptDone.setName(messages.get("ui.rollup.column.done"));
        deptOnTrack.setName(messages.get("ui.rollup.column.onTrack"));
        deptLate.setName(messages.get("ui.rollup.column.late"));
        departments.getData().addAll(List.of(deptDone, deptOnTrack, deptLate));
        VBox deptBox = box("ui.rollup.chart.departments", departments);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.getStyleClass().add("rollup-charts");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(40);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(60);
        grid.getColumnConstraints().addAll(left, right);
        grid.add(donutBox, 0, 0);
        grid.add(chapterBox, 1, 0);
        grid.add(monthBox, 0, 1);
        grid.add(deptBox, 1, 1);
        root = new ScrollPane(grid);
        root.setFitToWidth(true);
        root.setId("rollup-charts");

        subs.listen(vm.outlineProperty(), (o, old, now) -> showOutline(now));
        subs.listen(vm.months(), (ListChangeListener<MonthCount>) c -> showMonths());
        subs.listen(vm.departments(), (ListChangeListener<DepartmentRollup>) c -> showDepartments());
        showOutline(vm.outlineProperty().get());
        showMonths();
        showDepartments();
    }

    Node node() {
        return root;
    }

    private VBox box(String title, Node... content) {
        Label heading = new Label(messages.get(title));
        heading.getStyleClass().add("rollup-chart-title");
        VBox box = new VBox(4, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("rollup-chart-box");
        VBox.setVgrow(content[0], Priority.ALWAYS);
        return box;
    }

    private void showOutline(OutlineRollup rollup) {
        pieLegend.getChildren().clear();
        for (Light light : Light.values()) {
            int n = rollup == null ? 0 : rollup.plan().light(light).count();
            pie.getData().get(light.ordinal()).setPieValue(n);
            Label item = LightBadge.label(light, messages);
            item.setText(messages.get("ui.rollup.chart.legend", messages.get(light.messageKey()), n));
            pieLegend.getChildren().add(item);
        }
        completion.setText(rollup == null ? "" : NumberLinks.percent(rollup.plan().completion()));
        completionCaption.setText(messages.get(vm.countMilestonesProperty().get()
                ? "ui.rollup.chart.completionMilestones" : "ui.rollup.chart.completionTasks"));
        List<String> categories = new ArrayList<>();
        List<List<XYChart.Data<String, Number>>> data = new ArrayList<>();
        for (int i = 0; i < lightSeries.size(); i++) {
            data.add(new ArrayList<>());
        }
        if (rollup != null) {
            for (OutlineRollup.ChapterRow chapter : rollup.chapters()) {
                String category = labels.chapterCode(chapter.number());
                categories.add(category);
                for (Light light : Light.values()) {
                    data.get(light.ordinal()).add(new XYChart.Data<>(category, chapter.tally().light(light).count()));
                }
            }
        }
        for (XYChart.Series<String, Number> s : lightSeries) {
            s.getData().clear();
        }
        int tallest = 0;
        for (int c = 0; c < categories.size(); c++) {
            int sum = 0;
            for (List<XYChart.Data<String, Number>> d : data) {
                sum += d.get(c).getYValue().intValue();
            }
            tallest = Math.max(tallest, sum);
        }
        org.planledger.ui.common.CountAxis.fit(chapterCount, tallest);
        chapterAxis.getCategories().setAll(categories);
        for (int i = 0; i < lightSeries.size(); i++) {
            lightSeries.get(i).getData().setAll(data.get(i));
        }
    }

    private void showMonths() {
        RollupInput in = vm.inputProperty().get();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (MonthCount m : vm.months()) {
            double x = m.month().getYear() + (m.month().getMonthValue() - 1) / 12.0;
            points.add(new XYChart.Data<>(x, m.cumulative()));
        }
        if (in != null) {
            monthAxis.setLowerBound(in.startYear());
            monthAxis.setUpperBound(Math.max(in.endYear() + 1, in.asOf().getYear() + 1));
        }
        org.planledger.ui.common.CountAxis.fit(closedCount,
                points.stream().mapToDouble(p -> p.getYValue().doubleValue()).max().orElse(0));
        cumulative.getData().setAll(points);
    }

    private void showDepartments() {
        List<DepartmentRollup> counted = vm.departments().stream().filter(d -> d.counted().count() > 0).toList();
        List<String> names = new ArrayList<>();
        List<XYChart.Data<Number, String>> done = new ArrayList<>();
        List<XYChart.Data<Number, String>> onTrack = new ArrayList<>();
        List<XYChart.Data<Number, String>> late = new ArrayList<>();
        // the first department at the top
        for (int i = counted.size() - 1; i >= 0; i--) {
            DepartmentRollup d = counted.get(i);
            String name = names.contains(d.name()) ? d.name() + " (" + d.departmentId() + ")" : d.name();
            names.add(name);
            done.add(new XYChart.Data<>(d.done().count(), name));
            onTrack.add(new XYChart.Data<>(d.onTrack().count(), name));
            late.add(new XYChart.Data<>(d.late().count(), name));
        }
        org.planledger.ui.common.CountAxis.fit(departmentCount, counted.stream()
                .mapToInt(d -> d.done().count() + d.onTrack().count() + d.late().count()).max().orElse(0));
        deptDone.getData().clear();
        deptOnTrack.getData().clear();
        deptLate.getData().clear();
        deptAxis.getCategories().setAll(names);
        deptDone.getData().setAll(done);
        deptOnTrack.getData().setAll(onTrack);
        deptLate.getData().setAll(late);
        double height = Math.max(320, 24 * names.size() + 90);
        departments.setMinHeight(height);
        departments.setPrefHeight(height);
    }
}
