package org.planledger.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What "due" means wherever a deadline list is drawn: the deadline view, the command line, the benchmark. */
public final class Deadlines {

    /** The deadline list's order: by due date (standing work last), then plan order, a task before its milestones. */
    public static final Comparator<ItemLight> BY_DUE = Comparator
            .comparing((ItemLight r) -> r.item().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(r -> r.item().key().taskId())
            .thenComparing(r -> r.item().key().milestoneId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private Deadlines() {
    }

    /** Open, not yet late, and due within the days given (0: due today). */
    public static boolean dueWithin(ItemLight item, int days) {
        Integer left = item.verdict().daysToDue();
        return item.verdict().outcome() == Outcome.OPEN && left != null && left >= 0 && left <= days;
    }

    /** Past its due date and not closed out. */
    public static boolean overdue(ItemLight item) {
        return item.verdict().outcome() == Outcome.NOT_DONE;
    }

    /** The overdue items and those due within the days given, earliest due first (plan order within a day). */
    public static List<ItemLight> overdueOrDueWithin(List<ItemLight> items, int days) {
        List<ItemLight> due = new ArrayList<>();
        for (ItemLight item : items) {
            if (overdue(item) || dueWithin(item, days)) {
                due.add(item);
            }
        }
        due.sort(Comparator.comparing((ItemLight item) -> item.item().due()));
        return due;
    }
}
