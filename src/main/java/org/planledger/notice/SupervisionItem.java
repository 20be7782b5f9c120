package org.planledger.notice;

import org.planledger.model.NoticeColour;
import org.planledger.progress.ItemLight;
import org.planledger.store.division.TaskDivision;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.progress.ProgressHistory;

/**
 * One item a 督办单 lists, as the ledger has it: its light and reasons (from the lights' own
 * query), the plan's words and place, who leads and cooperates, and the latest progress entry on
 * it (null: 未报送).
 */
public record SupervisionItem(ItemLight light, NoticeColour colour, String planTitle, TaskDetail task,
                              TaskDivision division, ProgressHistory.Entry latest) {
}
