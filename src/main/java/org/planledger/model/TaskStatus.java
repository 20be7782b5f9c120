package org.planledger.model;

/** The status of a task as the manager records it. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, SUSPENDED;

    /** Resource bundle key of the status' name. */
    public String messageKey() {
        return "task.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
