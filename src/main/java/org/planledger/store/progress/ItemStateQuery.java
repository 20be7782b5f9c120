package org.planledger.store.progress;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
    // item queries return only what differs per row.
    private static final String TASKS = "SELECT t.id, NULL, t.plan_id, t.code, t.title, s.chapter_id, NULL, "
            + "lead.department_id FROM task t JOIN section s ON s.id = t.section_id "
            + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' "
            + "WHERE t.withdrawn = 0";
    private static final String MILESTONES = "SELECT t.id, m.id, t.plan_id, t.code, m.text, s.chapter_id, m.due_date, "
            + "COALESCE(ml.department_id, lead.department_id) "
            + "FROM milestone m JOIN task t ON t.id = m.task_id JOIN section s ON s.id = t.section_id "
            + "LEFT JOIN milestone_lead ml ON ml.milestone_id = m.id "
            + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' "
            + "WHERE t.withdrawn = 0 AND m.withdrawn = 0";

    private final Connection c;

    public ItemStateQuery(Connection c) {
        this.c = c;
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
        entries(scope, day, percents, lastWritten);
        Set<Long> reported = reported(scope, day, reportPeriod);
        Map<Key, LocalDate> extended = extensions(scope, day);
        Map<Key, Override> overrides = overrides(scope, day);
        Map<Long, Chapter> chapters = chapters(where);
        Map<Long, int[]> plans = plans();
        Map<Long, String> departments = departments();

        List<ItemState> items = new ArrayList<>();
        for (String sql : List.of(TASKS + where + " ORDER BY t.plan_id, t.id",
                MILESTONES + where + " ORDER BY t.plan_id, t.id, m.ordinal")) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long task = rs.getLong(1);
                    long milestone = rs.getLong(2);
                    boolean isMilestone = !rs.wasNull();
                    Key key = new Key(task, isMilestone ? milestone : 0);
                    int[] years = plans.get(rs.getLong(3));
                    Chapter chapter = chapters.get(rs.getLong(6));
                    LocalDate start = LocalDate.of(years[0], 1, 1);
                    LocalDate planned = isMilestone ? day(rs.getString(7)) : LocalDate.of(years[1], 12, 31);
                    Status st = statuses.getOrDefault(key, Status.NONE);
                    LocalDate due = st.status == TaskStatus.ONGOING ? null : extended.getOrDefault(key, planned);
                    if (st.status == TaskStatus.ONGOING) {
                        planned = null;
                    }
                    Percent pc = percents.get(key);
                    Override ov = overrides.get(key);
                    long lead = rs.getLong(8);
                    Long leadId = rs.wasNull() ? null : lead;
                    items.add(new ItemState(isMilestone ? ItemKey.milestone(task, milestone) : ItemKey.task(task),
                            rs.getLong(3), rs.getString(4), rs.getString(5), chapter.number, chapter.title,
                            leadId, leadId == null ? null : departments.get(leadId), start, planned, due, st.status,
                            st.since, st.reason, pc == null ? null : pc.percent, lastWritten.get(task),
                            reported.contains(task), ov == null ? null : ov.light, ov == null ? null : ov.reason,
                            ov == null ? null : ov.on));
                }
            }
        }
        return items;
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

    private Map<Key, Status> statuses(String scope, String day) throws SQLException {
        Map<Key, Status> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, COALESCE(milestone_id, 0), status, effective_on, "
                + "reason FROM status_event WHERE effective_on <= ?" + scope + " ORDER BY effective_on, id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(new Key(rs.getLong(1), rs.getLong(2)), new Status(TaskStatus.valueOf(rs.getString(3)),
                            day(rs.getString(4)), rs.getString(5)));
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
                + "(SELECT e.percent FROM progress_entry e WHERE e.task_id = g.task_id AND e.milestone_id IS NOT DISTINCT FROM g.milestone_id "
                + "AND e.written_on <= ?1 AND e.percent IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id AND s.written_on <= ?1) "
                + "ORDER BY e.written_on DESC, e.id DESC LIMIT 1) "
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

    private record Status(TaskStatus status, LocalDate since, String reason) {
        static final Status NONE = new Status(TaskStatus.NOT_STARTED, null, "");
    }

    private record Percent(int percent) {
    }

    private record Chapter(int number, String title) {
    }

    private record Override(Light light, String reason, LocalDate on) {
    }
}
