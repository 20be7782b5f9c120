package org.planledger.store.progress;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.ProgressHistory.Entry;
import org.planledger.store.progress.ProgressHistory.Evidence;
import org.planledger.store.progress.ProgressHistory.Extension;
import org.planledger.store.progress.ProgressHistory.Override;
import org.planledger.store.progress.ProgressHistory.StatusChange;

/** One task's recorded history up to a date, oldest first. */
final class HistoryQuery {

    private final Connection c;

    HistoryQuery(Connection c) {
        this.c = c;
    }

    ProgressHistory history(long taskId, LocalDate asOf) throws SQLException {
        String day = asOf.toString();
        Map<Long, List<Evidence>> byEntry = evidence("progress_entry_id", taskId);
        Map<Long, List<Evidence>> byEvent = evidence("status_event_id", taskId);
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT e.id, e.uid, e.milestone_id, e.department_id, d.name, "
                + "e.period_kind, e.period_start, e.written_on, e.progress, e.problems, e.next_steps, e.percent, "
                + "e.supersedes_id, (SELECT s.id FROM progress_entry s WHERE s.supersedes_id = e.id AND s.written_on <= ?2), "
                + "e.recorded_at, b.file_name FROM progress_entry e JOIN department d ON d.id = e.department_id "
                + "LEFT JOIN exchange_origin o ON o.uid = e.uid LEFT JOIN exchange_batch b ON b.id = o.batch_id "
                + "WHERE e.task_id = ?1 AND e.written_on <= ?2 ORDER BY e.written_on, e.id", taskId, day)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    entries.add(new Entry(id, rs.getString(2), longOrNull(rs, 3), rs.getLong(4), rs.getString(5),
                            new ReportingPeriod(PeriodKind.valueOf(rs.getString(6)), LocalDate.parse(rs.getString(7))),
                            LocalDate.parse(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                            intOrNull(rs, 12), longOrNull(rs, 13), longOrNull(rs, 14),
                            byEntry.getOrDefault(id, List.of()), Instant.parse(rs.getString(15)), rs.getString(16)));
                }
            }
        }
        List<StatusChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.milestone_id, e.status, e.effective_on, e.reason, "
                + "e.department_id, d.name, e.by_manager FROM status_event e LEFT JOIN department d ON d.id = e.department_id "
                + "WHERE e.task_id = ? AND e.effective_on <= ? ORDER BY e.effective_on, e.id")) {
            ps.setLong(1, taskId);
            ps.setString(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    changes.add(new StatusChange(id, longOrNull(rs, 2), TaskStatus.valueOf(rs.getString(3)),
                            LocalDate.parse(rs.getString(4)), rs.getString(5), longOrNull(rs, 6), rs.getString(7),
                            rs.getInt(8) == 1, byEvent.getOrDefault(id, List.of())));
                }
            }
        }
        List<Extension> extensions = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT r.id, r.milestone_id, r.department_id, d.name, "
                + "r.requested_on, r.old_due, r.new_due, r.reason, x.accepted, x.decided_on, x.reason "
                + "FROM extension_request r JOIN department d ON d.id = r.department_id "
                + "LEFT JOIN extension_decision x ON x.request_id = r.id AND x.decided_on <= ?2 "
                + "WHERE r.task_id = ?1 AND r.requested_on <= ?2 ORDER BY r.requested_on, r.id", taskId, day)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer accepted = intOrNull(rs, 9);
                    extensions.add(new Extension(rs.getLong(1), longOrNull(rs, 2), rs.getLong(3), rs.getString(4),
                            LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)),
                            LocalDate.parse(rs.getString(7)), rs.getString(8),
                            accepted == null ? null : accepted == 1,
                            rs.getString(10) == null ? null : LocalDate.parse(rs.getString(10)),
                            rs.getString(11) == null ? "" : rs.getString(11)));
                }
            }
        }
        List<Override> overrides = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, milestone_id, light, set_on, reason FROM light_override "
                + "WHERE task_id = ? AND set_on <= ? ORDER BY set_on, id")) {
            ps.setLong(1, taskId);
            ps.setString(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    overrides.add(new Override(rs.getLong(1), longOrNull(rs, 2),
                            rs.getString(3) == null ? null : Light.valueOf(rs.getString(3)),
                            LocalDate.parse(rs.getString(4)), rs.getString(5)));
                }
            }
        }
        return new ProgressHistory(taskId, entries, changes, extensions, overrides);
    }

    private Map<Long, List<Evidence>> evidence(String ownerColumn, long taskId) throws SQLException {
        String owner = ownerColumn.equals("progress_entry_id") ? "progress_entry" : "status_event";
        Map<Long, List<Evidence>> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v." + ownerColumn + ", v.id, v.name, v.size, v.sha256 "
                + "FROM evidence v JOIN " + owner + " o ON o.id = v." + ownerColumn + " WHERE o.task_id = ? ORDER BY v.id")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Evidence(rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
                }
            }
        }
        return map;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
