package org.planledger.model;

import java.util.Locale;

/**
 * Where a task or milestone stands. Only the manager's acceptance makes it {@link #CLOSED}
 * (已销号); {@link #RETURNED} is a close-out sent back with a reason, worked on again.
 */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, CLOSE_OUT_REQUESTED, CLOSED, RETURNED, SUSPENDED, ONGOING;

    /** Every status' key, made once: a city's lights ask for it a hundred thousand times. */
    private static final java.util.Map<TaskStatus, String> KEYS = keys();

    private static java.util.Map<TaskStatus, String> keys() {
        java.util.Map<TaskStatus, String> m = new java.util.EnumMap<>(TaskStatus.class);
        for (TaskStatus s : values()) {
            m.put(s, "task.status." + s.name().toLowerCase(Locale.ROOT));
        }
        return m;
    }

    /** Resource bundle key of the status' name. */
    public String messageKey() {
        return KEYS.get(this);
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
