package org.planledger.store.evaluation;

import java.time.LocalDate;

/** A closed plan (已终结): closed by which evaluation, its figures as of which day, by whom, when. */
public record PlanClosure(long planId, long evaluationId, LocalDate closedOn, String closedBy, String closedAt) {
}
