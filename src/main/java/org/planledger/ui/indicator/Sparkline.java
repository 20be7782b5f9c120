package org.planledger.ui.indicator;

import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;

/**
 * The small trend chart of a table row: the yearly actuals as a line with the last one dotted,
 * over the straight path from baseline to target, dashed. Colours in planledger.css.
 */
final class Sparkline extends Region {

    private static final double PAD = 3;

    private final Line path = new Line();
    private final Polyline actuals = new Polyline();
    private final Circle last = new Circle(2.2);
    private Trend trend;

    Sparkline(double width, double height) {
        getStyleClass().add("indicator-sparkline");
        path.getStyleClass().add("indicator-trend-path");
        actuals.getStyleClass().add("indicator-trend-actual");
        last.getStyleClass().add("indicator-trend-last");
        getChildren().addAll(path, actuals, last);
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
    }

    void show(Trend trend) {
        this.trend = trend;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        boolean any = trend != null && !trend.isEmpty();
        path.setVisible(any && trend.pathFrom() != null);
        actuals.setVisible(any && trend.actuals().size() > 1);
        last.setVisible(any && !trend.actuals().isEmpty());
        if (!any) {
            return;
        }
        double[] range = trend.range();
        double w = getWidth() - 2 * PAD;
        double h = getHeight() - 2 * PAD;
        int span = Math.max(1, trend.toYear() - trend.fromYear());
        java.util.function.ToDoubleFunction<Integer> x = year -> PAD + w * (year - trend.fromYear()) / span;
        java.util.function.DoubleUnaryOperator y = v -> PAD + h * (1 - (v - range[0]) / (range[1] - range[0]));
        if (trend.pathFrom() != null) {
            path.setStartX(x.applyAsDouble(trend.pathFrom().year()));
            path.setStartY(y.applyAsDouble(trend.pathFrom().value()));
            path.setEndX(x.applyAsDouble(trend.pathTo().year()));
            path.setEndY(y.applyAsDouble(trend.pathTo().value()));
        }
        actuals.getPoints().clear();
        for (Trend.Point p : trend.actuals()) {
            actuals.getPoints().addAll(x.applyAsDouble(p.year()), y.applyAsDouble(p.value()));
        }
        if (!trend.actuals().isEmpty()) {
            Trend.Point p = trend.actuals().get(trend.actuals().size() - 1);
            last.setCenterX(x.applyAsDouble(p.year()));
            last.setCenterY(y.applyAsDouble(p.value()));
        }
    }
}
