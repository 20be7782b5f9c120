package org.planledger.rollup;

/** A department on a task: its lead (牵头) or a cooperating unit (配合). */
public record Assignment(long departmentId, String departmentName, boolean lead) {
}
