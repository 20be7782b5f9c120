package org.planledger.ui.deadline;

import java.time.LocalDate;
import org.planledger.i18n.Text;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;

/**
 * Which due dates the deadline table shows: all, those past and not closed out (已逾期), those
 * due within 30 or 90 days, or those the plan dates in one year (the plan's own milestone years).
 */
public record DeadlineScope(Kind kind, int year) {

    public enum Kind {
        ALL, OVERDUE, WITHIN_30, WITHIN_90, YEAR
    }

    public static final DeadlineScope ALL = new DeadlineScope(Kind.ALL, 0);
    public static final DeadlineScope OVERDUE = new DeadlineScope(Kind.OVERDUE, 0);
    public static final DeadlineScope WITHIN_30 = new DeadlineScope(Kind.WITHIN_30, 0);
    public static final DeadlineScope WITHIN_90 = new DeadlineScope(Kind.WITHIN_90, 0);

    public static DeadlineScope year(int year) {
        return new DeadlineScope(Kind.YEAR, year);
    }

    /** Whether an item's light (computed for the as-of day) falls in the scope. */
    public boolean matches(ItemLight row) {
        return switch (kind) {
            case ALL -> true;
            case OVERDUE -> Deadlines.overdue(row);
            case WITHIN_30 -> Deadlines.dueWithin(row, 30);
            case WITHIN_90 -> Deadlines.dueWithin(row, 90);
            case YEAR -> {
                LocalDate planned = row.item().plannedDue();
                yield planned != null && planned.getYear() == year;
            }
        };
    }


    /** The scope's name on its button: 全部, 已逾期, 30天内到期, 90天内到期, 2023年. */
    public Text label() {
        return switch (kind) {
            case ALL -> Text.of("ui.deadline.scope.all");
            case OVERDUE -> Text.of("ui.deadline.scope.overdue");
            case WITHIN_30 -> Text.of("ui.deadline.scope.withinMonth");
            case WITHIN_90 -> Text.of("ui.deadline.scope.withinQuarter");
            case YEAR -> Text.of("ui.deadline.scope.year", String.valueOf(year));
        };
    }
}
