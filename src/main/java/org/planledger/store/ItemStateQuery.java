package org.planledger.store;

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
final class ItemStateQuery {

    private static final String TASKS = "SELECT t.id, NULL, t.plan_id, t.code, t.title, ch.number, ch.title, "
            + "p.start_year, p.end_year, NULL, lead.department_id, d.name "
            + "FROM task t JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id "
            + "JOIN plan p ON p.id = t.plan_id "
            + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' "
            + "LEFT JOIN department d ON d.id = lead.department_id "
            + "WHERE t.withdrawn = 0";
    private static final String MILESTONES = "SELECT t.id, m.id, t.plan_id, t.code, m.text, ch.number, ch.title, "
            + "p.start_year, p.end_year, m.due_date, COALESCE(ml.department_id, lead.department_id), d.name "
            + "FROM milestone m JOIN task t ON t.id = m.task_id JOIN section s ON s.id = t.section_id "
            + "JOIN chapter ch ON ch.id = s.chapter_id JOIN plan p ON p.id = t.plan_id "
            + "LEFT JOIN milestone_lead ml ON ml.milestone_id = m.id "
            + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' "
            + "LEFT JOIN department d ON d.id = COALESCE(ml.department_id, lead.department_id) "
            + "WHERE t.withdrawn = 0 AND m.withdrawn = 0";

    private final Connection c;

    ItemStateQuery(Connection c) {
        this.c = c;
    }

    /** planId 0: all plans; taskId 0: all tasks; reportPeriod: the last closed reporting period. */
    List<ItemState> items(long planId, long taskId, LocalDate asOf, ReportingPeriod reportPeriod) throws SQLException {
        String where = (planId == 0 ? "" : " AND t.plan_id = " + planId) + (taskId == 0 ? "" : " AND t.id = " + taskId);
        String scope = planId == 0 && taskId == 0 ? ""
                : " AND task_id IN (SELECT t.id FROM task t WHERE 1 = 1" + where + ")";
        String day = asOf.toString();
        Map<Key, Status> statuses = statuses(scope, day);
        Map<Key, Percent> percents = percents(scope, day);
        Map<Long, LocalDate> lastWritten = lastWritten(scope, day);
        Set<Long> reported = reported(scope, day, reportPeriod);
        Map<Key, LocalDate> extended = extensions(scope, day);
        Map<Key, Override> overrides = overrides(scope, day);

        List<ItemState> items = new ArrayList<>();
        for (String sql : List.of(TASKS + where + " ORDER BY t.plan_id, t.id",
                MILESTONES + where + " ORDER BY t.plan_id, t.id, m.ordinal")) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long task = rs.getLong(1);
                    long milestone = rs.getLong(2);
                    boolean isMilestone = !rs.wasNull();
                    Key key = new Key(task, isMilestone ? milestone : 0);
                    LocalDate start = LocalDate.of(rs.getInt(8), 1, 1);
                    LocalDate planned = isMilestone ? LocalDate.parse(rs.getString(10)) : LocalDate.of(rs.getInt(9), 12, 31);
                    Status st = statuses.getOrDefault(key, Status.NONE);
                    LocalDate due = st.status == TaskStatus.ONGOING ? null : extended.getOrDefault(key, planned);
                    if (st.status == TaskStatus.ONGOING) {
                        planned = null;
                    }
                    Percent pc = percents.get(key);
                    Override ov = overrides.get(key);
                    long lead = rs.getLong(11);
                    Long leadId = rs.wasNull() ? null : lead;
                    items.add(new ItemState(isMilestone ? ItemKey.milestone(task, milestone) : ItemKey.task(task),
                            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                            leadId, rs.getString(12), start, planned, due, st.status, st.since, st.reason,
                            pc == null ? null : pc.percent, lastWritten.get(task), reported.contains(task),
                            ov == null ? null : ov.light, ov == null ? null : ov.reason, ov == null ? null : ov.on));
                }
            }
        }
        return items;
    }

    private Map<Key, Status> statuses(String scope, String day) throws SQLException {
        Map<Key, Status> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, COALESCE(milestone_id, 0), status, effective_on, "
                + "reason FROM status_event WHERE effective_on <= ?" + scope + " ORDER BY effective_on, id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(new Key(rs.getLong(1), rs.getLong(2)), new Status(TaskStatus.valueOf(rs.getString(3)),
                            LocalDate.parse(rs.getString(4)), rs.getString(5)));
                }
            }
        }
        return map;
    }

    /** The percent of each item's latest entry that gives one and has not been corrected by then. */
    private Map<Key, Percent> percents(String scope, String day) throws SQLException {
        Map<Key, Percent> map = new HashMap<>();
        // SQLite takes the bare column (percent) from the row that holds the max().
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, COALESCE(milestone_id, 0), percent, "
                + "max(written_on || printf('%012d', id)) FROM progress_entry e "
                + "WHERE written_on <= ?1 AND percent IS NOT NULL" + scope
                + " AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id AND s.written_on <= ?1)"
                + " GROUP BY task_id, COALESCE(milestone_id, 0)")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(new Key(rs.getLong(1), rs.getLong(2)), new Percent(rs.getInt(3)));
                }
            }
        }
        return map;
    }

    private Map<Long, LocalDate> lastWritten(String scope, String day) throws SQLException {
        Map<Long, LocalDate> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, max(written_on) FROM progress_entry "
                + "WHERE written_on <= ?" + scope + " GROUP BY task_id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
                }
            }
        }
        return map;
    }

    private Set<Long> reported(String scope, String day, ReportingPeriod period) throws SQLException {
        Set<Long> tasks = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT task_id FROM progress_entry "
                + "WHERE period_end >= ? AND period_start <= ? AND written_on <= ?" + scope)) {
            ps.setString(1, period.start().toString());
            ps.setString(2, period.end().toString());
            ps.setString(3, day);
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

    private record Override(Light light, String reason, LocalDate on) {
    }
}
