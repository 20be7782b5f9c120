package org.planledger.store.rollup;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.planledger.model.ItemKey;
import org.planledger.rollup.RollupInput;
import org.planledger.store.Ledger;

/**
 * Reads a summary: the rollup input, then every item's latest report, evidence names and
 * measures, all in one read snapshot. The texts are not collected: each item's are handed on as
 * soon as its rows are read, through forward-only cursors (on a team ledger fetched a batch at a
 * time), so a city's ledger never sits in memory. Plan 0 reads every plan.
 */
public final class SummaryQuery {

    /** Rows fetched at a time from a team ledger (a ledger file's cursor reads as it goes). */
    static final int FETCH = 1000;

    /** Where the texts go, one item at a time, each item once. */
    public interface Sink {
        /** The item's latest progress entry as of the day (an item never reported is not told). */
        void report(ItemKey item, LatestReport report);

        /** The item's evidence names, first attached first, each once (an item without any is not told). */
        void evidence(ItemKey item, List<String> names);

        /** The task's measures (具体措施) in document order (a task without any is not told). */
        void measures(long taskId, List<String> measures);
    }

    private final Ledger ledger;

    public SummaryQuery(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * The plan's rollup input as of the day; {@code start} is given it and returns where the texts
     * go, which then receives them before this returns.
     */
    public RollupInput read(long planId, LocalDate asOf, Clock clock, Function<RollupInput, Sink> start) {
        return ledger.readSnapshot(c -> {
            RollupInput input = ledger.rollup(clock).input(planId, asOf);
            Sink sink = start.apply(input);
            String plan = planId == 0 ? "" : " AND t.plan_id = " + planId;
            readReports(c, plan, asOf, sink);
            readEvidence(c, plan, asOf, sink);
            readMeasures(c, plan, sink);
            return input;
        });
    }

    /** Each item's last entry written by the day (the latest day, then the last written). */
    private static void readReports(Connection c, String plan, LocalDate asOf, Sink sink) throws SQLException {
        try (PreparedStatement ps = cursor(Sql.prepare(c, "SELECT task_id, milestone_id, written_on, progress, problems, "
                + "next_steps FROM (SELECT e.task_id, e.milestone_id, e.written_on, e.progress, e.problems, e.next_steps, "
                + "ROW_NUMBER() OVER (PARTITION BY e.task_id, e.milestone_id ORDER BY e.written_on DESC, e.id DESC) AS latest "
                + "FROM progress_entry e JOIN task t ON t.id = e.task_id WHERE e.written_on <= ?1" + plan + ") x "
                + "WHERE latest = 1", asOf.toString()));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.report(key(rs), new LatestReport(LocalDate.parse(rs.getString(3)), nz(rs.getString(4)),
                        nz(rs.getString(5)), nz(rs.getString(6))));
            }
        }
    }

    /** The names of the evidence of the entries and status changes made by the day, item by item. */
    private static void readEvidence(Connection c, String plan, LocalDate asOf, Sink sink) throws SQLException {
        try (PreparedStatement ps = cursor(Sql.prepare(c, "SELECT task_id, milestone_id, name FROM ("
                + "SELECT o.task_id, o.milestone_id, v.id, v.name FROM evidence v "
                + "JOIN progress_entry o ON o.id = v.progress_entry_id JOIN task t ON t.id = o.task_id "
                + "WHERE o.written_on <= ?1" + plan + " UNION ALL "
                + "SELECT o.task_id, o.milestone_id, v.id, v.name FROM evidence v "
                + "JOIN status_event o ON o.id = v.status_event_id JOIN task t ON t.id = o.task_id "
                + "WHERE o.effective_on <= ?1" + plan + ") x ORDER BY task_id, milestone_id, id", asOf.toString()));
             ResultSet rs = ps.executeQuery()) {
            ItemKey current = null;
            Set<String> names = new LinkedHashSet<>();
            while (rs.next()) {
                ItemKey key = key(rs);
                if (!key.equals(current)) {
                    if (current != null) {
                        sink.evidence(current, List.copyOf(names));
                    }
                    current = key;
                    names.clear();
                }
                names.add(rs.getString(3));
            }
            if (current != null) {
                sink.evidence(current, List.copyOf(names));
            }
        }
    }

    /** The measures of the live tasks, task by task. */
    private static void readMeasures(Connection c, String plan, Sink sink) throws SQLException {
        try (PreparedStatement ps = cursor(c.prepareStatement("SELECT m.task_id, m.text FROM measure m "
                + "JOIN task t ON t.id = m.task_id WHERE t.withdrawn = 0" + plan + " ORDER BY m.task_id, m.ordinal"));
             ResultSet rs = ps.executeQuery()) {
            Long current = null;
            List<String> texts = new ArrayList<>();
            while (rs.next()) {
                long task = rs.getLong(1);
                if (!Objects.equals(current, task)) {
                    if (current != null) {
                        sink.measures(current, List.copyOf(texts));
                    }
                    current = task;
                    texts.clear();
                }
                texts.add(rs.getString(2));
            }
            if (current != null) {
                sink.measures(current, List.copyOf(texts));
            }
        }
    }

    private static PreparedStatement cursor(PreparedStatement ps) throws SQLException {
        ps.setFetchSize(FETCH);
        return ps;
    }

    private static ItemKey key(ResultSet rs) throws SQLException {
        long task = rs.getLong(1);
        long m = rs.getLong(2);
        return rs.wasNull() ? ItemKey.task(task) : ItemKey.milestone(task, m);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
