package org.planledger.export;

import java.util.Comparator;
import java.util.List;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.TaskPlace;

/**
 * One item of the summary: its light, where it sits and who cooperates. Its texts (latest report,
 * evidence, measures) are not held here but read when its row is written: {@link SummaryFigures#texts}.
 */
public record SummaryLine(ItemLight light, TaskPlace place, List<String> cooperating, List<Long> cooperatingIds) {

    /** Outline order: plan, chapter, section, task code (numerically), the task before its milestones. */
    public static final Comparator<SummaryLine> OUTLINE_ORDER = Comparator
            .comparingLong((SummaryLine l) -> l.light().item().planId())
            .thenComparingInt(l -> l.light().item().chapterNumber())
            .thenComparingInt(l -> l.place() == null ? 0 : l.place().sectionNumber())
            .thenComparing(l -> l.light().item().code(), SummaryLine::compareCodes)
            .thenComparingInt(l -> l.light().item().isMilestone() ? 1 : 0)
            .thenComparing(l -> l.light().item().plannedDue(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(l -> l.light().item().key().milestoneId() == null ? 0 : l.light().item().key().milestoneId());

    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
