package org.planledger.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;

/**
 * The period a new progress entry is for unless the writer picks another: the earliest period
 * whose report is due and that the task has no entry for, else the current one. Due are the last
 * closed period (its report is late: the light says 未报送) and the period that has just ended
 * (its report is due by the cycle's day). On 7 December, monthly by the 5th, that is November.
 * The kind is the configured cycle's.
 */
public final class ReportPeriodDefault {

    private ReportPeriodDefault() {
    }

    /**
     * @param start    the task's start (the plan's first day): nothing is owed for before it
     * @param reported the periods the task's entries written by today cover
     */
    public static ReportingPeriod of(ReportingCycle cycle, LocalDate today, LocalDate start,
                                     Collection<ReportingPeriod> reported) {
        ReportingPeriod current = ReportingPeriod.containing(cycle.kind(), today);
        List<ReportingPeriod> due = new ArrayList<>(List.of(cycle.lastClosed(today)));
        if (!due.contains(current.previous())) {
            due.add(current.previous());
        }
        for (ReportingPeriod p : due) {
            boolean owed = !p.start().isBefore(start) && p.end().isBefore(today);
            if (owed && reported.stream().noneMatch(p::overlaps)) {
                return p;
            }
        }
        return current;
    }
}
