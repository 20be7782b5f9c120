package org.planledger.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.progress.ItemLight;

/**
 * Where the timeline puts things, without the toolkit: years across (at least {@link #MIN_YEAR_WIDTH}
 * each, wider to fill the view), one lane per chapter down. The milestones of one day form a
 * block at it; blocks of nearby days stack; what does not fit is counted ("+12").
 */
final class TimelineLayout {

    static final double LABEL_WIDTH = 190;
    static final double AXIS_HEIGHT = 46;
    static final double MIN_YEAR_WIDTH = 150;
    static final double ROW_HEIGHT = 18;
    static final double LANE_PADDING = 8;
    static final double MARKER_GAP = 17;
    static final double COLUMN_GAP = 17;
    /** The rows of one day's block. */
    static final int MAX_ROWS = 6;
    /** The columns of one day's block; what does not fit is counted ("+12"). */
    static final int MAX_COLUMNS = 8;
    /** The rows a lane grows to before blocks overlap. */
    static final int MAX_LANE_ROWS = 18;
    static final double RIGHT_MARGIN = 24;
    static final double MIN_LANE_HEIGHT = 46;

    /** A drawn marker; {@code hidden} are the milestones that did not fit and are counted on it. */
    record Marker(ItemLight item, double x, double y, List<ItemLight> hidden) {
    }

    /** A lane's band: its top and height. */
    record LaneBox(TimelineData.Lane lane, double y, double height) {
    }

    private final int firstYear;
    private final int lastYear;
    private final double yearWidth;
    private final List<LaneBox> lanes = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final double height;

    TimelineLayout(TimelineData data, double availableWidth) {
        this.firstYear = data.startYear();
        int last = data.endYear();
        if (data.asOf() != null && data.asOf().getYear() == last + 1) {
            // the as-of day just after the plan (the final evaluation): show its year too
            last++;
        }
        this.lastYear = last;
        int years = lastYear - firstYear + 1;
        this.yearWidth = Math.max(MIN_YEAR_WIDTH, (availableWidth - LABEL_WIDTH - RIGHT_MARGIN) / years);
        double y = AXIS_HEIGHT;
        for (TimelineData.Lane lane : data.lanes()) {
            int rows = place(lane, y);
            double h = Math.max(MIN_LANE_HEIGHT, rows * ROW_HEIGHT + 2 * LANE_PADDING);
            lanes.add(new LaneBox(lane, y, h));
            y += h;
        }
        this.height = y + 8;
    }

    /**
     * Places a lane's markers; returns how many rows it used. The milestones of one day form a
     * block that ends at it (due by that day: 31 December stays in its year), filled column by column ({@link #MAX_ROWS} high, at most {@link #MAX_COLUMNS}
     * wide, the rest counted on its last marker); a block goes below the blocks it would touch.
     */
    private int place(TimelineData.Lane lane, double top) {
        List<Double> rowEnds = new ArrayList<>();
        List<ItemLight> all = lane.milestones();
        int i = 0;
        while (i < all.size()) {
            LocalDate due = all.get(i).item().due();
            int j = i;
            while (j < all.size() && all.get(j).item().due().equals(due)) {
                j++;
            }
            List<ItemLight> group = all.subList(i, j);
            int rows = Math.min(group.size(), MAX_ROWS);
            int columns = Math.min(MAX_COLUMNS, (group.size() + MAX_ROWS - 1) / MAX_ROWS);
            double left = x(due) - (columns - 1) * COLUMN_GAP;
            int first = 0;
            while (first + rows <= MAX_LANE_ROWS && !free(rowEnds, first, rows, left)) {
                first++;
            }
            if (first + rows > MAX_LANE_ROWS) {
                // too crowded: the block overlaps what is there rather than grow the lane further
                first = 0;
            }
            Marker last = null;
            for (int k = 0; k < group.size(); k++) {
                if (k >= rows * columns) {
                    last.hidden().add(group.get(k));
                    continue;
                }
                int row = first + k % rows;
                double x = left + (k / rows) * COLUMN_GAP;
                while (rowEnds.size() <= row) {
                    rowEnds.add(Double.NEGATIVE_INFINITY);
                }
                rowEnds.set(row, Math.max(rowEnds.get(row), x));
                last = new Marker(group.get(k), x, top + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2,
                        new ArrayList<>());
                markers.add(last);
            }
            i = j;
        }
        return Math.max(1, rowEnds.size());
    }

    private static boolean free(List<Double> rowEnds, int first, int rows, double left) {
        for (int r = first; r < first + rows && r < rowEnds.size(); r++) {
            if (left - rowEnds.get(r) < MARKER_GAP) {
                return false;
            }
        }
        return true;
    }

    /** The x of a day. */
    double x(LocalDate day) {
        double offset = day.getYear() - firstYear + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
        return LABEL_WIDTH + offset * yearWidth;
    }

    /** The x of a day, held inside the axis. */
    double clampedX(LocalDate day) {
        return Math.max(LABEL_WIDTH, Math.min(width() - RIGHT_MARGIN, x(day)));
    }

    boolean onAxis(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    double yearWidth() {
        return yearWidth;
    }

    double width() {
        return LABEL_WIDTH + (lastYear - firstYear + 1) * yearWidth + RIGHT_MARGIN;
    }

    double height() {
        return height;
    }

    List<LaneBox> lanes() {
        return lanes;
    }

    List<Marker> markers() {
        return markers;
    }
}
