package org.planledger.store.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.model.TaskStatus;
import org.planledger.store.Sql;

/** The rows of a department's fill-in workbook: its live tasks in plan order, each followed by its milestones it holds. */
final class HeldItems {

    private final Connection c;

    HeldItems(Connection c) {
        this.c = c;
    }

    List<ExchangeStore.HeldItem> of(long departmentId) throws SQLException {
        List<ExchangeStore.HeldItem> out = new ArrayList<>();
        try (var ps = Sql.prepare(c, "SELECT t.id, t.code, t.title, t.status, p.end_year, "
                + "(SELECT department_id FROM task_assignment WHERE task_id = t.id AND role = 'LEAD'), "
                + "(SELECT d.name FROM task_assignment a JOIN department d ON d.id = a.department_id "
                + "WHERE a.task_id = t.id AND a.role = 'LEAD'), "
                + "(SELECT string_agg(d.name, '、' ORDER BY a.ordinal, d.id) FROM task_assignment a JOIN department d "
                + "ON d.id = a.department_id WHERE a.task_id = t.id AND a.role = 'COOPERATE'), "
                + "EXISTS (SELECT 1 FROM task_assignment a WHERE a.task_id = t.id AND a.department_id = ?1) "
                + "FROM task t JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id "
                + "JOIN plan p ON p.id = t.plan_id WHERE t.withdrawn = 0 AND (EXISTS (SELECT 1 FROM task_assignment a "
                + "WHERE a.task_id = t.id AND a.department_id = ?1) OR EXISTS (SELECT 1 FROM milestone m JOIN "
                + "milestone_lead l ON l.milestone_id = m.id WHERE m.task_id = t.id AND m.withdrawn = 0 "
                + "AND l.department_id = ?1)) ORDER BY t.plan_id, ch.number, s.number, t.ordinal, t.id", departmentId)) {
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long taskId = rs.getLong(1);
                    long lead = rs.getLong(6);
                    Long leadId = rs.wasNull() ? null : lead;
                    String cooperating = rs.getString(8) == null ? "" : rs.getString(8);
                    TaskStatus status = TaskStatus.valueOf(rs.getString(4));
                    out.add(new ExchangeStore.HeldItem(taskId, null, rs.getString(2), null, rs.getString(3),
                            nz(rs.getString(7)), cooperating, due(taskId, null, LocalDate.of(rs.getInt(5), 12, 31), status),
                            status, leadId != null && leadId == departmentId));
                    milestones(departmentId, taskId, rs.getString(2), rs.getBoolean(9), leadId, nz(rs.getString(7)),
                            cooperating, out);
                }
            }
        }
        return out;
    }

    private void milestones(long departmentId, long taskId, String code, boolean assigned, Long taskLead,
                            String taskLeadName, String cooperating, List<ExchangeStore.HeldItem> out) throws SQLException {
        try (var ps = c.prepareStatement("SELECT m.id, m.year, m.text, m.due_date, m.status, l.department_id, d.name "
                + "FROM milestone m LEFT JOIN milestone_lead l ON l.milestone_id = m.id LEFT JOIN department d "
                + "ON d.id = l.department_id WHERE m.task_id = ? AND m.withdrawn = 0 ORDER BY m.ordinal, m.id")) {
            ps.setLong(1, taskId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long own = rs.getLong(6);
                    Long lead = rs.wasNull() ? taskLead : Long.valueOf(own);
                    if (!assigned && (lead == null || lead != departmentId)) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    TaskStatus status = TaskStatus.valueOf(rs.getString(5));
                    out.add(new ExchangeStore.HeldItem(taskId, id, code, rs.getInt(2), rs.getString(3),
                            rs.getString(7) == null ? taskLeadName : rs.getString(7), cooperating,
                            due(taskId, id, LocalDate.parse(rs.getString(4)), status), status,
                            lead != null && lead == departmentId));
                }
            }
        }
    }

    /** The due date after accepted extensions; none for standing work (持续推进). */
    private LocalDate due(long taskId, Long milestoneId, LocalDate planned, TaskStatus status) throws SQLException {
        if (status == TaskStatus.ONGOING) {
            return null;
        }
        String extended = Sql.string(c, "SELECT r.new_due FROM extension_request r JOIN extension_decision d "
                + "ON d.request_id = r.id WHERE d.accepted = 1 AND r.task_id = ? AND r.milestone_id IS NOT DISTINCT FROM ? "
                + "ORDER BY d.decided_on DESC, d.id DESC LIMIT 1", taskId, milestoneId);
        return extended == null ? planned : LocalDate.parse(extended);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
