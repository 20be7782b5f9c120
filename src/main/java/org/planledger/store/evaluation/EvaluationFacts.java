package org.planledger.store.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;

/**
 * What the evaluation's documents (填报表, 终期评估报告, the tables) need of the plan besides the
 * outcomes: its period, its chapters, each task's chapter and lead unit, the departments' names and
 * each task's latest progress entry (the words 主要成效 is compiled from when a department wrote none).
 * Reads only.
 */
public final class EvaluationFacts {

    /** The evaluated plan: its title and period. */
    public record Plan(long id, String title, int startYear, int endYear) {
    }

    /** A live chapter of the plan, by number. */
    public record Chapter(int number, String title) {
    }

    /** Where a task sits and who leads it (null when no lead is assigned). */
    public record TaskPlace(long taskId, String code, int chapterNumber, String leadName) {
    }

    private final Ledger ledger;

    public EvaluationFacts(Ledger ledger) {
        this.ledger = ledger;
    }

    public Plan plan(long planId) {
        return ledger.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, title, start_year, end_year FROM plan WHERE id = ?", planId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new org.planledger.store.StoreException(
                            org.planledger.i18n.Text.of("evaluation.error.noSuchPlan", planId));
                }
                return new Plan(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
            }
        });
    }

    /** The plan's chapters that hold tasks (the preamble-only ones are left out), by number. */
    public List<Chapter> chapters(long planId) {
        return ledger.read(c -> {
            List<Chapter> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT ch.number, ch.title FROM chapter ch WHERE ch.plan_id = ? "
                    + "AND ch.withdrawn = 0 AND EXISTS (SELECT 1 FROM section s JOIN task t ON t.section_id = s.id "
                    + "WHERE s.chapter_id = ch.id AND t.withdrawn = 0) ORDER BY ch.number", planId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Chapter(rs.getInt(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** Every live task of the plan by id: its chapter and lead unit. */
    public Map<Long, TaskPlace> places(long planId) {
        return ledger.read(c -> {
            Map<Long, TaskPlace> out = new LinkedHashMap<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT t.id, t.code, ch.number, d.name FROM task t "
                    + "JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id "
                    + "LEFT JOIN task_assignment a ON a.task_id = t.id AND a.role = 'LEAD' "
                    + "LEFT JOIN department d ON d.id = a.department_id "
                    + "WHERE t.plan_id = ? AND t.withdrawn = 0 ORDER BY ch.number, s.number, t.ordinal, t.id", planId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new TaskPlace(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** Every department's name by id. */
    public Map<Long, String> departmentNames() {
        return ledger.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM department"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The words of each task's latest progress entry on the task itself (not a milestone), written
     * on or before {@code asOf}, by task id; superseded entries are passed over.
     */
    public Map<Long, String> latestProgress(long planId, java.time.LocalDate asOf) {
        return ledger.read(c -> latestProgress(c, planId, asOf.toString()));
    }

    private static Map<Long, String> latestProgress(Connection c, long planId, String asOf) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT e.task_id, e.progress FROM progress_entry e JOIN task t ON t.id = e.task_id "
                + "WHERE t.plan_id = ?1 AND e.milestone_id IS NULL AND e.written_on <= ?2 "
                + "AND NOT EXISTS (SELECT 1 FROM progress_entry n WHERE n.supersedes_id = e.id) "
                + "ORDER BY e.task_id, e.written_on, e.id", planId, asOf); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2)); // the last one of each task wins
            }
        }
        return out;
    }
}
