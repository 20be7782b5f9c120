package org.planledger.store.carryover;

/** A task named as offices name it across plans: 十四五 5.3.6 (the plan's short name and the task's code). */
public record PlanTask(long taskId, String code, String title, long planId, String planName) {

    /** 十四五 5.3.6 */
    public String label() {
        return planName + " " + code;
    }
}
