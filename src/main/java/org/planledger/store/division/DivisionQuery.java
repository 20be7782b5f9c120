package org.planledger.store.division;

import org.planledger.store.Json;
import org.planledger.store.plan.PlanStore;
import org.planledger.store.plan.TaskDetail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.AssignmentRole;
import org.planledger.model.DivisionState;

/** Reads divisions of work: a few set-wise queries, never one per row. */
final class DivisionQuery {

    private record Division(boolean territorial, DivisionState state, List<Text> reasons) {
    }

    private DivisionQuery() {
    }

    static TaskDivision division(Connection c, long taskId) throws SQLException {
        Map<Long, TaskDivision> one = divisions(c, " WHERE t.id = " + taskId);
        return one.getOrDefault(taskId, TaskDivision.none(taskId));
    }

    static List<DivisionRow> rows(Connection c, long planId) throws SQLException {
        String where = " WHERE t.withdrawn = 0" + (planId == 0 ? "" : " AND t.plan_id = " + planId);
        Map<Long, TaskDivision> divisions = divisions(c, where);
        List<DivisionRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.code, t.title, ch.number, ch.title, "
                + "(SELECT count(*) FROM milestone m WHERE m.task_id = t.id AND m.withdrawn = 0) "
                + "FROM task t JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id"
                + where + " ORDER BY t.plan_id, ch.number, s.number, t.ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                rows.add(new DivisionRow(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6), divisions.getOrDefault(id, TaskDivision.none(id))));
            }
        }
        return rows;
    }

    /** Divisions of the tasks matching a WHERE clause over task t. */
    private static Map<Long, TaskDivision> divisions(Connection c, String where) throws SQLException {
        Map<Long, Division> heads = new HashMap<>();
        // the same reasons recur across tasks (and plans): read each distinct one once
        Map<String, List<Text>> reasons = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.task_id, d.territorial, d.state, d.reasons "
                + "FROM task_division d JOIN task t ON t.id = d.task_id" + where);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                heads.put(rs.getLong(1), new Division(rs.getInt(2) == 1, DivisionState.valueOf(rs.getString(3)),
                        reasons.computeIfAbsent(rs.getString(4), Json::texts)));
            }
        }
        Map<Long, DeptRef> leads = new HashMap<>();
        Map<Long, List<DeptRef>> cooperating = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.task_id, a.role, dep.id, dep.name, dep.short_name, "
                + "dep.retired FROM task_assignment a JOIN department dep ON dep.id = a.department_id "
                + "JOIN task t ON t.id = a.task_id" + where + " ORDER BY a.task_id, a.ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DeptRef d = new DeptRef(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1);
                if (AssignmentRole.LEAD.name().equals(rs.getString(2))) {
                    leads.put(rs.getLong(1), d);
                } else {
                    cooperating.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(d);
                }
            }
        }
        Map<Long, TaskDivision> result = new HashMap<>();
        heads.forEach((id, h) -> result.put(id, new TaskDivision(id, leads.get(id),
                cooperating.getOrDefault(id, List.of()), h.territorial(), h.state(), h.reasons())));
        return result;
    }

    static DeptRef milestoneLead(Connection c, long milestoneId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dep.id, dep.name, dep.short_name, dep.retired "
                + "FROM milestone_lead ml JOIN department dep ON dep.id = ml.department_id WHERE ml.milestone_id = ?")) {
            ps.setLong(1, milestoneId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new DeptRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1) : null;
            }
        }
    }

    static List<DepartmentTask> departmentTasks(Connection c, long departmentId) throws SQLException {
        Map<Long, List<TaskDetail.MilestoneRow>> milestones = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.* FROM milestone m JOIN task_assignment a "
                + "ON a.task_id = m.task_id WHERE a.department_id = ? AND m.withdrawn = 0 ORDER BY m.task_id, m.ordinal")) {
            ps.setLong(1, departmentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    milestones.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(PlanStore.milestone(rs));
                }
            }
        }
        List<DepartmentTask> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.code, t.title, ch.number, ch.title, a.role "
                + "FROM task_assignment a JOIN task t ON t.id = a.task_id JOIN section s ON s.id = t.section_id "
                + "JOIN chapter ch ON ch.id = s.chapter_id WHERE a.department_id = ? AND t.withdrawn = 0 "
                + "ORDER BY t.plan_id, ch.number, s.number, t.ordinal")) {
            ps.setLong(1, departmentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    result.add(new DepartmentTask(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            AssignmentRole.valueOf(rs.getString(6)), milestones.getOrDefault(id, List.of())));
                }
            }
        }
        return result;
    }
}
