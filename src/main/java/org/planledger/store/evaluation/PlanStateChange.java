package org.planledger.store.evaluation;

import org.planledger.model.PlanState;

/** One change of a plan's state, as recorded: to what, why, by whom, when. */
public record PlanStateChange(PlanState state, String reason, String changedBy, String changedAt) {
}
