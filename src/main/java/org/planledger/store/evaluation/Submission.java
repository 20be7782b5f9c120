package org.planledger.store.evaluation;

import org.planledger.model.ItemKey;

/** One item's outcome as a department submits it (a row of its 终期评估填报表). */
public record Submission(ItemKey item, OutcomeDraft draft) {
}
