package org.planledger.store.rollup;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;

/**
 * Reads the summary's rows beside the rollup in one snapshot, a few queries for the whole plan
 * (never one per item). Plan 0 reads every plan.
 */
public final class SummaryQuery {

    private final Ledger ledger;

    public SummaryQuery(Ledger ledger) {
        this.ledger = ledger;
    }

    public SummaryRows rows(long planId, LocalDate asOf) {
        return ledger.read(c -> {
            Map<ItemKey, LatestReport> reports = new HashMap<>();
            Map<ItemKey, List<String>> evidence = new HashMap<>();
            readReports(c, planId, asOf, reports, evidence);
            return new SummaryRows(reports, evidence, readMeasures(c, planId));
        });
    }

    /** The plan's measures (具体措施) per task, in document order. */
    private static Map<Long, List<String>> readMeasures(Connection c, long planId) throws SQLException {
        Map<Long, List<String>> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.task_id, m.text FROM measure m "
                + "JOIN task t ON t.id = m.task_id WHERE t.withdrawn = 0"
                + (planId == 0 ? "" : " AND t.plan_id = " + planId) + " ORDER BY m.task_id, m.ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return map;
    }

    /** One pass over the entries written by the day: the last one per item wins; evidence names per item. */
    private static void readReports(Connection c, long planId, LocalDate asOf, Map<ItemKey, LatestReport> reports,
                                    Map<ItemKey, List<String>> evidence) throws SQLException {
        String day = asOf.toString();
        String plan = planId == 0 ? "" : " AND t.plan_id = " + planId;
        try (PreparedStatement ps = c.prepareStatement("SELECT e.task_id, e.milestone_id, e.written_on, e.progress, "
                + "e.problems, e.next_steps FROM progress_entry e JOIN task t ON t.id = e.task_id "
                + "WHERE e.written_on <= ?" + plan + " ORDER BY e.written_on, e.id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long task = rs.getLong(1);
                    long m = rs.getLong(2);
                    ItemKey key = rs.wasNull() ? ItemKey.task(task) : ItemKey.milestone(task, m);
                    reports.put(key, new LatestReport(LocalDate.parse(rs.getString(3)), nz(rs.getString(4)),
                            nz(rs.getString(5)), nz(rs.getString(6))));
                }
            }
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT o.task_id, o.milestone_id, v.name FROM evidence v "
                + "JOIN progress_entry o ON o.id = v.progress_entry_id JOIN task t ON t.id = o.task_id "
                + "WHERE o.written_on <= ?1" + plan + " UNION ALL "
                + "SELECT o.task_id, o.milestone_id, v.name FROM evidence v "
                + "JOIN status_event o ON o.id = v.status_event_id JOIN task t ON t.id = o.task_id "
                + "WHERE o.effective_on <= ?1" + plan, day)) {
            try (ResultSet rs = ps.executeQuery()) {
                Map<ItemKey, LinkedHashMap<String, Boolean>> names = new HashMap<>();
                while (rs.next()) {
                    long task = rs.getLong(1);
                    long m = rs.getLong(2);
                    ItemKey key = rs.wasNull() ? ItemKey.task(task) : ItemKey.milestone(task, m);
                    names.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(rs.getString(3), true);
                }
                names.forEach((k, v) -> evidence.put(k, List.copyOf(v.keySet())));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
