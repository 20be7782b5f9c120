package org.planledger.ui.reporting;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.ReportingGrid;

/**
 * What the reporting view shows: the cycle, the grid of the last periods up to the day viewed
 * (rows in pinyin order of the departments' short names), and the last closed period's summary.
 */
public record ReportingData(ReportingCycle cycle, LocalDate asOf, List<ReportingPeriod> periods,
                            List<DepartmentRow> rows, PeriodSummary summary) {

    public static final ReportingData EMPTY = new ReportingData(ReportingCycle.DEFAULT, null, List.of(), List.of(), null);

    public ReportingData {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    /** A lead department's row: the name people use, the full name, and a cell per period. */
    public record DepartmentRow(long departmentId, String shortName, String fullName, List<ReportingGrid.Cell> cells) {
        public DepartmentRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The last closed period: how many departments owed reports, and which reported fully,
     * partly or not at all (short names, in row order).
     */
    public record PeriodSummary(ReportingPeriod period, LocalDate due, int owing, List<String> reported,
                                List<String> partial, List<String> missing) {
        public PeriodSummary {
            reported = List.copyOf(reported);
            partial = List.copyOf(partial);
            missing = List.copyOf(missing);
        }
    }
}
