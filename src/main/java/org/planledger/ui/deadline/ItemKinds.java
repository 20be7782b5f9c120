package org.planledger.ui.deadline;

import org.planledger.progress.ItemLight;

/** Tasks, milestones (时间节点) or both. */
public enum ItemKinds {
    BOTH("ui.deadline.kind.both"),
    TASKS("ui.deadline.kind.tasks"),
    MILESTONES("ui.deadline.kind.milestones");

    private final String messageKey;

    ItemKinds(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean matches(ItemLight row) {
        return this == BOTH || (this == MILESTONES) == row.item().isMilestone();
    }
}
