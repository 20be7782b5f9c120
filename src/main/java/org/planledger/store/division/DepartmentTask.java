package org.planledger.store.division;

import org.planledger.store.plan.TaskDetail;
import java.util.List;
import org.planledger.model.AssignmentRole;

/** A task a department leads or cooperates on, with its milestones, for the department view. */
public record DepartmentTask(long taskId, String code, String title, int chapterNumber, String chapterTitle,
                             AssignmentRole role, List<TaskDetail.MilestoneRow> milestones) {
}
