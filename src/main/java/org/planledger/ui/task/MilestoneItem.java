package org.planledger.ui.task;

import org.planledger.progress.ItemLight;
import org.planledger.store.division.DeptRef;
import org.planledger.store.plan.TaskDetail.MilestoneRow;

/**
 * A row of the milestone table: the milestone, its own lead (null when it follows its task's),
 * the task's lead (null when the task has none yet) and its status and light as of the day
 * shown (null when it has none, as a withdrawn milestone).
 */
public record MilestoneItem(MilestoneRow milestone, DeptRef ownLead, DeptRef taskLead, ItemLight light) {

    public MilestoneItem(MilestoneRow milestone, DeptRef ownLead, DeptRef taskLead) {
        this(milestone, ownLead, taskLead, null);
    }

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

    MilestoneItem withOwnLead(DeptRef lead) {
        return new MilestoneItem(milestone, lead, taskLead, light);
    }
}
