package org.planledger.ui;

/** The window's views, as tabs: 任务 (outline and task), 分工 (division of work), 部门 (departments). */
public enum MainScreen {
    TASKS, ASSIGNMENT, DEPARTMENTS
}
