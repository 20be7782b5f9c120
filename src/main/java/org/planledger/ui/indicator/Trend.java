package org.planledger.ui.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.model.Numbers;
import org.planledger.store.indicator.IndicatorRow;

/**
 * What an indicator's trend chart draws: the actual value of each year (the baseline as the
 * first point when it is a number), the straight path from baseline to target (序时进度) when both
 * are numbers, and the target. Plain numbers, so it is tested without the toolkit.
 */
public record Trend(List<Point> actuals, Point pathFrom, Point pathTo, Double target, int fromYear, int toYear) {

    public record Point(int year, double value) {
    }

    public static Trend of(IndicatorRow row, PlanYears years) {
        BigDecimal baseline = Numbers.parse(row.indicator().baseline());
        BigDecimal target = Numbers.parse(row.indicator().target());
        Map<Integer, BigDecimal> byYear = new TreeMap<>(row.actuals());
        List<Point> points = new ArrayList<>();
        if (baseline != null && years != null && !byYear.containsKey(years.baseYear())) {
            points.add(new Point(years.baseYear(), baseline.doubleValue()));
        }
        byYear.forEach((year, value) -> points.add(new Point(year, value.doubleValue())));
        Point from = null;
        Point to = null;
        if (baseline != null && target != null && years != null) {
            from = new Point(years.baseYear(), baseline.doubleValue());
            to = new Point(years.endYear(), target.doubleValue());
        }
        int first = years != null ? years.baseYear() : points.isEmpty() ? 0 : points.get(0).year();
        int last = years != null ? years.endYear() : points.isEmpty() ? 0 : points.get(points.size() - 1).year();
        for (Point p : points) {
            first = Math.min(first, p.year());
            last = Math.max(last, p.year());
        }
        return new Trend(List.copyOf(points), from, to, target == null ? null : target.doubleValue(), first, last);
    }

    /** Whether there is anything to draw. */
    public boolean isEmpty() {
        return actuals.isEmpty() && pathFrom == null && target == null;
    }

    /** The lowest and highest value drawn, a little apart when they are equal. */
    public double[] range() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Double> all = new ArrayList<>();
        actuals.forEach(p -> all.add(p.value()));
        if (pathFrom != null) {
            all.add(pathFrom.value());
            all.add(pathTo.value());
        }
        if (target != null) {
            all.add(target);
        }
        for (double v : all) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (all.isEmpty()) {
            return new double[] {0, 1};
        }
        if (hi - lo < 1e-9) {
            double pad = Math.max(1, Math.abs(hi) * 0.1);
            return new double[] {lo - pad, hi + pad};
        }
        return new double[] {lo, hi};
    }
}
