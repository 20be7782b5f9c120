package org.planledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planledger.ui.FxWait;
import org.testfx.framework.junit5.ApplicationExtension;

/** 汇总's charts count items: one late task reads 0 1 on the axis, never 0 0.1 0.2 … 1. */
@ExtendWith(ApplicationExtension.class)
class CountAxisTest {

    @Test
    void smallCountsGetWholeNumberTicksOnly() {
        List<String> plain = FxWait.onFx(() -> {
            NumberAxis axis = new NumberAxis();
            axis.setMinorTickVisible(false);
            axis.invalidateRange(List.of(0, 1));
            return labels(axis);
        });
        assertTrue(plain.stream().anyMatch(s -> s.contains(".")), "a self-ranging axis shows fractions: " + plain);

        assertEquals(List.of("0", "1", "2", "3"), FxWait.onFx(() -> fitted(3)));
        for (int max : new int[] {0, 1, 7, 35, 129}) {
            List<String> counted = FxWait.onFx(() -> fitted(max));
            assertTrue(counted.stream().allMatch(s -> s.matches("\\d+")), max + ": " + counted);
            assertEquals("0", counted.get(0), max + ": " + counted);
            assertTrue(Long.parseLong(counted.get(counted.size() - 1)) >= max, max + ": " + counted);
            assertTrue(counted.size() <= 9, max + ": " + counted);
        }
    }

    private static List<String> fitted(int max) {
        NumberAxis axis = CountAxis.create();
        CountAxis.fit(axis, max);
        return labels(axis);
    }

    /** The tick labels the axis shows (its ticks, written by its formatter), laid out 300 px tall. */
    private static List<String> labels(NumberAxis axis) {
        axis.setSide(Side.LEFT);
        javafx.scene.layout.Pane pane = new javafx.scene.layout.Pane(axis);
        new javafx.scene.Scene(pane, 80, 320);
        axis.resizeRelocate(0, 0, 60, 300);
        pane.applyCss();
        pane.layout();
        axis.layout();
        StringConverter<Number> shown = axis.getTickLabelFormatter() != null ? axis.getTickLabelFormatter()
                : new NumberAxis.DefaultFormatter(axis);
        return axis.getTickMarks().stream().map(t -> shown.toString(t.getValue())).toList();
    }
}
