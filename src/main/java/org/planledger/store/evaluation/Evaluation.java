package org.planledger.store.evaluation;

import java.time.LocalDate;

/** One evaluation of a plan: its kind, the day its figures are taken as of, and whether the manager confirmed it. */
public record Evaluation(long id, long planId, String planTitle, EvaluationKind kind, LocalDate asOf, String startedAt,
                         boolean confirmed, String confirmedAt) {
}
