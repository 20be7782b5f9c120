package org.planledger.model;

import java.util.Locale;

/**
 * Where a task or milestone stands. Only the manager's acceptance makes it {@link #CLOSED}
 * (已销号); {@link #RETURNED} is a close-out sent back with a reason, worked on again.
 */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, CLOSE_OUT_REQUESTED, CLOSED, RETURNED, SUSPENDED, ONGOING;

    /** Resource bundle key of the status' name. */
    public String messageKey() {
        return "task.status." + name().toLowerCase(Locale.ROOT);
    }

    /** Still owes progress reports: not closed, not waiting for the manager, not suspended. */
    public boolean owesReports() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED || this == ONGOING;
    }

    /** A department may ask to close it out. */
    public boolean canRequestCloseOut() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED || this == ONGOING;
    }

    /** Statuses the manager sets directly; the others come from requests and decisions. */
    public boolean setDirectly() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == SUSPENDED || this == ONGOING;
    }
}
