package org.planledger.ui.indicator;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.planledger.i18n.Messages;

/**
 * The selected indicator's trend: the actual value of each year, the straight path from the
 * baseline to the target (序时进度, dashed) and the target (a level line). The three series are
 * always there, in this order, so the stylesheet can tell them apart (default-color0/1/2).
 */
final class TrendChart {

    private final NumberAxis years = new NumberAxis();
    private final NumberAxis values = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(years, values);
    private final XYChart.Series<Number, Number> actual = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> path = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> target = new XYChart.Series<>();

    TrendChart(Messages messages) {
        chart.setId("indicator-chart");
        chart.getStyleClass().add("indicator-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(180);
        chart.setPrefHeight(240);
        years.setAutoRanging(false);
        years.setTickUnit(1);
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return messages.get("ui.indicator.chart.year", String.valueOf(n.intValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        values.setForceZeroInRange(false);
        actual.setName(messages.get("ui.indicator.chart.actual"));
        path.setName(messages.get("ui.indicator.chart.path"));
        target.setName(messages.get("ui.indicator.chart.target"));
        chart.getData().setAll(java.util.List.of(actual, path, target));
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(Trend trend, String unit) {
        values.setLabel(unit == null || unit.isBlank() || "-".equals(unit) ? null : unit);
        actual.getData().clear();
        path.getData().clear();
        target.getData().clear();
        if (trend == null) {
            return;
        }
        years.setLowerBound(trend.fromYear());
        years.setUpperBound(Math.max(trend.fromYear() + 1, trend.toYear()));
        for (Trend.Point p : trend.actuals()) {
            actual.getData().add(new XYChart.Data<>(p.year(), p.value()));
        }
        if (trend.pathFrom() != null) {
            path.getData().add(quiet(trend.pathFrom().year(), trend.pathFrom().value()));
            path.getData().add(quiet(trend.pathTo().year(), trend.pathTo().value()));
        }
        if (trend.target() != null) {
            target.getData().add(quiet(trend.fromYear(), trend.target()));
            target.getData().add(quiet(Math.max(trend.fromYear() + 1, trend.toYear()), trend.target()));
        }
    }

    /** A point of a line drawn without a symbol. */
    private static XYChart.Data<Number, Number> quiet(int year, double value) {
        XYChart.Data<Number, Number> d = new XYChart.Data<>(year, value);
        javafx.scene.layout.Region none = new javafx.scene.layout.Region();
        none.setVisible(false);
        none.setPrefSize(0, 0);
        d.setNode(none);
        return d;
    }
}
