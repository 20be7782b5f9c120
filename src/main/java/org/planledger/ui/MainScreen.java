package org.planledger.ui;

/**
 * The window's views, as tabs in this order: 工作台 (what needs doing today; the view a ledger
 * opens on), 任务 (outline and task), 分工 (division of work),
 * 部门 (departments), 期限 (deadlines and lights), 时间轴 (milestones on the plan period),
 * 报送 (who has reported per period), 汇总 (rollups and charts),
 * 指标 (the plan's headline indicators), 督办台账 (the documents the office issued), 终期评估 (the plan's
 * final evaluation).
 */
public enum MainScreen {
    DESK, TASKS, ASSIGNMENT, DEPARTMENTS, DEADLINES, TIMELINE, REPORTING, ROLLUP, INDICATORS, REGISTER, EVALUATION
}
