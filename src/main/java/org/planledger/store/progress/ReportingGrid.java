package org.planledger.store.progress;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ReportingPeriod;

/** Who has reported for which period: one row per lead department, one cell per period. */
public record ReportingGrid(List<ReportingPeriod> periods, LocalDate asOf, List<Row> rows) {

    public ReportingGrid {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    public record Row(long departmentId, String departmentName, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param owed     tasks the department leads that owed a report for the period
     * @param reported of those, how many have an entry from it covering the period
     * @param late     of those, how many were written after the report was due
     * @param missing  the codes of the tasks without a report
     * @param due      the day the period's reports were due
     */
    public record Cell(ReportingPeriod period, LocalDate due, int owed, int reported, int late, List<String> missing) {

        public Cell {
            missing = List.copyOf(missing);
        }

        public State state(LocalDate asOf) {
            if (owed == 0) {
                return State.NOTHING_OWED;
            }
            if (reported == owed) {
                return State.REPORTED;
            }
            if (!asOf.isAfter(due)) {
                return State.NOT_YET_DUE;
            }
            return reported == 0 ? State.MISSING : State.PARTIAL;
        }
    }

    public enum State {
        NOTHING_OWED, REPORTED, PARTIAL, MISSING, NOT_YET_DUE;

        public String messageKey() {
            return "reporting.state." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }
}
