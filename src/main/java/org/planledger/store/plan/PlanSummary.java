package org.planledger.store.plan;

import java.time.Instant;
import org.planledger.model.PlanState;

/** A plan held in the ledger, as listed; {@code evaluating}: a final evaluation of it has been started. */
public record PlanSummary(long id, String title, String documentNumber, int startYear, int endYear,
                          int tasks, String sourceName, Instant importedAt, Instant updatedAt, java.time.LocalDate closedOn,
                          boolean evaluating) {

    /** 执行中, 评估中 (a final evaluation started, not closed) or 已终结. */
    public PlanState state() {
        return closed() ? PlanState.CLOSED : evaluating ? PlanState.EVALUATING : PlanState.ACTIVE;
    }

    /** Whether the plan is closed (已终结, read-only); {@code closedOn} is then the day its figures are fixed at. */
    public boolean closed() {
        return closedOn != null;
    }
}
