package org.planledger.store.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.Sql;

/**
 * The one rule for a task's or milestone's status: it is its latest status event — the one
 * effective last and, of events effective on the same day, the one recorded last — or 未启动
 * while it has none. The outline keeps the result in task.status and milestone.status; every
 * path that writes events (progress written here, a merged report, an opened package) brings
 * it up to date through this class.
 */
public final class LatestStatus {

    /** The latest event first. */
    private static final String LATEST_FIRST = "ORDER BY e.effective_on DESC, e.id DESC LIMIT 1";

    private LatestStatus() {
    }

    /** The item's status brought up to its latest event. */
    public static void refresh(Connection c, ItemKey item) throws SQLException {
        String latest = "coalesce((SELECT e.status FROM status_event e WHERE e.task_id = ? AND e.milestone_id IS NOT DISTINCT FROM ? "
                + LATEST_FIRST + "), 'NOT_STARTED')";
        if (item.isMilestone()) {
            Sql.update(c, "UPDATE milestone SET status = " + latest + " WHERE id = ?", item.taskId(), item.milestoneId(),
                    item.milestoneId());
        } else {
            Sql.update(c, "UPDATE task SET status = " + latest + " WHERE id = ?", item.taskId(), null, item.taskId());
        }
    }

    /** The item's latest event effective on or before {@code day}; empty while it has none (未启动). */
    public static Optional<Event> asOf(Connection c, ItemKey item, LocalDate day) throws SQLException {
        try (var ps = c.prepareStatement("SELECT e.status, e.effective_on FROM status_event e WHERE e.task_id = ? "
                + "AND e.milestone_id IS NOT DISTINCT FROM ? AND e.effective_on <= ? " + LATEST_FIRST)) {
            Sql.bind(ps, item.taskId(), item.milestoneId(), day.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Event(TaskStatus.valueOf(rs.getString(1)),
                        LocalDate.parse(rs.getString(2)))) : Optional.empty();
            }
        }
    }

    /** A status event: the status and the day it took effect. */
    public record Event(TaskStatus status, LocalDate effectiveOn) {
    }

    /** Every task's and milestone's status brought up to its latest event. */
    public static void refreshAll(Connection c) throws SQLException {
        Sql.update(c, "UPDATE task SET status = coalesce((SELECT e.status FROM status_event e WHERE e.task_id = task.id "
                + "AND e.milestone_id IS NULL " + LATEST_FIRST + "), 'NOT_STARTED')");
        // task_id first: the events' index leads with it
        Sql.update(c, "UPDATE milestone SET status = coalesce((SELECT e.status FROM status_event e WHERE e.task_id = "
                + "milestone.task_id AND e.milestone_id = milestone.id " + LATEST_FIRST + "), 'NOT_STARTED')");
    }
}
