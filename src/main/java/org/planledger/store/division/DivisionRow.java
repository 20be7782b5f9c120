package org.planledger.store.division;

/** One row of the assignment table: a task and its division of work. */
public record DivisionRow(long taskId, String code, String title, int chapterNumber, String chapterTitle,
                          int milestones, TaskDivision division) {
}
