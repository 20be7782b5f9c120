package org.planledger.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.model.ItemKey;
import org.planledger.store.Sql;
import org.planledger.store.progress.LatestStatus;

/**
 * Reads records out of a ledger and writes them into another, by uid: a record already present
 * is left as it is, so writing the same records twice changes nothing the second time.
 */
final class RecordTables {

    /** Records of the tasks listed in the temporary tables exchange_tasks and exchange_indicators. */
    static final String OF_TASKS = "task_id IN (SELECT id FROM exchange_tasks)";
    static final String OF_INDICATORS = "indicator_id IN (SELECT id FROM exchange_indicators)";

    private final Connection c;

    /**
     * Records (aliased {@code r}) written in this ledger and not yet acknowledged by the manager:
     * not brought by a package, and not in a report the manager has merged (up to {@code ackedSeq}).
     */
    static String unreported(long ackedSeq) {
        return "r.uid NOT IN (SELECT uid FROM exchange_origin) AND r.uid NOT IN (SELECT uid FROM exchange_sent "
                + "WHERE report_seq <= " + ackedSeq + ")";
    }

    RecordTables(Connection c) {
        this.c = c;
    }

    /** Fills the temporary tables exchange_tasks / exchange_indicators for the queries that name them. */
    void scope(String taskQuery, String indicatorQuery, Object... args) throws SQLException {
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS exchange_tasks (id BIGINT PRIMARY KEY)");
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS exchange_indicators (id BIGINT PRIMARY KEY)");
        Sql.update(c, "DELETE FROM exchange_tasks");
        Sql.update(c, "DELETE FROM exchange_indicators");
        // WHERE true: SQLite needs it to read ON CONFLICT after an INSERT … SELECT
        Sql.update(c, "INSERT INTO exchange_tasks (id) SELECT * FROM (" + taskQuery + ") q WHERE true ON CONFLICT DO NOTHING", args);
        Sql.update(c, "INSERT INTO exchange_indicators (id) SELECT * FROM (" + indicatorQuery + ") q WHERE true "
                + "ON CONFLICT DO NOTHING", args);
    }

    /**
     * The records matching the filters; each filter is a WHERE fragment over that table's columns
     * (aliased {@code r}). Evidence follows its entry or event.
     */
    Records read(String entryWhere, String eventWhere, String requestWhere, String decisionWhere, String overrideWhere,
                 String valueWhere, String judgementWhere) throws SQLException {
        Records out = Records.empty();
        Set<String> entryUids = new HashSet<>();
        Set<String> eventUids = new HashSet<>();
        // evidence is read through its owner's filter below, not by scanning every evidence row
        Map<Long, String> entryUidById = new HashMap<>();
        Map<Long, String> eventUidById = new HashMap<>();
        query("SELECT r.id, r.uid, r.task_id, r.milestone_id, r.department_id, r.period_kind, r.period_start, "
                + "r.period_end, r.written_on, r.progress, r.problems, r.next_steps, r.percent, s.uid, r.recorded_at "
                + "FROM progress_entry r LEFT JOIN progress_entry s ON s.id = r.supersedes_id WHERE " + entryWhere
                + " ORDER BY r.id", rs -> {
            String uid = rs.getString(2);
            entryUids.add(uid);
            entryUidById.put(rs.getLong(1), uid);
            int percent = rs.getInt(13);
            Integer p = rs.wasNull() ? null : percent;
            out.entries().add(new Records.Entry(uid, rs.getLong(3), longOrNull(rs, 4), rs.getLong(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                    rs.getString(12), p, rs.getString(14), rs.getString(15)));
        });
        query("SELECT r.id, r.uid, r.task_id, r.milestone_id, r.status, r.effective_on, r.reason, r.department_id, "
                + "r.by_manager, r.recorded_at FROM status_event r WHERE " + eventWhere + " ORDER BY r.id", rs -> {
            String uid = rs.getString(2);
            eventUids.add(uid);
            eventUidById.put(rs.getLong(1), uid);
            out.events().add(new Records.Event(uid, rs.getLong(3), longOrNull(rs, 4), rs.getString(5), rs.getString(6),
                    rs.getString(7), longOrNull(rs, 8), rs.getInt(9) == 1, rs.getString(10)));
        });
        if (!entryUids.isEmpty() || !eventUids.isEmpty()) {
            query("SELECT e.uid, e.progress_entry_id, e.status_event_id, e.name, e.size, e.sha256 FROM evidence e "
                    + "WHERE e.progress_entry_id IN (SELECT r.id FROM progress_entry r WHERE " + entryWhere + ") "
                    + "OR e.status_event_id IN (SELECT r.id FROM status_event r WHERE " + eventWhere + ") ORDER BY e.id", rs -> {
                long entry = rs.getLong(2);
                String entryUid = rs.wasNull() ? null : entryUidById.get(entry);
                long event = rs.getLong(3);
                String eventUid = rs.wasNull() ? null : eventUidById.get(event);
                if (entryUid != null || eventUid != null) {
                    out.evidence().add(new Records.Evidence(rs.getString(1), entryUid, eventUid, rs.getString(4),
                            rs.getLong(5), rs.getString(6)));
                }
            });
        }
        query("SELECT r.uid, r.task_id, r.milestone_id, r.department_id, r.requested_on, r.old_due, r.new_due, r.reason, "
                + "r.recorded_at FROM extension_request r WHERE " + requestWhere + " ORDER BY r.id", rs ->
                out.extensionRequests().add(new Records.ExtensionRequest(rs.getString(1), rs.getLong(2), longOrNull(rs, 3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))));
        query("SELECT r.uid, q.uid, r.accepted, r.decided_on, r.reason, r.recorded_at FROM extension_decision r "
                + "JOIN extension_request q ON q.id = r.request_id WHERE " + decisionWhere + " ORDER BY r.id", rs ->
                out.extensionDecisions().add(new Records.ExtensionDecision(rs.getString(1), rs.getString(2),
                        rs.getInt(3) == 1, rs.getString(4), rs.getString(5), rs.getString(6))));
        query("SELECT r.uid, r.task_id, r.milestone_id, r.light, r.set_on, r.reason, r.recorded_at FROM light_override r "
                + "WHERE " + overrideWhere + " ORDER BY r.id", rs ->
                out.overrides().add(new Records.Override(rs.getString(1), rs.getLong(2), longOrNull(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))));
        query("SELECT r.uid, r.indicator_id, r.year, r.value, r.recorded_on, r.source, r.note, r.department_id, "
                + "r.recorded_at FROM indicator_value r WHERE " + valueWhere + " ORDER BY r.id", rs ->
                out.indicatorValues().add(new Records.IndicatorValue(rs.getString(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), longOrNull(rs, 8),
                        rs.getString(9))));
        query("SELECT r.uid, r.indicator_id, r.verdict, r.judged_on, r.reason, r.recorded_at FROM indicator_judgement r "
                + "WHERE " + judgementWhere + " ORDER BY r.id", rs ->
                out.judgements().add(new Records.Judgement(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))));
        return out;
    }

    /** The evidence bytes of the records, by evidence uid. */
    Map<String, byte[]> evidenceBytes(Records records) throws SQLException {
        Map<String, byte[]> bytes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM evidence WHERE uid = ?")) {
            for (Records.Evidence e : records.evidence()) {
                ps.setString(1, e.uid());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        bytes.put(e.uid(), rs.getBytes(1));
                    }
                }
            }
        }
        return bytes;
    }

    /** Whether a record with this uid is already in the ledger, in any table. */
    boolean known(String uid) throws SQLException {
        return Sql.count(c, "SELECT (SELECT count(*) FROM progress_entry WHERE uid = ?1) + (SELECT count(*) FROM status_event "
                + "WHERE uid = ?1) + (SELECT count(*) FROM evidence WHERE uid = ?1) + (SELECT count(*) FROM "
                + "extension_request WHERE uid = ?1) + (SELECT count(*) FROM extension_decision WHERE uid = ?1) + "
                + "(SELECT count(*) FROM light_override WHERE uid = ?1) + (SELECT count(*) FROM indicator_value "
                + "WHERE uid = ?1) + (SELECT count(*) FROM indicator_judgement WHERE uid = ?1)", uid) > 0;
    }

    /**
     * Writes the records that are not yet here, marks each with the batch it came from, and brings
     * the status shown in the outline up to date. Returns how many were written.
     */
    int write(Records r, Map<String, byte[]> evidence, long batchId) throws SQLException {
        int written = 0;
        Set<ItemKey> touched = new LinkedHashSet<>();
        try (PreparedStatement origin = c.prepareStatement("INSERT INTO exchange_origin (uid, batch_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement entry = c.prepareStatement("INSERT INTO progress_entry (uid, task_id, milestone_id, "
                     + "department_id, period_kind, period_start, period_end, written_on, progress, problems, next_steps, "
                     + "percent, supersedes_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     + "(SELECT id FROM progress_entry WHERE uid = ?), ?) ON CONFLICT (uid) DO NOTHING")) {
            written += writeEntries(entry, origin, Records.supersededFirst(r.entries()), batchId);
            try (PreparedStatement event = c.prepareStatement("INSERT INTO status_event (uid, task_id, milestone_id, status, "
                    + "effective_on, reason, department_id, by_manager, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (uid) DO NOTHING")) {
                for (Records.Event e : r.events()) {
                    if (Sql.execute(event, e.uid(), e.taskId(), e.milestoneId(), e.status(), e.effectiveOn(), nz(e.reason()),
                            e.departmentId(), e.byManager() ? 1 : 0, e.recordedAt()) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                        touched.add(new ItemKey(e.taskId(), e.milestoneId()));
                    }
                }
            }
            try (PreparedStatement ev = c.prepareStatement("INSERT INTO evidence (uid, progress_entry_id, status_event_id, "
                    + "name, size, sha256, content) VALUES (?, (SELECT id FROM progress_entry WHERE uid = ?), "
                    + "(SELECT id FROM status_event WHERE uid = ?), ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING")) {
                for (Records.Evidence e : r.evidence()) {
                    byte[] bytes = evidence.get(e.uid());
                    if (bytes != null && Sql.execute(ev, e.uid(), e.entry(), e.event(), e.name(), bytes.length, e.sha256(),
                            bytes) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                    }
                }
            }
            try (PreparedStatement req = c.prepareStatement("INSERT INTO extension_request (uid, task_id, milestone_id, "
                    + "department_id, requested_on, old_due, new_due, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (uid) DO NOTHING")) {
                for (Records.ExtensionRequest e : r.extensionRequests()) {
                    if (Sql.execute(req, e.uid(), e.taskId(), e.milestoneId(), e.departmentId(), e.requestedOn(), e.oldDue(),
                            e.newDue(), e.reason(), e.recordedAt()) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                    }
                }
            }
            try (PreparedStatement dec = c.prepareStatement("INSERT INTO extension_decision (uid, request_id, accepted, "
                    + "decided_on, reason, recorded_at) SELECT ?, id, ?, ?, ?, ? FROM extension_request WHERE uid = ? "
                    + "ON CONFLICT DO NOTHING")) {
                for (Records.ExtensionDecision e : r.extensionDecisions()) {
                    if (Sql.execute(dec, e.uid(), e.accepted() ? 1 : 0, e.decidedOn(), nz(e.reason()), e.recordedAt(),
                            e.request()) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                    }
                }
            }
            try (PreparedStatement ov = c.prepareStatement("INSERT INTO light_override (uid, task_id, milestone_id, light, "
                    + "set_on, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING")) {
                for (Records.Override e : r.overrides()) {
                    if (Sql.execute(ov, e.uid(), e.taskId(), e.milestoneId(), e.light(), e.setOn(), e.reason(),
                            e.recordedAt()) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                    }
                }
            }
            try (PreparedStatement val = c.prepareStatement("INSERT INTO indicator_value (uid, indicator_id, year, value, "
                    + "recorded_on, source, note, department_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (uid) DO NOTHING")) {
                for (Records.IndicatorValue e : r.indicatorValues()) {
                    if (Sql.execute(val, e.uid(), e.indicatorId(), e.year(), e.value(), e.recordedOn(), nz(e.source()),
                            nz(e.note()), e.departmentId(), e.recordedAt()) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                    }
                }
            }
            try (PreparedStatement jud = c.prepareStatement("INSERT INTO indicator_judgement (uid, indicator_id, verdict, "
                    + "judged_on, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING")) {
                for (Records.Judgement e : r.judgements()) {
                    if (Sql.execute(jud, e.uid(), e.indicatorId(), e.verdict(), e.judgedOn(), e.reason(), e.recordedAt()) > 0) {
                        written++;
                        Sql.execute(origin, e.uid(), batchId);
                    }
                }
            }
        }
        refreshStatus(touched);
        return written;
    }

    /**
     * The entries in one batch of statements (a report's entries are most of its records: over a
     * network one round trip for all, not two per entry), each marked with the batch it came in.
     * When the batch fails, it is undone and the entries are written one by one, so
     * the failure is the one that entry alone meets, in the same words.
     */
    private int writeEntries(PreparedStatement entry, PreparedStatement origin, List<Records.Entry> entries, long batchId)
            throws SQLException {
        if (entries.isEmpty()) {
            return 0;
        }
        int[] counts;
        Savepoint before = c.setSavepoint();
        try {
            for (Records.Entry e : entries) {
                bindEntry(entry, e);
                entry.addBatch();
            }
            counts = entry.executeBatch();
            c.releaseSavepoint(before);
        } catch (SQLException refused) {
            entry.clearBatch();
            c.rollback(before);
            c.releaseSavepoint(before);
            return writeEntriesOneByOne(entry, origin, entries, batchId);
        }
        int written = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                written++;
                Sql.bind(origin, entries.get(i).uid(), batchId);
                origin.addBatch();
            }
        }
        if (written > 0) {
            origin.executeBatch();
        }
        return written;
    }

    private int writeEntriesOneByOne(PreparedStatement entry, PreparedStatement origin, List<Records.Entry> entries,
                                     long batchId) throws SQLException {
        int written = 0;
        for (Records.Entry e : entries) {
            bindEntry(entry, e);
            if (entry.executeUpdate() > 0) {
                written++;
                Sql.execute(origin, e.uid(), batchId);
            }
        }
        return written;
    }

    private static void bindEntry(PreparedStatement entry, Records.Entry e) throws SQLException {
        Sql.bind(entry, e.uid(), e.taskId(), e.milestoneId(), e.departmentId(), e.periodKind(), e.periodStart(), e.periodEnd(),
                e.writtenOn(), e.progress(), nz(e.problems()), nz(e.nextSteps()), e.percent(), e.supersedes(), e.recordedAt());
    }

    /** Every task's and milestone's status brought up to its latest event. */
    static void refreshAllStatus(Connection c) throws SQLException {
        LatestStatus.refreshAll(c);
    }

    /** The status of each item an event was written on brought up to its latest event. */
    private void refreshStatus(Set<ItemKey> items) throws SQLException {
        for (ItemKey item : items) {
            LatestStatus.refresh(c, item);
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
