package org.planledger.ui.common;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * An axis of counts (tasks, milestones): from 0, ticks at whole numbers only. A self-ranging
 * NumberAxis picks steps of 0.5 or 2.5 for small counts, and "2.5 项" is not a thing anyone
 * counts. The chart calls {@link #fit} with its largest bar whenever its data change.
 */
public final class CountAxis {

    /** Steps a reader counts in; the first that leaves at most {@link #MAX_TICKS} ticks is taken. */
    private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    private static final int MAX_TICKS = 8;

    private CountAxis() {
    }

    public static NumberAxis create() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        fit(axis, 0);
        return axis;
    }

    /** From 0 to the first whole step at or above {@code max}, in whole steps. */
    public static void fit(NumberAxis axis, double max) {
        long top = Math.max(1, (long) Math.ceil(max));
        int step = STEPS[STEPS.length - 1];
        for (int s : STEPS) {
            if ((top + s - 1) / s <= MAX_TICKS) {
                step = s;
                break;
            }
        }
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound((double) ((top + step - 1) / step) * step);
    }
}
