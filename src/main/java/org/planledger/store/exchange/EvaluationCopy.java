package org.planledger.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.store.Sql;

/**
 * The evaluation part of a department package: the outcomes of the items the department leads
 * (each as it stands on the master: a proposal, a submission or confirmed) and the closure of a
 * closed plan. Outcomes are copied without the master's ids, since the department ledger writes
 * outcomes of its own: the department's word not yet confirmed (a submission it recorded) stays
 * until the manager confirms the item, whose confirmed outcome then replaces it.
 */
final class EvaluationCopy {

    private static final List<String> OUTCOME_COLUMNS = List.of("evaluation_id", "task_id", "milestone_id", "outcome", "done_on",
            "note", "achievements", "shortfall", "evidence", "state", "source", "department_id", "recorded_by", "recorded_at");
    private static final List<String> CLOSURE_COLUMNS = List.of("plan_id", "evaluation_id", "closed_on", "closed_by", "closed_at");

    private final Connection c;

    EvaluationCopy(Connection c) {
        this.c = c;
    }

    /** Master: the outcomes of the items the department leads (a milestone's own lead, else the task's lead unit). */
    List<Map<String, Object>> outcomes(long departmentId, String plans) throws SQLException {
        return rows("SELECT " + prefixed("o", OUTCOME_COLUMNS) + " FROM evaluation_outcome o JOIN evaluation e ON e.id = o.evaluation_id "
                + "WHERE e.plan_id IN (" + plans + ") AND ((o.milestone_id IS NULL AND EXISTS (SELECT 1 FROM task_assignment a "
                + "WHERE a.task_id = o.task_id AND a.role = 'LEAD' AND a.department_id = ?1)) OR (o.milestone_id IS NOT NULL AND "
                + "coalesce((SELECT l.department_id FROM milestone_lead l WHERE l.milestone_id = o.milestone_id), (SELECT a.department_id "
                + "FROM task_assignment a WHERE a.task_id = o.task_id AND a.role = 'LEAD')) = ?1)) ORDER BY o.id", OUTCOME_COLUMNS, departmentId);
    }

    /** Master: the closures of the department's plans. */
    List<Map<String, Object>> closures(String plans) throws SQLException {
        return rows("SELECT " + String.join(", ", CLOSURE_COLUMNS) + " FROM plan_closure WHERE plan_id IN (" + plans + ") ORDER BY plan_id",
                CLOSURE_COLUMNS, null);
    }

    /**
     * Department: its outcomes brought up to the package's. Its own submission (recorded here,
     * carried by its reports) is kept over anything but the manager's confirmed outcome.
     */
    void writeOutcomes(List<Map<String, Object>> rows) throws SQLException {
        Map<String, Long> own = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, evaluation_id, task_id, milestone_id FROM evaluation_outcome "
                + "WHERE state = 'SUBMITTED' AND source = 'DEPARTMENT_REPORT'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                own.put(key(rs.getObject(2), rs.getObject(3), rs.getObject(4)), rs.getLong(1));
            }
        }
        List<Long> keep = new ArrayList<>();
        List<Map<String, Object>> taken = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Long mine = own.get(key(row.get("evaluation_id"), row.get("task_id"), row.get("milestone_id")));
            if (mine != null && !"CONFIRMED".equals(row.get("state"))) {
                keep.add(mine);
            } else {
                taken.add(row);
            }
        }
        for (Map<String, Object> row : rows) {
            // an item the master says nothing of yet keeps the department's submission too
            own.remove(key(row.get("evaluation_id"), row.get("task_id"), row.get("milestone_id")));
        }
        keep.addAll(own.values());
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS keep_outcome (id BIGINT PRIMARY KEY)");
        Sql.update(c, "DELETE FROM keep_outcome");
        for (Long id : keep) {
            Sql.update(c, "INSERT INTO keep_outcome (id) VALUES (?)", id);
        }
        Sql.update(c, "DELETE FROM evaluation_outcome WHERE id NOT IN (SELECT id FROM keep_outcome)");
        insert("evaluation_outcome", OUTCOME_COLUMNS, taken);
    }

    /** Department: the package's closures, put back last. */
    void writeClosures(List<Map<String, Object>> rows) throws SQLException {
        insert("plan_closure", CLOSURE_COLUMNS, rows);
    }

    private void insert(String table, List<String> columns, List<Map<String, Object>> rows) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, row.get(columns.get(i)));
                }
                ps.addBatch();
            }
            if (!rows.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    private List<Map<String, Object>> rows(String sql, List<String> columns, Long departmentId) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = departmentId == null ? c.prepareStatement(sql) : Sql.prepare(c, sql, departmentId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), rs.getObject(i + 1));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String prefixed(String alias, List<String> columns) {
        return String.join(", ", columns.stream().map(x -> alias + "." + x).toList());
    }

    private static String key(Object evaluation, Object task, Object milestone) {
        return number(evaluation) + "/" + number(task) + "/" + (milestone == null ? "" : number(milestone));
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
