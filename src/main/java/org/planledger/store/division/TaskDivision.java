package org.planledger.store.division;

import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.DivisionState;

/**
 * A task's division of work: its lead (or null), cooperating units, whether the sub-district
 * offices carry it out locally (属地), draft or confirmed (null when nothing is assigned), and why.
 */
public record TaskDivision(long taskId, DeptRef lead, List<DeptRef> cooperating, boolean territorial,
                           DivisionState state, List<Text> reasons) {

    public TaskDivision {
        cooperating = List.copyOf(cooperating);
        reasons = List.copyOf(reasons);
    }

    public static TaskDivision none(long taskId) {
        return new TaskDivision(taskId, null, List.of(), false, null, List.of());
    }

    public boolean assigned() {
        return state != null;
    }

    /** Whether the department leads or cooperates on this task. */
    public boolean involves(long departmentId) {
        return (lead != null && lead.id() == departmentId)
                || cooperating.stream().anyMatch(c -> c.id() == departmentId);
    }
}
