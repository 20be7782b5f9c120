package org.planledger.model;

import java.time.LocalDate;

/**
 * How often departments report, and by which day of the following month the report is due
 * (default: monthly, by the 5th).
 */
public record ReportingCycle(PeriodKind kind, int dueDay) {

    public static final ReportingCycle DEFAULT = new ReportingCycle(PeriodKind.MONTH, 5);

    public ReportingCycle {
        if (dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("due day must be 1–28: " + dueDay);
        }
    }

    /** The day the report for a period is due: the due day of the month after it. */
    public LocalDate reportDue(ReportingPeriod period) {
        return period.end().plusDays(1).withDayOfMonth(dueDay);
    }

    /** The latest period whose report was due before the date, i.e. should exist by now. */
    public ReportingPeriod lastClosed(LocalDate asOf) {
        ReportingPeriod p = ReportingPeriod.containing(kind, asOf);
        while (!reportDue(p).isBefore(asOf)) {
            p = p.previous();
        }
        return p;
    }
}
