package org.planledger.store.exchange;

import java.util.List;

/**
 * A department's outcome of an item it leads, as its report carries it (evaluation.json): the
 * evaluation it was sent, the item (master ids), its label in the department's words ("5.3.6",
 * "5.3.6/2"), and what it says: 完成时间 (ISO), 说明, 主要成效, 未完成原因, evidence names. A report
 * carries every submission the manager has not confirmed yet, so one the merge did not take comes again.
 */
public record ReportedOutcome(long evaluationId, long taskId, Long milestoneId, String label, String outcome, String doneOn,
                              String note, String achievements, String shortfall, List<String> evidence) {
}
