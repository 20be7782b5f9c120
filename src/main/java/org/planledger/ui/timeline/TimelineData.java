package org.planledger.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import org.planledger.progress.ItemLight;

/**
 * What the timeline draws: the plan period (first to last year of its items' dates), the day
 * the lights are for, and one lane per chapter that has dated milestones.
 *
 * @param undated milestones without a due date (持续推进), which have no place on the axis
 */
public record TimelineData(int startYear, int endYear, LocalDate asOf, List<Lane> lanes, int undated) {

    public static final TimelineData EMPTY = new TimelineData(0, 0, null, List.of(), 0);

    public TimelineData {
        lanes = List.copyOf(lanes);
    }

    /** A chapter's milestones, by due date. */
    public record Lane(int chapterNumber, String chapterTitle, List<ItemLight> milestones) {
        public Lane {
            milestones = List.copyOf(milestones);
        }
    }

    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    public int milestoneCount() {
        return lanes.stream().mapToInt(l -> l.milestones().size()).sum();
    }
}
