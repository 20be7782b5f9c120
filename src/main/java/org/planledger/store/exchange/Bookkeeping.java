package org.planledger.store.exchange;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.planledger.store.Sql;

/**
 * The exchange's own tables: the batches issued and received (exchange_batch), the manager's
 * key and serials per department (exchange_department), what a department ledger sent
 * (exchange_sent), the items a merge flagged (exchange_attention), and who this ledger is.
 */
final class Bookkeeping {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection c;

    Bookkeeping(Connection c) {
        this.c = c;
    }

    /** A file received or a report sent: kind, department, its number, its digest, its name, when. */
    long batch(String kind, long departmentId, long seq, String digest, String fileName, String at) throws SQLException {
        return Sql.insert(c, "INSERT INTO exchange_batch (kind, department_id, seq, digest, file_name, at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", kind, departmentId, seq, digest, fileName, at);
    }

    /** A package or workbook issued, marked with the newest status event and extension decision the department sees in it. */
    long issue(String kind, long departmentId, long seq, String digest, String fileName, String summary, String at)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO exchange_batch (kind, department_id, seq, digest, file_name, event_mark, "
                        + "decision_mark, summary, at) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM status_event), "
                        + "(SELECT coalesce(max(id), 0) FROM extension_decision), ?, ?)",
                kind, departmentId, seq, digest == null ? "" : digest, fileName, summary, at);
    }

    void summary(long batchId, String summary) throws SQLException {
        Sql.update(c, "UPDATE exchange_batch SET summary = ? WHERE id = ?", summary, batchId);
    }

    /** The department's secret (hex), made inside the caller's transaction the first time it is asked for. */
    String secret(long departmentId) throws SQLException {
        String secret = Sql.string(c, "SELECT secret FROM exchange_department WHERE department_id = ?", departmentId);
        if (secret == null) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            secret = HexFormat.of().formatHex(key);
            Sql.update(c, "INSERT INTO exchange_department (department_id, secret) VALUES (?, ?)", departmentId, secret);
        }
        return secret;
    }

    long nextPackageSerial(long departmentId) throws SQLException {
        Sql.update(c, "UPDATE exchange_department SET package_serial = package_serial + 1 WHERE department_id = ?",
                departmentId);
        return Sql.longOrNull(c, "SELECT package_serial FROM exchange_department WHERE department_id = ?", departmentId);
    }

    void merged(long departmentId, long seq, String digest) throws SQLException {
        Sql.update(c, "UPDATE exchange_department SET merged_seq = ?, merged_digest = ? WHERE department_id = ?",
                seq, digest, departmentId);
    }

    int issued(String kind, long departmentId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM exchange_batch WHERE kind = ? AND department_id = ?", kind, departmentId);
    }

    void flag(long batchId, long taskId, Long milestoneId, String reason, long eventMark) throws SQLException {
        Sql.insert(c, "INSERT INTO exchange_attention (batch_id, task_id, milestone_id, reason, event_mark) "
                + "VALUES (?, ?, ?, ?, ?)", batchId, taskId, milestoneId, reason, eventMark);
    }

    /** Every open flag, by task; taskId 0 for all tasks. A flag closes when the manager sets a newer status. */
    List<ExchangeStore.Flag> openFlags(long taskId) throws SQLException {
        List<ExchangeStore.Flag> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT a.task_id, a.milestone_id, t.code, d.name, b.file_name, "
                + "a.reason FROM exchange_attention a JOIN task t ON t.id = a.task_id "
                + "JOIN exchange_batch b ON b.id = a.batch_id LEFT JOIN department d ON d.id = b.department_id "
                + "WHERE (? = 0 OR a.task_id = ?) AND NOT EXISTS (SELECT 1 FROM status_event e WHERE e.task_id = a.task_id "
                + "AND e.milestone_id IS NOT DISTINCT FROM a.milestone_id AND e.by_manager = 1 AND e.id > a.event_mark) "
                + "ORDER BY t.plan_id, t.ordinal, a.id")) {
            ps.setLong(1, taskId);
            ps.setLong(2, taskId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long m = rs.getLong(2);
                    Long milestone = rs.wasNull() ? null : m;
                    out.add(new ExchangeStore.Flag(rs.getLong(1), milestone, rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    void markSent(List<String> uids, long seq) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO exchange_sent (uid, report_seq) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String uid : uids) {
                Sql.execute(ps, uid, seq);
            }
        }
    }

    void reportExported(long seq) throws SQLException {
        Sql.update(c, "UPDATE ledger_identity SET report_seq = ?", seq);
    }

    String identitySecret() throws SQLException {
        return Sql.string(c, "SELECT secret FROM ledger_identity");
    }

    void becomeDepartment(long departmentId, String issuerLedgerId, String secret, long packageSerial, long ackedSeq)
            throws SQLException {
        Sql.update(c, "UPDATE ledger_identity SET role = 'DEPARTMENT', department_id = ?, issuer_ledger_id = ?, "
                + "secret = ?, package_serial = ?, acked_seq = ?", departmentId, issuerLedgerId, secret, packageSerial, ackedSeq);
    }

    /** Whether the ledger holds a plan, progress or any exchange: a package may then not make it a department's. */
    boolean holdsWork() throws SQLException {
        return Sql.count(c, "SELECT (SELECT count(*) FROM plan) + (SELECT count(*) FROM progress_entry) "
                + "+ (SELECT count(*) FROM exchange_batch)") > 0;
    }

    List<Long> departmentsWithWork() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT id FROM department d WHERE retired = 0 AND ("
                + "EXISTS (SELECT 1 FROM task_assignment a WHERE a.department_id = d.id) "
                + "OR EXISTS (SELECT 1 FROM milestone_lead l WHERE l.department_id = d.id) "
                + "OR EXISTS (SELECT 1 FROM indicator_profile p WHERE p.department_id = d.id)) ORDER BY id");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
