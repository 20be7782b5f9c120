package org.planledger.store.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.store.Sql;

/**
 * The 工作台's requests and decisions of one plan, as known on a day; for one department (its own
 * requests, decisions on the items it leads) or for all (0). Plain SQL both databases read alike:
 * dates are ISO text, the lead of a milestone is its own lead or else its task's.
 */
final class DeskQuery {

    /** The item's code and words, and its lead department; {@code x} is the row naming task_id and milestone_id. */
    private static final String ITEM = "JOIN task t ON t.id = x.task_id "
            + "LEFT JOIN milestone m ON m.id = x.milestone_id "
            + "LEFT JOIN milestone_lead ml ON ml.milestone_id = x.milestone_id "
            + "LEFT JOIN task_assignment ta ON ta.task_id = x.task_id AND ta.role = 'LEAD' ";
    private static final String ITEM_COLUMNS = "x.task_id, x.milestone_id, t.code, "
            + "CASE WHEN m.id IS NULL THEN t.title ELSE m.text END, COALESCE(ml.department_id, ta.department_id)";

    private final Connection c;

    DeskQuery(Connection c) {
        this.c = c;
    }

    DeskRequests read(long planId, long departmentId, LocalDate from, LocalDate asOf) throws SQLException {
        return new DeskRequests(pendingExtensions(planId, departmentId, asOf), decisions(planId, departmentId, from, asOf));
    }

    private List<DeskRequests.PendingExtension> pendingExtensions(long planId, long departmentId, LocalDate asOf)
            throws SQLException {
        List<DeskRequests.PendingExtension> list = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + ITEM_COLUMNS + ", x.id, x.department_id, d.name, "
                + "x.requested_on, x.old_due, x.new_due, x.reason FROM extension_request x " + ITEM
                + "JOIN department d ON d.id = x.department_id "
                + "LEFT JOIN extension_decision k ON k.request_id = x.id AND k.decided_on <= ?2 "
                + "WHERE t.plan_id = ?1 AND t.withdrawn = 0 AND (m.id IS NULL OR m.withdrawn = 0) "
                + "AND x.requested_on <= ?2 AND k.id IS NULL AND (?3 = 0 OR x.department_id = ?3) "
                + "ORDER BY x.requested_on, x.id", planId, asOf.toString(), departmentId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new DeskRequests.PendingExtension(rs.getLong(6), key(rs), rs.getString(3), rs.getString(4),
                        rs.getLong(7), rs.getString(8), LocalDate.parse(rs.getString(9)),
                        LocalDate.parse(rs.getString(10)), LocalDate.parse(rs.getString(11)), rs.getString(12)));
            }
        }
        return list;
    }

    private List<DeskRequests.Decision> decisions(long planId, long departmentId, LocalDate from, LocalDate asOf)
            throws SQLException {
        List<DeskRequests.Decision> list = new ArrayList<>();
        String lead = "(?4 = 0 OR COALESCE(ml.department_id, ta.department_id) = ?4) ";
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + ITEM_COLUMNS + ", x.status, x.effective_on, x.reason "
                + "FROM status_event x " + ITEM
                + "WHERE t.plan_id = ?1 AND x.by_manager = 1 AND x.status IN ('CLOSED', 'RETURNED') "
                + "AND x.effective_on >= ?2 AND x.effective_on <= ?3 AND " + lead
                + "ORDER BY x.effective_on, x.id", planId, from.toString(), asOf.toString(), departmentId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DeskRequests.Decision.Kind kind = "CLOSED".equals(rs.getString(6))
                        ? DeskRequests.Decision.Kind.CLOSE_OUT_ACCEPTED : DeskRequests.Decision.Kind.CLOSE_OUT_RETURNED;
                list.add(new DeskRequests.Decision(kind, key(rs), rs.getString(3), rs.getString(4), leadOf(rs),
                        LocalDate.parse(rs.getString(7)), rs.getString(8), null));
            }
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + ITEM_COLUMNS + ", k.accepted, k.decided_on, k.reason, "
                + "x.new_due FROM extension_decision k JOIN extension_request x ON x.id = k.request_id " + ITEM
                + "WHERE t.plan_id = ?1 AND k.decided_on >= ?2 AND k.decided_on <= ?3 "
                + "AND (?4 = 0 OR x.department_id = ?4) ORDER BY k.decided_on, k.id",
                planId, from.toString(), asOf.toString(), departmentId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DeskRequests.Decision.Kind kind = rs.getInt(6) == 1
                        ? DeskRequests.Decision.Kind.EXTENSION_ACCEPTED : DeskRequests.Decision.Kind.EXTENSION_REFUSED;
                list.add(new DeskRequests.Decision(kind, key(rs), rs.getString(3), rs.getString(4), leadOf(rs),
                        LocalDate.parse(rs.getString(7)), rs.getString(8), LocalDate.parse(rs.getString(9))));
            }
        }
        list.sort(java.util.Comparator.comparing(DeskRequests.Decision::on));
        return list;
    }

    private static ItemKey key(ResultSet rs) throws SQLException {
        long task = rs.getLong(1);
        long milestone = rs.getLong(2);
        return rs.wasNull() ? ItemKey.task(task) : ItemKey.milestone(task, milestone);
    }

    private static Long leadOf(ResultSet rs) throws SQLException {
        long lead = rs.getLong(5);
        return rs.wasNull() ? null : lead;
    }
}
