package org.planledger.ui.task;

import org.planledger.store.DeptRef;
import org.planledger.store.TaskDetail.MilestoneRow;

/**
 * A row of the milestone table: the milestone, its own lead (null when it follows its task's)
 * and the task's lead (null when the task has none yet).
 */
public record MilestoneItem(MilestoneRow milestone, DeptRef ownLead, DeptRef taskLead) {

    /** The lead in charge of the milestone: its own, or else its task's. */
    public DeptRef lead() {
        return ownLead != null ? ownLead : taskLead;
    }

    /** Whether the milestone follows its task's lead. */
    public boolean followsTask() {
        return ownLead == null;
    }

    public long id() {
        return milestone.id();
    }
}
