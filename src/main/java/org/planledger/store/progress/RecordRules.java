package org.planledger.store.progress;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The limits of a progress record that typed input and a department's report share: a record's
 * dates lie between the first day of its task's plan and today, and an extension reaches no
 * further than the next plan's term.
 */
public final class RecordRules {

    /** How many years past the plan's last year an extended deadline may lie: one more plan's term. */
    public static final int EXTENSION_YEARS_PAST_PLAN = 5;

    /** A task's plan: its first and its last day. */
    public record PlanSpan(LocalDate start, LocalDate end) {
    }

    private RecordRules() {
    }

    /** The span of the plan the task belongs to; null when there is no such task. */
    public static PlanSpan planSpan(Connection c, long taskId) throws SQLException {
        Long start = Sql.longOrNull(c, "SELECT p.start_year FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = ?", taskId);
        Long end = Sql.longOrNull(c, "SELECT p.end_year FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = ?", taskId);
        return start == null || end == null ? null
                : new PlanSpan(LocalDate.of(start.intValue(), 1, 1), LocalDate.of(end.intValue(), 12, 31));
    }

    /** The latest deadline an extension may ask for. */
    public static LocalDate latestDue(PlanSpan plan) {
        return plan.end().plusYears(EXTENSION_YEARS_PAST_PLAN);
    }
}
