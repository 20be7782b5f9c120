package org.planledger.store.exchange;

import org.planledger.store.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.store.Sql;

/**
 * Where the records the manager left out of a merge are kept: each merge's batch summary names
 * them ({@code "leftOut"}), until a later report brings one and it is merged. A department
 * ledger takes them back as not acknowledged when a package names them.
 */
final class LeftOutRecords {

    private final Connection c;

    LeftOutRecords(Connection c) {
        this.c = c;
    }

    /** Manager: the department's left-out records not merged since, each with the reason it was last left out for. */
    List<LedgerSnapshot.LeftOutRecord> pending(long departmentId) throws SQLException {
        Map<String, LedgerSnapshot.LeftOutRecord> byUid = new LinkedHashMap<>();
        try (var ps = c.prepareStatement("SELECT j.value ->> 'uid', j.value ->> 'reason', b.seq FROM exchange_batch b, "
                + Dialect.of(c).jsonArrayElements("b.summary", "leftOut", "j") + " WHERE b.kind IN ('REPORT_IN', 'WORKBOOK_IN') AND b.department_id = ? "
                + "ORDER BY b.id, j.key")) {
            ps.setLong(1, departmentId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String uid = rs.getString(1);
                    if (uid != null) {
                        byUid.put(uid, new LedgerSnapshot.LeftOutRecord(uid, rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
        RecordTables tables = new RecordTables(c);
        List<LedgerSnapshot.LeftOutRecord> out = new ArrayList<>();
        for (LedgerSnapshot.LeftOutRecord l : byUid.values()) {
            if (!tables.known(l.uid())) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Department: the records the manager left out are its own and not acknowledged after all —
     * the next report carries them again. Returns them described (evidence is not: it goes with
     * its entry or request).
     */
    List<ExchangeStore.Told> takeBack(List<LedgerSnapshot.LeftOutRecord> leftOut) throws SQLException {
        List<ExchangeStore.Told> told = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LedgerSnapshot.LeftOutRecord l : leftOut) {
            if (l == null || l.uid() == null || !seen.add(l.uid())) {
                continue;
            }
            String[] what = describe(l.uid());
            if (what == null) {
                continue; // not a record of this ledger: nothing to send again
            }
            Sql.update(c, "DELETE FROM exchange_sent WHERE uid = ?", l.uid());
            if (!"exchange.kind.evidence".equals(what[0])) {
                told.add(new ExchangeStore.Told(l.uid(), what[0], what[1], l.reason() == null ? "" : l.reason()));
            }
        }
        return told;
    }

    private String[] describe(String uid) throws SQLException {
        String[][] tables = {
                {"progress_entry", "exchange.kind.entry"},
                {"status_event", "exchange.kind.event"},
                {"extension_request", "exchange.kind.extension"}};
        for (String[] t : tables) {
            String code = Sql.string(c, "SELECT k.code FROM " + t[0] + " r JOIN task k ON k.id = r.task_id WHERE r.uid = ?", uid);
            if (code != null) {
                return new String[] {t[1], code};
            }
        }
        String indicator = Sql.string(c, "SELECT i.name FROM indicator_value r JOIN indicator i ON i.id = r.indicator_id "
                + "WHERE r.uid = ?", uid);
        if (indicator != null) {
            return new String[] {"exchange.kind.indicatorValue", indicator};
        }
        String evidence = Sql.string(c, "SELECT name FROM evidence WHERE uid = ?", uid);
        return evidence == null ? null : new String[] {"exchange.kind.evidence", evidence};
    }
}
