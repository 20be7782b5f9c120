package org.planledger.store.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;

/**
 * Progress written on a 未启动 task or milestone starts it: the item becomes 推进中 on the day the
 * progress was written, unless its status changed after that day. One rule for progress written
 * in the ledger and for progress merged from a fill-in workbook.
 */
public final class ItemStart {

    private ItemStart() {
    }

    /**
     * The items that progress on {@code item} written on {@code writtenOn} starts, as of {@code today}:
     * its task, and the milestone itself when it is on one; each only while it is 未启动.
     */
    public static List<ItemKey> startedBy(Connection c, ItemKey item, LocalDate writtenOn, LocalDate today)
            throws SQLException {
        List<ItemKey> started = new ArrayList<>(2);
        if (starts(c, ItemKey.task(item.taskId()), writtenOn, today)) {
            started.add(ItemKey.task(item.taskId()));
        }
        if (item.isMilestone() && starts(c, item, writtenOn, today)) {
            started.add(item);
        }
        return started;
    }

    private static boolean starts(Connection c, ItemKey key, LocalDate writtenOn, LocalDate today) throws SQLException {
        return LatestStatus.asOf(c, key, today)
                .map(e -> e.status() == TaskStatus.NOT_STARTED && !writtenOn.isBefore(e.effectiveOn()))
                .orElse(true);
    }
}
