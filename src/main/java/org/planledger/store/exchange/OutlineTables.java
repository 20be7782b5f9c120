package org.planledger.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.planledger.store.Sql;

/**
 * The manager's part of a department package: the plan outline of the department's tasks, the
 * departments named on them, the division of work and the settings, copied row by row with the
 * master's ids. The columns are listed here, not read from the schema: they are the package format.
 */
final class OutlineTables {

    /**
     * A table, its key columns, its copied columns, and which rows a department's package holds;
     * {@code keptHere}: columns the department ledger may have filled itself and a package's empty
     * value does not clear (its 签收 not yet reported, the answer its own entry linked).
     */
    record Table(String name, List<String> key, List<String> columns, String scope, List<String> keptHere) {

        Table(String name, List<String> key, List<String> columns, String scope) {
            this(name, key, columns, scope, List.of());
        }
    }

    /** The 督办单 and 催办 addressed to the department (a 通报 goes to no one in particular). */
    private static final String NOTICES = "department_id = ?1 AND kind IN ('SUPERVISION', 'REMINDER')";

    private static final String TASKS = "SELECT id FROM exchange_tasks";

    private static final String PLANS = "SELECT plan_id FROM task WHERE id IN (" + TASKS + ")";
    static final String EVALUATION = "evaluation";
    /** The outcomes of the items the department leads, copied without the master's ids (see {@link EvaluationCopy}). */
    static final String OUTCOMES = "evaluation_outcome";
    /** Whether a plan is closed: taken last and put back after every other table, its triggers refusing writes to it. */
    static final String CLOSURE = "plan_closure";

    /** In the order a ledger can take them in: every row after the rows it refers to. */
    static final List<Table> TABLES = List.of(
            new Table("department", List.of("id"), List.of("id", "name", "short_name", "kind", "verified", "retired",
                    "aliases", "note", "code"),
                    "id = ?1 OR id IN (SELECT department_id FROM task_assignment WHERE task_id IN (" + TASKS + ")) "
                            + "OR id IN (SELECT l.department_id FROM milestone_lead l JOIN milestone m ON m.id = l.milestone_id "
                            + "WHERE m.task_id IN (" + TASKS + "))"),
            new Table("liaison", List.of("department_id"), List.of("department_id", "name", "phone", "email", "deputy_name",
                    "deputy_phone", "updated_at"), "department_id = ?1"),
            new Table("plan", List.of("id"), List.of("id", "title", "document_number", "start_year", "end_year",
                    "source_name", "indicator_note", "imported_at", "updated_at"),
                    "id IN (SELECT plan_id FROM task WHERE id IN (" + TASKS + ")) "
                            + "OR id IN (SELECT plan_id FROM indicator WHERE id IN (SELECT id FROM exchange_indicators))"),
            new Table("chapter", List.of("id"), List.of("id", "plan_id", "number", "title", "preamble", "context", "withdrawn"),
                    "id IN (SELECT s.chapter_id FROM section s JOIN task t ON t.section_id = s.id WHERE t.id IN (" + TASKS + "))"),
            new Table("section", List.of("id"), List.of("id", "chapter_id", "number", "title", "preamble", "withdrawn"),
                    "id IN (SELECT section_id FROM task WHERE id IN (" + TASKS + "))"),
            new Table("task", List.of("id"), List.of("id", "plan_id", "section_id", "code", "ordinal", "title", "body",
                    "named_after_section", "withdrawn"), "id IN (" + TASKS + ")"),
            new Table("measure", List.of("id"), List.of("id", "task_id", "ordinal", "text"), "task_id IN (" + TASKS + ")"),
            new Table("milestone", List.of("id"), List.of("id", "task_id", "ordinal", "text", "year", "due_date",
                    "target_text", "target_comparison", "target_value", "target_unit", "withdrawn"),
                    "task_id IN (" + TASKS + ")"),
            new Table("indicator", List.of("id"), List.of("id", "plan_id", "number", "group_name", "name", "unit",
                    "baseline", "target", "attribute", "footnoted", "target_from_merged_cell"),
                    "id IN (SELECT id FROM exchange_indicators)"),
            new Table("indicator_profile", List.of("indicator_id"), List.of("indicator_id", "direction", "department_id",
                    "updated_at"), "indicator_id IN (SELECT id FROM exchange_indicators)"),
            new Table("task_division", List.of("task_id"), List.of("task_id", "territorial", "state", "reasons", "updated_at"),
                    "task_id IN (" + TASKS + ")"),
            new Table("task_assignment", List.of("task_id", "department_id"), List.of("task_id", "department_id", "role",
                    "ordinal"), "task_id IN (" + TASKS + ")"),
            new Table("milestone_lead", List.of("milestone_id"), List.of("milestone_id", "department_id"),
                    "milestone_id IN (SELECT id FROM milestone WHERE task_id IN (" + TASKS + "))"),
            new Table("ledger_setting", List.of("key"), List.of("key", "value"), "1 = 1"),
            // the register's documents to the department, for its 签收 (the answer's entry id is the ledger's own)
            new Table("notice", List.of("id"), List.of("id", "number", "prefix", "year", "serial", "kind", "colour",
                    "department_id", "refers_to_id", "issued_on", "feedback_due", "signed_on", "feedback_on", "closed_on",
                    "recorded_at"), NOTICES, List.of("signed_on", "feedback_on")),
            new Table("notice_item", List.of("id"), List.of("id", "notice_id", "task_id", "milestone_id", "light", "reason"),
                    "notice_id IN (SELECT id FROM notice WHERE " + NOTICES + ") AND task_id IN (" + TASKS + ")"),
            // the plan's evaluations (the one under way, and the confirmed one that closed it)
            new Table(EVALUATION, List.of("id"), List.of("id", "plan_id", "kind", "as_of", "started_at", "state", "confirmed_at"),
                    "plan_id IN (" + PLANS + ")"));


    private final Connection c;

    OutlineTables(Connection c) {
        this.c = c;
    }

    /** The department's rows of every table, as column → value maps, table by table. */
    Map<String, List<Map<String, Object>>> read(long departmentId) throws SQLException {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Table t : TABLES) {
            List<Map<String, Object>> rows = new ArrayList<>();
            String sql = "SELECT " + String.join(", ", t.columns()) + " FROM " + t.name()
                    + " WHERE " + t.scope() + " ORDER BY " + String.join(", ", t.key());
            try (PreparedStatement ps = t.scope().contains("?1") ? Sql.prepare(c, sql, departmentId) : c.prepareStatement(sql)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 0; i < t.columns().size(); i++) {
                            row.put(t.columns().get(i), rs.getObject(i + 1));
                        }
                        rows.add(row);
                    }
                }
            }
            out.put(t.name(), rows);
        }
        EvaluationCopy evaluations = new EvaluationCopy(c);
        out.put(OUTCOMES, evaluations.outcomes(departmentId, PLANS));
        out.put(CLOSURE, evaluations.closures(PLANS));
        return out;
    }

    /**
     * Brings the department ledger's copy up to the package: rows are inserted or updated in
     * place (never replaced, which would cascade to the records under them); the division of
     * work is rewritten; what the package no longer holds is removed where nothing unreported
     * hangs on it.
     */
    void write(Map<String, List<Map<String, Object>>> tables, String unreported) throws SQLException {
        Sql.update(c, "DELETE FROM milestone_lead");
        Sql.update(c, "DELETE FROM task_assignment");
        for (Table t : TABLES) {
            List<Map<String, Object>> rows = tables.getOrDefault(t.name(), List.of());
            String update = t.columns().stream().filter(col -> !t.key().contains(col))
                    .map(col -> t.keptHere().contains(col) ? col + " = coalesce(excluded." + col + ", " + t.name() + "." + col + ")"
                            : col + " = excluded." + col).collect(Collectors.joining(", "));
            String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", t.columns()) + ") VALUES ("
                    + t.columns().stream().map(col -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                    + String.join(", ", t.key()) + ") DO " + (update.isEmpty() ? "NOTHING" : "UPDATE SET " + update);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Map<String, Object> row : rows) {
                    for (int i = 0; i < t.columns().size(); i++) {
                        ps.setObject(i + 1, row.get(t.columns().get(i)));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        removeStale(tables, unreported);
        Sql.update(c, "DELETE FROM evaluation WHERE id NOT IN " + keep(tables, EVALUATION));
        EvaluationCopy evaluations = new EvaluationCopy(c);
        evaluations.writeOutcomes(tables.getOrDefault(OUTCOMES, List.of()));
    }

    private void removeStale(Map<String, List<Map<String, Object>>> tables, String unreported) throws SQLException {
        // the ids to keep go into temp tables: a city-scale package holds too many for one SQL text
        String tasks = keep(tables, "task");
        String milestones = keep(tables, "milestone");
        String indicators = keep(tables, "indicator");
        String notices = keep(tables, "notice");
        Sql.update(c, "DELETE FROM notice_item WHERE notice_id NOT IN " + notices + " OR id NOT IN " + keep(tables, "notice_item"));
        Sql.update(c, "DELETE FROM notice WHERE id NOT IN " + notices + " AND refers_to_id IS NOT NULL");
        Sql.update(c, "DELETE FROM notice WHERE id NOT IN " + notices);
        Sql.update(c, "DELETE FROM measure WHERE id NOT IN " + keep(tables, "measure"));
        Sql.update(c, "DELETE FROM milestone WHERE id NOT IN " + milestones
                + " AND NOT EXISTS (SELECT 1 FROM progress_entry r WHERE r.milestone_id = milestone.id AND " + unreported + ") "
                + "AND NOT EXISTS (SELECT 1 FROM status_event r WHERE r.milestone_id = milestone.id AND " + unreported + ") "
                + "AND NOT EXISTS (SELECT 1 FROM extension_request r WHERE r.milestone_id = milestone.id AND " + unreported + ")");
        Sql.update(c, "DELETE FROM task WHERE id NOT IN " + tasks
                + " AND NOT EXISTS (SELECT 1 FROM progress_entry r WHERE r.task_id = task.id AND " + unreported + ") "
                + "AND NOT EXISTS (SELECT 1 FROM status_event r WHERE r.task_id = task.id AND " + unreported + ") "
                + "AND NOT EXISTS (SELECT 1 FROM extension_request r WHERE r.task_id = task.id AND " + unreported + ")");
        Sql.update(c, "DELETE FROM indicator_profile WHERE indicator_id NOT IN " + indicators);
        Sql.update(c, "DELETE FROM indicator WHERE id NOT IN " + indicators
                + " AND NOT EXISTS (SELECT 1 FROM indicator_value r WHERE r.indicator_id = indicator.id AND " + unreported + ")");
        Sql.update(c, "DELETE FROM section WHERE NOT EXISTS (SELECT 1 FROM task WHERE task.section_id = section.id)");
        Sql.update(c, "DELETE FROM chapter WHERE NOT EXISTS (SELECT 1 FROM section WHERE section.chapter_id = chapter.id)");
        Sql.update(c, "DELETE FROM plan WHERE NOT EXISTS (SELECT 1 FROM chapter WHERE chapter.plan_id = plan.id) "
                + "AND NOT EXISTS (SELECT 1 FROM indicator WHERE indicator.plan_id = plan.id)");
    }

    /** Fills the temporary table keep_&lt;table&gt; with the package's ids of that table; returns the subquery naming them. */
    private String keep(Map<String, List<Map<String, Object>>> tables, String table) throws SQLException {
        String temp = "keep_" + table;
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS " + temp + " (id BIGINT PRIMARY KEY)");
        Sql.update(c, "DELETE FROM " + temp);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + temp + " (id) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (Map<String, Object> row : tables.getOrDefault(table, List.of())) {
                ps.setLong(1, ((Number) row.get("id")).longValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return "(SELECT id FROM " + temp + ")";
    }
}
