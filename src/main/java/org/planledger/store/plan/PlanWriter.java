package org.planledger.store.plan;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.Chapter;
import org.planledger.model.Indicator;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Section;
import org.planledger.model.Task;

/**
 * Writes an imported plan. A plan already in the ledger (same title) is a revised edition:
 * it is updated in place, tasks matched by code and title keep what was recorded against
 * them (and count as updated only when their content changed), and tasks that disappeared
 * are marked withdrawn, never deleted.
 */
public final class PlanWriter {

    private final Connection c;
    private final String now;
    private int added;
    private int updated;

    public PlanWriter(Connection c, String now) {
        this.c = c;
        this.now = now;
    }

    public ImportResult write(Plan plan, String sourceName) throws SQLException {
        Long existing = Sql.longOrNull(c, "SELECT id FROM plan WHERE title = ?", plan.title());
        long planId = existing == null ? insertPlan(plan, sourceName) : updatePlan(existing, plan, sourceName);
        TaskMatcher matcher = new TaskMatcher(existingTasks(planId));
        Long[] continued = matcher.matchAll(plan.tasks());
        int next = 0;
        Sql.update(c, "UPDATE chapter SET withdrawn = 1 WHERE plan_id = ?", planId);
        for (Chapter chapter : plan.chapters()) {
            long chapterId = upsertChapter(planId, chapter);
            for (Section section : chapter.sections()) {
                long sectionId = upsertSection(chapterId, section);
                int ordinal = 0;
                for (Task task : section.tasks()) {
                    writeTask(planId, sectionId, ++ordinal, task, continued[next++]);
                }
            }
        }
        int withdrawn = 0;
        for (long stale : matcher.unmatched()) {
            withdrawn += Sql.update(c, "UPDATE task SET withdrawn = 1 WHERE id = ? AND withdrawn = 0", stale);
        }
        for (Indicator indicator : plan.indicators()) {
            upsertIndicator(planId, indicator);
        }
        return new ImportResult(planId, existing == null, added, updated, withdrawn);
    }

    private long insertPlan(Plan p, String sourceName) throws SQLException {
        return Sql.insert(c, "INSERT INTO plan (title, document_number, start_year, end_year, source_name, "
                        + "indicator_note, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                p.title(), p.documentNumber(), p.startYear(), p.endYear(), sourceName, p.indicatorNote(), now, now);
    }

    private long updatePlan(long id, Plan p, String sourceName) throws SQLException {
        Sql.update(c, "UPDATE plan SET document_number = ?, start_year = ?, end_year = ?, source_name = ?, "
                        + "indicator_note = ?, updated_at = ? WHERE id = ?",
                p.documentNumber(), p.startYear(), p.endYear(), sourceName, p.indicatorNote(), now, id);
        return id;
    }

    private long upsertChapter(long planId, Chapter ch) throws SQLException {
        Long id = Sql.longOrNull(c, "SELECT id FROM chapter WHERE plan_id = ? AND number = ?", planId, ch.number());
        if (id == null) {
            return Sql.insert(c, "INSERT INTO chapter (plan_id, number, title, preamble, context) VALUES (?, ?, ?, ?, ?)",
                    planId, ch.number(), ch.title(), ch.preamble(), ch.context());
        }
        Sql.update(c, "UPDATE chapter SET title = ?, preamble = ?, context = ?, withdrawn = 0 WHERE id = ?",
                ch.title(), ch.preamble(), ch.context(), id);
        Sql.update(c, "UPDATE section SET withdrawn = 1 WHERE chapter_id = ?", id);
        return id;
    }

    private long upsertSection(long chapterId, Section s) throws SQLException {
        Long id = Sql.longOrNull(c, "SELECT id FROM section WHERE chapter_id = ? AND number = ?", chapterId, s.number());
        if (id == null) {
            return Sql.insert(c, "INSERT INTO section (chapter_id, number, title, preamble) VALUES (?, ?, ?, ?)",
                    chapterId, s.number(), s.title(), s.preamble());
        }
        Sql.update(c, "UPDATE section SET title = ?, preamble = ?, withdrawn = 0 WHERE id = ?", s.title(), s.preamble(), id);
        return id;
    }

    private void writeTask(long planId, long sectionId, int ordinal, Task t, Long existingId) throws SQLException {
        long taskId;
        if (existingId == null) {
            taskId = Sql.insert(c, "INSERT INTO task (plan_id, section_id, code, ordinal, title, body, named_after_section) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", planId, sectionId, t.code(), ordinal, t.title(), t.text(), t.namedAfterSection());
            added++;
        } else {
            taskId = existingId;
            // a task is updated only when something the document says of it differs: the same
            // edition imported again reports 0 updated and writes nothing
            if (storedContent(taskId).equals(content(sectionId, ordinal, t))) {
                return;
            }
            Sql.update(c, "UPDATE task SET section_id = ?, code = ?, ordinal = ?, title = ?, body = ?, "
                            + "named_after_section = ?, withdrawn = 0 WHERE id = ?",
                    sectionId, t.code(), ordinal, t.title(), t.text(), t.namedAfterSection(), taskId);
            updated++;
        }
        Sql.update(c, "DELETE FROM measure WHERE task_id = ?", taskId);
        int m = 0;
        for (String measure : t.measures()) {
            Sql.insert(c, "INSERT INTO measure (task_id, ordinal, text) VALUES (?, ?, ?)", taskId, ++m, measure);
        }
        writeMilestones(taskId, t.milestones());
    }

    /** What the document says of a task, as the ledger stores it: place, words, measures, milestones. */
    private record TaskContent(long sectionId, String code, int ordinal, String title, String body,
                               boolean namedAfterSection, boolean withdrawn, List<String> measures,
                               List<List<String>> milestones) {
    }

    private static TaskContent content(long sectionId, int ordinal, Task t) {
        List<List<String>> milestones = new ArrayList<>();
        for (Milestone ms : t.milestones()) {
            milestones.add(milestoneColumns(ms));
        }
        return new TaskContent(sectionId, t.code(), ordinal, t.title(), t.text(), t.namedAfterSection(), false,
                List.copyOf(t.measures()), milestones);
    }

    private TaskContent storedContent(long taskId) throws SQLException {
        TaskContent task;
        try (PreparedStatement ps = c.prepareStatement("SELECT section_id, code, ordinal, title, body, "
                + "named_after_section, withdrawn FROM task WHERE id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                task = new TaskContent(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), rs.getBoolean(7), List.of(), List.of());
            }
        }
        List<String> measures = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM measure WHERE task_id = ? ORDER BY ordinal")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    measures.add(rs.getString(1));
                }
            }
        }
        List<List<String>> milestones = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text, year, due_date, target_text, target_comparison, "
                + "target_value, target_unit FROM milestone WHERE task_id = ? AND withdrawn = 0 ORDER BY ordinal")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    milestones.add(Arrays.asList(rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return new TaskContent(task.sectionId(), task.code(), task.ordinal(), task.title(), task.body(),
                task.namedAfterSection(), task.withdrawn(), measures, milestones);
    }

    /** A milestone's columns as written: text, year, due date, then the target's text, comparison, value, unit. */
    private static List<String> milestoneColumns(Milestone ms) {
        var t = ms.target();
        return Arrays.asList(ms.text(), String.valueOf(ms.year()), ms.dueDate().toString(),
                t == null ? null : t.text(), t == null ? null : t.comparison().name(),
                t == null ? null : t.value().toPlainString(), t == null ? null : t.unit());
    }

    /** Milestones keep their identity by text, so what is recorded against them survives a revision. */
    private void writeMilestones(long taskId, List<Milestone> milestones) throws SQLException {
        Map<String, Long> byText = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM milestone WHERE task_id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byText.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        Sql.update(c, "UPDATE milestone SET withdrawn = 1 WHERE task_id = ?", taskId);
        int ordinal = 0;
        for (Milestone ms : milestones) {
            ordinal++;
            List<String> columns = milestoneColumns(ms);
            Object[] target = columns.subList(3, 7).toArray();
            Long id = byText.remove(ms.text());
            if (id == null) {
                Sql.insert(c, "INSERT INTO milestone (task_id, ordinal, text, year, due_date, target_text, "
                                + "target_comparison, target_value, target_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        taskId, ordinal, ms.text(), ms.year(), ms.dueDate().toString(),
                        target[0], target[1], target[2], target[3]);
            } else {
                Sql.update(c, "UPDATE milestone SET ordinal = ?, year = ?, due_date = ?, target_text = ?, "
                                + "target_comparison = ?, target_value = ?, target_unit = ?, withdrawn = 0 WHERE id = ?",
                        ordinal, ms.year(), ms.dueDate().toString(), target[0], target[1], target[2], target[3], id);
            }
        }
    }

    private void upsertIndicator(long planId, Indicator i) throws SQLException {
        String attribute = i.attribute() == null ? null : i.attribute().name();
        Sql.update(c, "INSERT INTO indicator (plan_id, number, group_name, name, unit, baseline, target, attribute, "
                        + "footnoted, target_from_merged_cell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (plan_id, number) DO UPDATE SET group_name = excluded.group_name, "
                        + "name = excluded.name, unit = excluded.unit, baseline = excluded.baseline, "
                        + "target = excluded.target, attribute = excluded.attribute, footnoted = excluded.footnoted, "
                        + "target_from_merged_cell = excluded.target_from_merged_cell",
                planId, i.number(), i.group(), i.name(), i.unit(), i.baseline(), i.target(), attribute,
                i.footnoted(), i.targetFromMergedCell());
    }

    private List<TaskMatcher.Existing> existingTasks(long planId) throws SQLException {
        List<TaskMatcher.Existing> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, title FROM task WHERE plan_id = ? ORDER BY id")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new TaskMatcher.Existing(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return result;
    }
}
