package org.planledger.model;

/** A task, or one milestone of it ({@code milestoneId} set): what a status and a light belong to. */
public record ItemKey(long taskId, Long milestoneId) {

    public static ItemKey task(long taskId) {
        return new ItemKey(taskId, null);
    }

    public static ItemKey milestone(long taskId, long milestoneId) {
        return new ItemKey(taskId, milestoneId);
    }

    public boolean isMilestone() {
        return milestoneId != null;
    }
}
