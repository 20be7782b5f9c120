package org.planledger.store.plan;

import java.time.Instant;

/** A plan held in the ledger, as listed. */
public record PlanSummary(long id, String title, String documentNumber, int startYear, int endYear,
                          int tasks, String sourceName, Instant importedAt, Instant updatedAt, java.time.LocalDate closedOn) {

    /** Whether the plan is closed (已终结, read-only); {@code closedOn} is then the day its figures are fixed at. */
    public boolean closed() {
        return closedOn != null;
    }
}
