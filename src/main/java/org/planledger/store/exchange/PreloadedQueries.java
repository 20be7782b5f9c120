package org.planledger.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.RecordRules;

/**
 * The merge rules' questions about one department's records, answered from rows read in bulk
 * before the rules run: the owners of the records' uids, per kind, and the tasks, milestones and
 * indicators the records are on. Each question about something not read (or no longer true since
 * records were written) is asked of the ledger on its own, as {@link SnapshotQueries} does. Over
 * a network a report of 50,000 records is a few hundred statements, not half a million.
 */
final class PreloadedQueries extends SnapshotQueries {

    /** Values per statement: far below both databases' limits on parameters. */
    private static final int CHUNK = 500;

    private record TaskRow(String code, String title, String status, RecordRules.PlanSpan span, Long lead) {
    }

    private record MilestoneRow(long taskId, int ordinal, Long lead) {
    }

    private record EntryRow(long taskId, long departmentId) {
    }

    private final long departmentId;
    private final Map<LedgerSnapshot.RecordKind, Set<String>> uidsRead = new EnumMap<>(LedgerSnapshot.RecordKind.class);
    private final Map<LedgerSnapshot.RecordKind, Map<String, Long>> owners = new EnumMap<>(LedgerSnapshot.RecordKind.class);
    private final Set<Long> taskIdsRead;
    private final Map<Long, TaskRow> tasks = new HashMap<>();
    private final Set<Long> held = new HashSet<>();
    private final Set<ItemKey> pending = new HashSet<>();
    private final Set<Long> milestoneIdsRead;
    private final Map<Long, MilestoneRow> milestones = new HashMap<>();
    private final Set<Long> indicatorIdsRead;
    private final Map<Long, String> indicatorNames = new HashMap<>();
    private final Map<Long, Long> indicatorOwners = new HashMap<>();
    private final Set<String> correctedUidsRead;
    private final Map<String, EntryRow> corrected = new HashMap<>();
    private final Set<String> superseded = new HashSet<>();
    /** Records were written since the rows were read: what records say is asked again. */
    private boolean recordsChanged;
    private boolean statusesChanged;

    /** Reads in bulk what the rules will ask about the department's records. */
    PreloadedQueries(Connection c, long departmentId, Records records) throws SQLException {
        super(c);
        this.departmentId = departmentId;
        Set<Long> taskIds = new LinkedHashSet<>();
        Set<Long> milestoneIds = new LinkedHashSet<>();
        Set<Long> indicatorIds = new LinkedHashSet<>();
        Set<String> correctedUids = new LinkedHashSet<>();
        for (Records.Entry e : records.entries()) {
            item(taskIds, milestoneIds, e.taskId(), e.milestoneId());
            uid(LedgerSnapshot.RecordKind.ENTRY, e.uid());
            if (e.supersedes() != null) {
                correctedUids.add(e.supersedes());
            }
        }
        for (Records.Event e : records.events()) {
            item(taskIds, milestoneIds, e.taskId(), e.milestoneId());
            uid(LedgerSnapshot.RecordKind.EVENT, e.uid());
        }
        for (Records.Evidence e : records.evidence()) {
            uid(LedgerSnapshot.RecordKind.EVIDENCE, e.uid());
            uid(LedgerSnapshot.RecordKind.ENTRY, e.entry());
            uid(LedgerSnapshot.RecordKind.EVENT, e.event());
        }
        for (Records.ExtensionRequest e : records.extensionRequests()) {
            item(taskIds, milestoneIds, e.taskId(), e.milestoneId());
            uid(LedgerSnapshot.RecordKind.EXTENSION, e.uid());
        }
        for (Records.IndicatorValue v : records.indicatorValues()) {
            indicatorIds.add(v.indicatorId());
            uid(LedgerSnapshot.RecordKind.INDICATOR_VALUE, v.uid());
        }
        records.overrides().forEach(o -> taskIds.add(o.taskId()));
        records.judgements().forEach(j -> indicatorIds.add(j.indicatorId()));
        this.taskIdsRead = Collections.unmodifiableSet(taskIds);
        this.milestoneIdsRead = Collections.unmodifiableSet(milestoneIds);
        this.indicatorIdsRead = Collections.unmodifiableSet(indicatorIds);
        this.correctedUidsRead = Collections.unmodifiableSet(correctedUids);
        readOwners();
        readTasks();
        readMilestones();
        readIndicators();
        readCorrected();
    }

    private static void item(Set<Long> taskIds, Set<Long> milestoneIds, long taskId, Long milestoneId) {
        taskIds.add(taskId);
        if (milestoneId != null) {
            milestoneIds.add(milestoneId);
        }
    }

    private void uid(LedgerSnapshot.RecordKind kind, String uid) {
        if (uid != null) {
            uidsRead.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(uid);
        }
    }

    /** Records were written: the uids' owners, corrections and pending requests are asked again, statuses re-read. */
    void recordsWritten() {
        recordsChanged = true;
        statusesChanged = true;
    }

    // --- reading in bulk -----------------------------------------------------------------------

    private void readOwners() throws SQLException {
        for (Map.Entry<LedgerSnapshot.RecordKind, Set<String>> k : uidsRead.entrySet()) {
            String sql = switch (k.getKey()) {
                case EVIDENCE -> "SELECT e.uid, coalesce(p.department_id, s.department_id, -1) FROM evidence e "
                        + "LEFT JOIN progress_entry p ON p.id = e.progress_entry_id LEFT JOIN status_event s "
                        + "ON s.id = e.status_event_id WHERE e.uid IN (%s)";
                case ENTRY -> "SELECT uid, coalesce(department_id, -1) FROM progress_entry WHERE uid IN (%s)";
                case EVENT -> "SELECT uid, coalesce(department_id, -1) FROM status_event WHERE uid IN (%s)";
                case EXTENSION -> "SELECT uid, coalesce(department_id, -1) FROM extension_request WHERE uid IN (%s)";
                case INDICATOR_VALUE -> "SELECT uid, coalesce(department_id, -1) FROM indicator_value WHERE uid IN (%s)";
            };
            Map<String, Long> byUid = owners.computeIfAbsent(k.getKey(), x -> new HashMap<>());
            inChunks(sql, List.of(), k.getValue(), rs -> byUid.put(rs.getString(1), rs.getLong(2)));
        }
    }

    private void readTasks() throws SQLException {
        Map<Long, Long> leads = new HashMap<>();
        inChunks("SELECT task_id, department_id FROM task_assignment WHERE role = 'LEAD' AND task_id IN (%s)", List.of(),
                taskIdsRead, rs -> leads.put(rs.getLong(1), rs.getLong(2)));
        inChunks("SELECT t.id, t.code, t.title, t.status, p.start_year, p.end_year FROM task t JOIN plan p ON p.id = t.plan_id "
                + "WHERE t.id IN (%s)", List.of(), taskIdsRead, rs -> {
            long id = rs.getLong(1);
            tasks.put(id, new TaskRow(rs.getString(2), rs.getString(3), rs.getString(4),
                    new RecordRules.PlanSpan(LocalDate.of(rs.getInt(5), 1, 1), LocalDate.of(rs.getInt(6), 12, 31)),
                    leads.get(id)));
        });
        inChunks("SELECT task_id FROM task_assignment WHERE department_id = ? AND task_id IN (%1$s) UNION "
                        + "SELECT m.task_id FROM milestone m JOIN milestone_lead l ON l.milestone_id = m.id "
                        + "WHERE l.department_id = ? AND m.task_id IN (%1$s)",
                List.of(departmentId), taskIdsRead, rs -> held.add(rs.getLong(1)));
        inChunks("SELECT r.task_id, r.milestone_id FROM extension_request r WHERE r.task_id IN (%s) "
                + "AND NOT EXISTS (SELECT 1 FROM extension_decision d WHERE d.request_id = r.id)", List.of(), taskIdsRead, rs -> {
            long taskId = rs.getLong(1);
            long milestoneId = rs.getLong(2);
            pending.add(new ItemKey(taskId, rs.wasNull() ? null : milestoneId));
        });
    }

    private void readMilestones() throws SQLException {
        inChunks("SELECT m.id, m.task_id, m.ordinal, l.department_id FROM milestone m LEFT JOIN milestone_lead l "
                + "ON l.milestone_id = m.id WHERE m.id IN (%s)", List.of(), milestoneIdsRead, rs -> {
            long lead = rs.getLong(4);
            Long leadOrNull = rs.wasNull() ? null : lead;
            milestones.put(rs.getLong(1), new MilestoneRow(rs.getLong(2), rs.getInt(3), leadOrNull));
        });
    }

    private void readIndicators() throws SQLException {
        inChunks("SELECT id, name FROM indicator WHERE id IN (%s)", List.of(), indicatorIdsRead,
                rs -> indicatorNames.put(rs.getLong(1), rs.getString(2)));
        inChunks("SELECT indicator_id, department_id FROM indicator_profile WHERE indicator_id IN (%s)", List.of(),
                indicatorIdsRead, rs -> {
                    long owner = rs.getLong(2);
                    if (!rs.wasNull()) {
                        indicatorOwners.put(rs.getLong(1), owner);
                    }
                });
    }

    private void readCorrected() throws SQLException {
        inChunks("SELECT uid, task_id, department_id FROM progress_entry WHERE uid IN (%s)", List.of(), correctedUidsRead,
                rs -> corrected.put(rs.getString(1), new EntryRow(rs.getLong(2), rs.getLong(3))));
        inChunks("SELECT o.uid FROM progress_entry n JOIN progress_entry o ON o.id = n.supersedes_id WHERE o.uid IN (%s)",
                List.of(), correctedUidsRead, rs -> superseded.add(rs.getString(1)));
    }

    private void readStatuses() throws SQLException {
        Map<Long, String> now = new HashMap<>();
        inChunks("SELECT id, status FROM task WHERE id IN (%s)", List.of(), taskIdsRead,
                rs -> now.put(rs.getLong(1), rs.getString(2)));
        tasks.replaceAll((id, t) -> new TaskRow(t.code(), t.title(), now.get(id), t.span(), t.lead()));
        statusesChanged = false;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} once per chunk of {@code values}, each {@code %s} (or {@code %1$s}) in it an
     * IN list of the chunk, after the parameters {@code before}, which come first in the text.
     */
    private void inChunks(String sql, List<Object> before, Collection<?> values, Row row) throws SQLException {
        List<?> all = new ArrayList<>(values);
        int lists = sql.split("%(1\\$)?s", -1).length - 1;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(String.format(java.util.Locale.ROOT, sql, marks))) {
                int i = 1;
                // the text reads: [before] IN (chunk) [, before again] IN (chunk) … in that order
                for (int l = 0; l < lists; l++) {
                    for (Object b : before) {
                        ps.setObject(i++, b);
                    }
                    for (Object v : chunk) {
                        ps.setObject(i++, v);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            }
        }
    }

    // --- the answers ---------------------------------------------------------------------------

    @Override
    Long ownerOf(LedgerSnapshot.RecordKind kind, String uid) throws SQLException {
        if (recordsChanged || uid == null || !uidsRead.containsKey(kind) || !uidsRead.get(kind).contains(uid)) {
            return super.ownerOf(kind, uid);
        }
        return owners.get(kind).get(uid);
    }

    @Override
    Long entryTask(String uid, long departmentId) throws SQLException {
        if (recordsChanged || !correctedUidsRead.contains(uid)) {
            return super.entryTask(uid, departmentId);
        }
        EntryRow e = corrected.get(uid);
        return e != null && e.departmentId() == departmentId ? e.taskId() : null;
    }

    @Override
    boolean superseded(String entryUid) throws SQLException {
        if (recordsChanged || !correctedUidsRead.contains(entryUid)) {
            return super.superseded(entryUid);
        }
        return superseded.contains(entryUid);
    }

    @Override
    RecordRules.PlanSpan planSpan(long taskId) throws SQLException {
        if (!taskIdsRead.contains(taskId)) {
            return super.planSpan(taskId);
        }
        TaskRow t = tasks.get(taskId);
        return t == null ? null : t.span();
    }

    @Override
    String taskCode(long taskId) throws SQLException {
        if (!taskIdsRead.contains(taskId)) {
            return super.taskCode(taskId);
        }
        TaskRow t = tasks.get(taskId);
        return t == null ? null : t.code();
    }

    @Override
    String taskTitle(long taskId) throws SQLException {
        if (!taskIdsRead.contains(taskId)) {
            return super.taskTitle(taskId);
        }
        TaskRow t = tasks.get(taskId);
        return t == null ? null : t.title();
    }

    @Override
    TaskStatus taskStatus(long taskId) throws SQLException {
        if (!taskIdsRead.contains(taskId)) {
            return super.taskStatus(taskId);
        }
        if (statusesChanged) {
            readStatuses();
        }
        TaskRow t = tasks.get(taskId);
        return t == null || t.status() == null ? null : TaskStatus.valueOf(t.status());
    }

    @Override
    Long milestoneTask(long milestoneId) throws SQLException {
        if (!milestoneIdsRead.contains(milestoneId)) {
            return super.milestoneTask(milestoneId);
        }
        MilestoneRow m = milestones.get(milestoneId);
        return m == null ? null : m.taskId();
    }

    @Override
    Integer milestoneOrdinal(long milestoneId) throws SQLException {
        if (!milestoneIdsRead.contains(milestoneId)) {
            return super.milestoneOrdinal(milestoneId);
        }
        MilestoneRow m = milestones.get(milestoneId);
        return m == null ? null : m.ordinal();
    }

    @Override
    boolean holds(long taskId, long departmentId) throws SQLException {
        if (departmentId != this.departmentId || !taskIdsRead.contains(taskId)) {
            return super.holds(taskId, departmentId);
        }
        return held.contains(taskId);
    }

    @Override
    Long lead(long taskId, Long milestoneId) throws SQLException {
        if (!taskIdsRead.contains(taskId) || milestoneId != null && !milestoneIdsRead.contains(milestoneId)) {
            return super.lead(taskId, milestoneId);
        }
        MilestoneRow m = milestoneId == null ? null : milestones.get(milestoneId);
        if (m != null && m.lead() != null) {
            return m.lead();
        }
        TaskRow t = tasks.get(taskId);
        return t == null ? null : t.lead();
    }

    @Override
    boolean extensionPending(long taskId, Long milestoneId) throws SQLException {
        if (recordsChanged || !taskIdsRead.contains(taskId)) {
            return super.extensionPending(taskId, milestoneId);
        }
        return pending.contains(new ItemKey(taskId, milestoneId));
    }

    @Override
    Long indicatorOwner(long indicatorId) throws SQLException {
        if (!indicatorIdsRead.contains(indicatorId)) {
            return super.indicatorOwner(indicatorId);
        }
        return indicatorOwners.get(indicatorId);
    }

    @Override
    String indicatorName(long indicatorId) throws SQLException {
        if (!indicatorIdsRead.contains(indicatorId)) {
            return super.indicatorName(indicatorId);
        }
        return indicatorNames.get(indicatorId);
    }
}
