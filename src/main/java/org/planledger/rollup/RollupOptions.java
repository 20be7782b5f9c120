package org.planledger.rollup;

/**
 * How the manager wants progress counted: tasks (each with its weight, 1 unless set) or
 * milestones; a department's completion over the tasks it leads, or over those it cooperates on too.
 */
public record RollupOptions(boolean countMilestones, boolean departmentIncludesCooperation) {

    public static final RollupOptions DEFAULT = new RollupOptions(false, false);
}
