package org.planledger.store.exchange;

import org.planledger.store.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.ItemStart;
import org.planledger.store.progress.RecordRules;
import org.planledger.store.Sql;

/**
 * The queries behind {@link LedgerSnapshot}, on the caller's connection, one question at a time
 * ({@link PreloadedQueries} answers a report's questions from rows read in bulk).
 */
class SnapshotQueries {

    final Connection c;

    SnapshotQueries(Connection c) {
        this.c = c;
    }

    /** Records were written on this connection: an answer read before may be out of date. */
    void recordsWritten() {
        // every answer here is asked of the ledger when it is needed
    }

    Long ownerOf(LedgerSnapshot.RecordKind kind, String uid) throws SQLException {
        String sql = switch (kind) {
            case EVIDENCE -> "SELECT coalesce(p.department_id, s.department_id, -1) FROM evidence e "
                    + "LEFT JOIN progress_entry p ON p.id = e.progress_entry_id LEFT JOIN status_event s "
                    + "ON s.id = e.status_event_id WHERE e.uid = ?";
            case ENTRY -> "SELECT coalesce(department_id, -1) FROM progress_entry WHERE uid = ?";
            case EVENT -> "SELECT coalesce(department_id, -1) FROM status_event WHERE uid = ?";
            case EXTENSION -> "SELECT coalesce(department_id, -1) FROM extension_request WHERE uid = ?";
            case INDICATOR_VALUE -> "SELECT coalesce(department_id, -1) FROM indicator_value WHERE uid = ?";
        };
        return Sql.nullableLong(c, sql, uid);
    }

    Long entryTask(String uid, long departmentId) throws SQLException {
        return Sql.nullableLong(c, "SELECT task_id FROM progress_entry WHERE uid = ? AND department_id = ?", uid, departmentId);
    }

    boolean superseded(String entryUid) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM progress_entry n JOIN progress_entry o ON o.id = n.supersedes_id "
                + "WHERE o.uid = ?", entryUid) > 0;
    }

    RecordRules.PlanSpan planSpan(long taskId) throws SQLException {
        return RecordRules.planSpan(c, taskId);
    }

    String taskCode(long taskId) throws SQLException {
        return Sql.string(c, "SELECT code FROM task WHERE id = ?", taskId);
    }

    String taskTitle(long taskId) throws SQLException {
        return Sql.string(c, "SELECT title FROM task WHERE id = ?", taskId);
    }

    TaskStatus taskStatus(long taskId) throws SQLException {
        String status = Sql.string(c, "SELECT status FROM task WHERE id = ?", taskId);
        return status == null ? null : TaskStatus.valueOf(status);
    }

    Long milestoneTask(long milestoneId) throws SQLException {
        return Sql.nullableLong(c, "SELECT task_id FROM milestone WHERE id = ?", milestoneId);
    }

    Integer milestoneOrdinal(long milestoneId) throws SQLException {
        Long ordinal = Sql.nullableLong(c, "SELECT ordinal FROM milestone WHERE id = ?", milestoneId);
        return ordinal == null ? null : ordinal.intValue();
    }

    boolean holds(long taskId, long departmentId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM task_assignment WHERE task_id = ? AND department_id = ?",
                taskId, departmentId) > 0
                || Sql.count(c, "SELECT count(*) FROM milestone_lead l JOIN milestone m ON m.id = l.milestone_id "
                + "WHERE m.task_id = ? AND l.department_id = ?", taskId, departmentId) > 0;
    }

    Long lead(long taskId, Long milestoneId) throws SQLException {
        Long lead = milestoneId == null ? null
                : Sql.nullableLong(c, "SELECT department_id FROM milestone_lead WHERE milestone_id = ?", milestoneId);
        return lead != null ? lead
                : Sql.nullableLong(c, "SELECT department_id FROM task_assignment WHERE task_id = ? AND role = 'LEAD'", taskId);
    }

    boolean extensionPending(long taskId, Long milestoneId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM extension_request r WHERE r.task_id = ?1 AND " + sameMilestone("r", milestoneId)
                + " AND NOT EXISTS (SELECT 1 FROM extension_decision d WHERE d.request_id = r.id)", taskId, milestoneId) > 0;
    }

    Long indicatorOwner(long indicatorId) throws SQLException {
        return Sql.nullableLong(c, "SELECT department_id FROM indicator_profile WHERE indicator_id = ?", indicatorId);
    }

    String indicatorName(long indicatorId) throws SQLException {
        return Sql.string(c, "SELECT name FROM indicator WHERE id = ?", indicatorId);
    }

    List<ItemKey> startedBy(ItemKey item, LocalDate writtenOn, LocalDate today) throws SQLException {
        return ItemStart.startedBy(c, item, writtenOn, today);
    }

    LedgerSnapshot.Track track(long departmentId) throws SQLException {
        String name = Sql.string(c, "SELECT name FROM department WHERE id = ?", departmentId);
        try (var ps = c.prepareStatement("SELECT secret, merged_seq, merged_digest FROM exchange_department "
                + "WHERE department_id = ?")) {
            ps.setLong(1, departmentId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new LedgerSnapshot.Track(rs.getString(1), name, rs.getLong(2), rs.getString(3))
                        : new LedgerSnapshot.Track(null, name, 0, "");
            }
        }
    }

    LedgerSnapshot.Marks marks(String issuedKind, long departmentId, long serial) throws SQLException {
        try (var ps = c.prepareStatement("SELECT event_mark, decision_mark FROM exchange_batch WHERE kind = ? "
                + "AND department_id = ? AND seq = ?")) {
            Sql.bind(ps, issuedKind, departmentId, serial);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new LedgerSnapshot.Marks(rs.getLong(1), rs.getLong(2)) : new LedgerSnapshot.Marks(0, 0);
            }
        }
    }

    LedgerSnapshot.ManagerStatus managerStatusSince(long taskId, Long milestoneId, long eventMark) throws SQLException {
        try (var ps = Sql.prepare(c, "SELECT e.status, e.effective_on FROM status_event e WHERE e.task_id = ?1 AND "
                + sameMilestone("e", milestoneId) + " AND e.by_manager = 1 AND e.id > ?3 ORDER BY e.id DESC LIMIT 1",
                taskId, milestoneId, eventMark)) {
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new LedgerSnapshot.ManagerStatus(TaskStatus.valueOf(rs.getString(1)),
                        LocalDate.parse(rs.getString(2))) : null;
            }
        }
    }

    LocalDate extensionDecidedSince(long taskId, Long milestoneId, long decisionMark) throws SQLException {
        String decided = Sql.string(c, "SELECT d.decided_on FROM extension_decision d JOIN extension_request r "
                + "ON r.id = d.request_id WHERE r.task_id = ?1 AND " + sameMilestone("r", milestoneId) + " AND d.id > ?3 "
                + "ORDER BY d.id DESC LIMIT 1", taskId, milestoneId, decisionMark);
        return decided == null ? null : LocalDate.parse(decided);
    }

    long lastEventId() throws SQLException {
        return Sql.longOrNull(c, "SELECT coalesce(max(id), 0) FROM status_event");
    }

    LedgerSnapshot.WorkbookIssue workbookIssue(long departmentId, String workbookId) throws SQLException {
        Dialect d = Dialect.of(c);
        try (var ps = c.prepareStatement("SELECT seq, " + d.jsonText("summary", "period") + ", " + d.jsonText("summary", "check") + " "
                + "FROM exchange_batch WHERE kind = 'WORKBOOK_OUT' AND department_id = ? AND digest = ?")) {
            Sql.bind(ps, departmentId, workbookId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long check = rs.getLong(3);
                return new LedgerSnapshot.WorkbookIssue(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : check);
            }
        }
    }

    boolean workbookMerged(long departmentId, String... digests) throws SQLException {
        for (String digest : digests) {
            if (Sql.count(c, "SELECT count(*) FROM exchange_batch WHERE kind = 'WORKBOOK_IN' AND department_id = ? "
                    + "AND digest = ?", departmentId, digest) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The task's own row ({@code milestone_id IS NULL}) or the milestone's ({@code = ?2}): two forms,
     * not {@code IS NOT DISTINCT FROM ?2}, which PostgreSQL cannot look up in an index.
     */
    static String sameMilestone(String alias, Long milestoneId) {
        return alias + (milestoneId == null ? ".milestone_id IS NULL" : ".milestone_id = ?2");
    }
}
