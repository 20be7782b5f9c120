package org.planledger.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.i18n.Text;

/**
 * Records the manager leaves out of a merge. A left-out record is not written; its uid and the
 * manager's reason are kept in the merge's batch summary ({@code "leftOut"}), and every later
 * package to the department names it until a later report brings it and it is merged — so the
 * department ledger counts it as not acknowledged, sends it again, and shows the reason.
 * What depends on a left-out record (its evidence, a correction of it) is left out with it.
 */
final class LeftOut {

    /** The records to write, and the records left out with their reasons. */
    record Split(Records kept, Map<String, String> leftOut) {
    }

    private LeftOut() {
    }

    /** Refuses a left-out record without a reason: the department is owed one. */
    static void requireReasons(Map<String, String> asked) {
        for (Map.Entry<String, String> e : asked.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new ExchangeException(Text.of("exchange.error.leftOutNoReason"));
            }
        }
    }

    static Split split(Records fresh, Map<String, String> asked) {
        Map<String, String> out = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return new Split(fresh, out);
        }
        Records kept = Records.empty();
        // corrections follow what they correct (the records come sorted so), evidence follows its owner
        for (Records.Entry e : RecordTables.supersededFirst(fresh.entries())) {
            String reason = asked.containsKey(e.uid()) ? asked.get(e.uid())
                    : e.supersedes() == null ? null : out.get(e.supersedes());
            if (reason != null) {
                out.put(e.uid(), reason.strip());
            } else {
                kept.entries().add(e);
            }
        }
        for (Records.Event e : fresh.events()) {
            keep(e.uid(), asked, out, () -> kept.events().add(e));
        }
        for (Records.ExtensionRequest e : fresh.extensionRequests()) {
            keep(e.uid(), asked, out, () -> kept.extensionRequests().add(e));
        }
        for (Records.IndicatorValue v : fresh.indicatorValues()) {
            keep(v.uid(), asked, out, () -> kept.indicatorValues().add(v));
        }
        for (Records.Evidence e : fresh.evidence()) {
            String owner = e.entry() != null ? e.entry() : e.event();
            if (owner != null && out.containsKey(owner)) {
                out.put(e.uid(), out.get(owner));
            } else {
                kept.evidence().add(e);
            }
        }
        return new Split(kept, out);
    }

    private static void keep(String uid, Map<String, String> asked, Map<String, String> out, Runnable keep) {
        if (asked.containsKey(uid)) {
            out.put(uid, asked.get(uid).strip());
        } else {
            keep.run();
        }
    }

    /** The batch summary's entry for the left-out records: [{uid, reason}, …]. */
    static List<Map<String, Object>> summary(Map<String, String> leftOut) {
        List<Map<String, Object>> list = new ArrayList<>();
        leftOut.forEach((uid, reason) -> list.add(Map.of("uid", uid, "reason", reason)));
        return list;
    }

    /**
     * Manager: the department's records left out of merged reports and not merged since, each
     * with the reason it was last left out for; what every package to the department carries.
     */
    static List<Manifest.LeftOut> pending(Connection c, long departmentId) throws SQLException {
        Map<String, Manifest.LeftOut> byUid = new LinkedHashMap<>();
        RecordTables tables = new RecordTables(c);
        try (var ps = c.prepareStatement("SELECT j.value ->> 'uid', j.value ->> 'reason', b.seq FROM exchange_batch b, "
                + "json_each(b.summary, '$.leftOut') j WHERE b.kind IN ('REPORT_IN', 'WORKBOOK_IN') AND b.department_id = ? "
                + "ORDER BY b.id, j.key")) {
            ps.setLong(1, departmentId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String uid = rs.getString(1);
                    if (uid != null) {
                        byUid.put(uid, new Manifest.LeftOut(uid, rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
        List<Manifest.LeftOut> out = new ArrayList<>();
        for (Manifest.LeftOut l : byUid.values()) {
            if (!tables.known(l.uid())) {
                out.add(l);
            }
        }
        return out;
    }

    /** Manager: why each record was left out before, by uid, for the preview of a report that brings it again. */
    static Map<String, String> earlier(Connection c, long departmentId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Manifest.LeftOut l : pending(c, departmentId)) {
            out.put(l.uid(), l.reason());
        }
        return out;
    }

    /** One left-out record as the department reads it. */
    record Told(String uid, String kindKey, String code, String reason) {
    }

    /**
     * Department: the records the manager left out are its own and not acknowledged after all —
     * the next report carries them again. Returns them described, for the package's result.
     */
    static List<Told> takeBack(Connection c, List<Manifest.LeftOut> leftOut) throws SQLException {
        List<Told> told = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Manifest.LeftOut l : leftOut) {
            if (l == null || l.uid() == null || !seen.add(l.uid())) {
                continue;
            }
            String[] what = describe(c, l.uid());
            if (what == null) {
                continue; // not a record of this ledger: nothing to send again
            }
            Db.update(c, "DELETE FROM exchange_sent WHERE uid = ?", l.uid());
            if (!"exchange.kind.evidence".equals(what[0])) {
                // evidence goes with its entry or request, which the department is told of
                told.add(new Told(l.uid(), what[0], what[1], l.reason() == null ? "" : l.reason()));
            }
        }
        return told;
    }

    private static String[] describe(Connection c, String uid) throws SQLException {
        String[][] tables = {
                {"progress_entry", "exchange.kind.entry"},
                {"status_event", "exchange.kind.event"},
                {"extension_request", "exchange.kind.extension"}};
        for (String[] t : tables) {
            String code = Db.string(c, "SELECT k.code FROM " + t[0] + " r JOIN task k ON k.id = r.task_id WHERE r.uid = ?", uid);
            if (code != null) {
                return new String[] {t[1], code};
            }
        }
        String indicator = Db.string(c, "SELECT i.name FROM indicator_value r JOIN indicator i ON i.id = r.indicator_id "
                + "WHERE r.uid = ?", uid);
        if (indicator != null) {
            return new String[] {"exchange.kind.indicatorValue", indicator};
        }
        String evidence = Db.string(c, "SELECT name FROM evidence WHERE uid = ?", uid);
        return evidence == null ? null : new String[] {"exchange.kind.evidence", evidence};
    }
}
