package org.planledger.planimport;

import org.planledger.model.Plan;

/** A plan read from a document, with the dry-run report of what was read. */
public record ParsedPlan(Plan plan, ImportReport report) {
}
