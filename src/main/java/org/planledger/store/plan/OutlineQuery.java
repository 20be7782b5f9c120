package org.planledger.store.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.TaskStatus;

/** Reads a plan's outline and a task's detail: a handful of queries, not one per row. */
final class OutlineQuery {

    private final Connection c;

    OutlineQuery(Connection c) {
        this.c = c;
    }

    Outline outline(long planId) throws SQLException {
        String title = "";
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM plan WHERE id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    title = rs.getString(1);
                }
            }
        }
        Map<Long, List<TaskRef>> tasksBySection = tasksBySection(planId);
        Map<Long, List<Outline.Section>> sectionsByChapter = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.chapter_id, s.number, s.title FROM section s "
                + "JOIN chapter ch ON ch.id = s.chapter_id WHERE ch.plan_id = ? AND s.withdrawn = 0 "
                + "ORDER BY ch.number, s.number")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    sectionsByChapter.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Outline.Section(
                            id, rs.getInt(3), rs.getString(4), tasksBySection.getOrDefault(id, List.of())));
                }
            }
        }
        List<Outline.Chapter> chapters = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, number, title, context FROM chapter "
                + "WHERE plan_id = ? AND withdrawn = 0 ORDER BY number")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    chapters.add(new Outline.Chapter(id, rs.getInt(2), rs.getString(3), rs.getInt(4) == 1,
                            sectionsByChapter.getOrDefault(id, List.of())));
                }
            }
        }
        return new Outline(planId, title, chapters);
    }

    private Map<Long, List<TaskRef>> tasksBySection(long planId) throws SQLException {
        Map<Long, List<TaskRef>> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.section_id, t.code, t.title, t.status, "
                + "t.withdrawn, (SELECT count(*) FROM milestone m WHERE m.task_id = t.id AND m.withdrawn = 0) "
                + "FROM task t WHERE t.plan_id = ? ORDER BY t.section_id, t.withdrawn, t.ordinal")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new TaskRef(rs.getLong(1),
                            rs.getString(3), rs.getString(4), TaskStatus.valueOf(rs.getString(5)), rs.getInt(7),
                            rs.getInt(6) == 1));
                }
            }
        }
        return result;
    }

    TaskDetail task(long taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.code, t.title, t.status, t.withdrawn, "
                + "t.plan_id, ch.title, ch.number, s.title, s.number, t.body, t.named_after_section "
                + "FROM task t JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id "
                + "WHERE t.id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<TaskDetail.MilestoneRow> milestones = milestones(taskId);
                TaskRef ref = new TaskRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                        TaskStatus.valueOf(rs.getString(4)), milestones.size(), rs.getInt(5) == 1);
                return new TaskDetail(ref, rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                        rs.getInt(10), rs.getString(11), rs.getInt(12) == 1, measures(taskId), milestones);
            }
        }
    }

    private List<String> measures(long taskId) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM measure WHERE task_id = ? ORDER BY ordinal")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    private List<TaskDetail.MilestoneRow> milestones(long taskId) throws SQLException {
        List<TaskDetail.MilestoneRow> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM milestone WHERE task_id = ? AND withdrawn = 0 "
                + "ORDER BY ordinal")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(PlanStore.milestone(rs));
                }
            }
        }
        return result;
    }
}
