package org.planledger.store.plan;

import java.time.Instant;

/** A plan held in the ledger, as listed. */
public record PlanSummary(long id, String title, String documentNumber, int startYear, int endYear,
                          int tasks, String sourceName, Instant importedAt, Instant updatedAt) {
}
