package org.planledger.store.progress;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemState;

/**
 * Every live task and milestone of a plan (or of the ledger) as it stood on a date, built from
 * the dated rows only: status events, entries, accepted extensions and overrides on or before it.
 */
public final class ItemStateQuery {

    // Chapters, plans and department names are read once (few rows) and joined in memory: the
    // item queries return only what differs per row. Columns 9–11: the milestone's place in its
    // task, the item's latest valid percent and its task's last entry day, both from item_progress
    // (null when the entries are read instead). No ORDER BY: the rows are put in order here, which
    // spares the database a sort of every title (PostgreSQL spills one that size to disk).
    private static final String TASKS = "SELECT t.id, NULL, t.plan_id, t.code, t.title, s.chapter_id, NULL, "
            + "lead.department_id, 0, %s FROM task t JOIN section s ON s.id = t.section_id "
            + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' %s"
            + "WHERE t.withdrawn = 0";
    private static final String MILESTONES = "SELECT t.id, m.id, t.plan_id, t.code, m.text, s.chapter_id, m.due_date, "
            + "COALESCE(ml.department_id, lead.department_id), m.ordinal, %s "
            + "FROM milestone m JOIN task t ON t.id = m.task_id JOIN section s ON s.id = t.section_id "
            + "LEFT JOIN milestone_lead ml ON ml.milestone_id = m.id "
            + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' %s"
            + "WHERE t.withdrawn = 0 AND m.withdrawn = 0";
    private static final String FROM_ENTRIES = "NULL, NULL";
    private static final String FROM_ITEM_PROGRESS = "ip.percent, tp.last_written_on";
    private static final String TASK_PROGRESS = "LEFT JOIN item_progress tp ON tp.task_id = t.id AND tp.milestone_id IS NULL ";
    private static final String MILESTONE_PROGRESS = "LEFT JOIN item_progress ip ON ip.milestone_id = m.id "
            + "AND ip.milestone_id IS NOT NULL " + TASK_PROGRESS;
    private static final Comparator<Row> IN_PLAN_ORDER = Comparator.comparingLong(Row::plan).thenComparingLong(Row::task)
            .thenComparingInt(Row::ordinal);

    private final Connection c;
    private final boolean mayReadItemProgress;

    public ItemStateQuery(Connection c) {
        this(c, true);
    }

    /** With false, every item's progress is read from the entries, as for a day before the last entry. */
    ItemStateQuery(Connection c, boolean mayReadItemProgress) {
        this.c = c;
        this.mayReadItemProgress = mayReadItemProgress;
    }

    /** planId 0: all plans; taskId 0: all tasks; reportPeriod: the last closed reporting period. */
    public List<ItemState> items(long planId, long taskId, LocalDate asOf, ReportingPeriod reportPeriod) throws SQLException {
        String where = (planId == 0 ? "" : " AND t.plan_id = " + planId) + (taskId == 0 ? "" : " AND t.id = " + taskId);
        String scope = planId == 0 && taskId == 0 ? ""
                : " AND task_id IN (SELECT t.id FROM task t WHERE 1 = 1" + where + ")";
        String day = asOf.toString();
        Map<Key, Status> statuses = statuses(scope, day);
        Map<Key, Percent> percents = new HashMap<>();
        Map<Long, LocalDate> lastWritten = new HashMap<>();
        boolean derived = mayReadItemProgress && itemProgressHolds(day);
        if (!derived) {
            entries(scope, day, percents, lastWritten);
        }
        Set<Long> reported = reported(scope, day, reportPeriod);
        Map<Key, LocalDate> extended = extensions(scope, day);
        Map<Key, Override> overrides = overrides(scope, day);
        Map<Long, Chapter> chapters = chapters(where);
        Map<Long, int[]> plans = plans();
        Map<Long, String> departments = departments();
        Map<ItemKey, org.planledger.store.evaluation.EvaluationStore.Final> finals =
                org.planledger.store.evaluation.EvaluationStore.closedOutcomes(c);

        List<ItemState> items = new ArrayList<>();
        for (String sql : derived
                ? List.of(String.format(TASKS, "tp.percent, tp.last_written_on", TASK_PROGRESS) + where,
                        String.format(MILESTONES, FROM_ITEM_PROGRESS, MILESTONE_PROGRESS) + where)
                : List.of(String.format(TASKS, FROM_ENTRIES, "") + where, String.format(MILESTONES, FROM_ENTRIES, "") + where)) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long task = rs.getLong(1);
                    long milestone = rs.getLong(2);
                    boolean isMilestone = !rs.wasNull();
                    Key key = new Key(task, isMilestone ? milestone : 0);
                    long plan = rs.getLong(3);
                    int[] years = plans.get(plan);
                    Chapter chapter = chapters.get(rs.getLong(6));
                    LocalDate start = LocalDate.of(years[0], 1, 1);
                    LocalDate planned = isMilestone ? day(rs.getString(7)) : LocalDate.of(years[1], 12, 31);
                    Status st = statuses.getOrDefault(key, Status.NONE);
                    LocalDate due = st.status == TaskStatus.ONGOING ? null : extended.getOrDefault(key, planned);
                    if (st.status == TaskStatus.ONGOING) {
                        planned = null;
                    }
                    Integer percent;
                    LocalDate written;
                    if (derived) {
                        int p = rs.getInt(10);
                        percent = rs.wasNull() ? null : p;
                        String last = rs.getString(11);
                        written = last == null ? null : day(last);
                    } else {
                        Percent pc = percents.get(key);
                        percent = pc == null ? null : pc.percent;
                        written = lastWritten.get(task);
                    }
                    Override ov = overrides.get(key);
                    ItemKey itemKey = isMilestone ? ItemKey.milestone(task, milestone) : ItemKey.task(task);
                    var fin = finals.isEmpty() ? null : finals.get(itemKey);
                    long lead = rs.getLong(8);
                    Long leadId = rs.wasNull() ? null : lead;
                    rows.add(new Row(plan, task, isMilestone ? rs.getInt(9) : 0, new ItemState(
                            itemKey,
                            plan, rs.getString(4), rs.getString(5), chapter.number, chapter.title,
                            leadId, leadId == null ? null : departments.get(leadId), start, planned, due, st.status,
                            st.since, st.reason, percent, written,
                            reported.contains(task), ov == null ? null : ov.light, ov == null ? null : ov.reason,
                            ov == null ? null : ov.on, fin == null ? null : fin.outcome(), fin == null ? null : fin.doneOn())));
                }
            }
            rows.sort(IN_PLAN_ORDER);
            for (Row row : rows) {
                items.add(row.state);
            }
        }
        return items;
    }

    /**
     * Whether item_progress gives every item's state as of the day: it holds the state after all
     * entries on record, which is the state as of the day when none was written after it.
     */
    private boolean itemProgressHolds(String day) throws SQLException {
        String last = Sql.string(c, "SELECT max(last_written_on) FROM item_progress");
        return last == null || last.compareTo(day) <= 0;
    }

    /** The chapters of the items' sections: number and title by id. */
    private Map<Long, Chapter> chapters(String where) throws SQLException {
        Map<Long, Chapter> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ch.id, ch.number, ch.title FROM chapter ch "
                + "WHERE ch.id IN (SELECT s.chapter_id FROM section s JOIN task t ON t.section_id = s.id WHERE 1 = 1"
                + where + ")");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getLong(1), new Chapter(rs.getInt(2), rs.getString(3)));
            }
        }
        return map;
    }

    /** Each plan's first and last year. */
    private Map<Long, int[]> plans() throws SQLException {
        Map<Long, int[]> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, start_year, end_year FROM plan");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
            }
        }
        return map;
    }

    private Map<Long, String> departments() throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM department");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getLong(1), rs.getString(2));
            }
        }
        return map;
    }

    /** An ISO date as the ledger stores it (2023-12-31), read without a formatter: this runs per row. */
    public static LocalDate day(String iso) {
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return LocalDate.parse(iso);
        }
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                Integer.parseInt(iso, 8, 10, 10));
    }

    /** Each item's latest status event by the day (the latest effective, the last recorded of a day). */
    private Map<Key, Status> statuses(String scope, String day) throws SQLException {
        Map<Key, Status> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, COALESCE(milestone_id, 0), status, effective_on, "
                + "reason, id FROM status_event WHERE effective_on <= ?" + scope)) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Key key = new Key(rs.getLong(1), rs.getLong(2));
                    String on = rs.getString(4);
                    long id = rs.getLong(6);
                    Status known = map.get(key);
                    int order = known == null ? 1 : on.compareTo(known.effective);
                    if (order > 0 || (order == 0 && id > known.id)) {
                        map.put(key, new Status(TaskStatus.valueOf(rs.getString(3)), day(on), rs.getString(5), on, id));
                    }
                }
            }
        }
        return map;
    }

    /**
     * Per item, from the entries written by the date: the percent of its latest entry that gives
     * one and has not been corrected by then (percents), and per task the date of its last entry
     * (lastWritten). One pass over the (task, milestone, written_on, id) index groups the entries
     * by item; for each item the latest valid percent is found by walking that index backwards
     * from the date, which usually stops at the first entry.
     */
    private void entries(String scope, String day, Map<Key, Percent> percents, Map<Long, LocalDate> lastWritten)
            throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT g.task_id, g.milestone_id, g.last, "
                + "CASE WHEN g.milestone_id IS NULL THEN " + latestPercent("e.milestone_id IS NULL")
                + " ELSE " + latestPercent("e.milestone_id = g.milestone_id") + " END "
                + "FROM (SELECT task_id, milestone_id, max(written_on) AS last FROM progress_entry "
                + "WHERE written_on <= ?1" + scope + " GROUP BY task_id, milestone_id) g", day)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long task = rs.getLong(1);
                    long milestone = rs.getLong(2);  // 0 for the task itself (NULL)
                    String last = rs.getString(3);
                    int percent = rs.getInt(4);
                    if (!rs.wasNull()) {
                        percents.put(new Key(task, milestone), new Percent(percent));
                    }
                    LocalDate written = lastWritten.get(task);
                    if (written == null || last.compareTo(written.toString()) > 0) {
                        lastWritten.put(task, day(last));
                    }
                }
            }
        }
    }

    /**
     * The percent of an item's latest entry by ?1 that gives one and was not corrected by then. The
     * milestone is matched in two forms, not by IS NOT DISTINCT FROM, which PostgreSQL cannot look
     * up in the (task, milestone, written_on, id) index.
     */
    private static String latestPercent(String milestoneMatches) {
        return "(SELECT e.percent FROM progress_entry e WHERE e.task_id = g.task_id AND " + milestoneMatches
                + " AND e.written_on <= ?1 AND e.percent IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id AND s.written_on <= ?1) "
                + "ORDER BY e.written_on DESC, e.id DESC LIMIT 1)";
    }

    /**
     * The tasks with an entry covering the period. An entry covers at most a year, so its end
     * lies between the period's start and a year after the period's end: bounding it on both
     * sides lets the (period_end, period_start) index find the few candidates.
     */
    private Set<Long> reported(String scope, String day, ReportingPeriod period) throws SQLException {
        Set<Long> tasks = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id FROM progress_entry "
                + "WHERE period_end >= ? AND period_end <= ? AND period_start <= ? AND written_on <= ?" + scope)) {
            ps.setString(1, period.start().toString());
            ps.setString(2, period.end().plusYears(1).toString());
            ps.setString(3, period.end().toString());
            ps.setString(4, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tasks.add(rs.getLong(1));
                }
            }
        }
        return tasks;
    }

    private Map<Key, LocalDate> extensions(String scope, String day) throws SQLException {
        Map<Key, LocalDate> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.task_id, COALESCE(r.milestone_id, 0), r.new_due "
                + "FROM extension_request r JOIN extension_decision d ON d.request_id = r.id "
                + "WHERE d.accepted = 1 AND d.decided_on <= ?" + scope.replace("task_id", "r.task_id")
                + " ORDER BY d.decided_on, d.id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(new Key(rs.getLong(1), rs.getLong(2)), LocalDate.parse(rs.getString(3)));
                }
            }
        }
        return map;
    }

    private Map<Key, Override> overrides(String scope, String day) throws SQLException {
        Map<Key, Override> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, COALESCE(milestone_id, 0), light, reason, set_on "
                + "FROM light_override WHERE set_on <= ?" + scope + " ORDER BY set_on, id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Key key = new Key(rs.getLong(1), rs.getLong(2));
                    String light = rs.getString(3);
                    if (light == null) {
                        map.remove(key);
                    } else {
                        map.put(key, new Override(Light.valueOf(light), rs.getString(4), LocalDate.parse(rs.getString(5))));
                    }
                }
            }
        }
        return map;
    }

    private record Key(long task, long milestone) {
    }

    private record Status(TaskStatus status, LocalDate since, String reason, String effective, long id) {
        static final Status NONE = new Status(TaskStatus.NOT_STARTED, null, "", "", 0);
    }

    private record Row(long plan, long task, int ordinal, ItemState state) {
    }

    private record Percent(int percent) {
    }

    private record Chapter(int number, String title) {
    }

    private record Override(Light light, String reason, LocalDate on) {
    }
}
