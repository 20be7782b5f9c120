package org.planledger.store.progress;

import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;

/**
 * The one status rule: an item's status is its latest event — effective last, and of one day's
 * events the one recorded last — and 未启动 without any; one item or all of them, the same answer.
 */
@BothBackends
class LatestStatusTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private long task;
    private long milestone;

    @BeforeEach
    void open() throws Exception {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
        milestone = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM milestone WHERE task_id = ?", task));
        ledger.inTransaction(c -> Sql.update(c, "DELETE FROM status_event WHERE task_id = ?", task));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void event(Long milestoneId, String status, String effectiveOn) {
        ledger.inTransaction(c -> Sql.update(c, "INSERT INTO status_event (uid, task_id, milestone_id, status, effective_on, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?, '2026-11-29T02:00:00Z')", UUID.randomUUID().toString(), task,
                milestoneId, status, effectiveOn));
    }

    private String refreshed(ItemKey item) {
        ledger.inTransaction(c -> {
            LatestStatus.refresh(c, item);
            return null;
        });
        return shown(item);
    }

    private String shown(ItemKey item) {
        return ledger.read(c -> item.isMilestone()
                ? Sql.string(c, "SELECT status FROM milestone WHERE id = ?", item.milestoneId())
                : Sql.string(c, "SELECT status FROM task WHERE id = ?", item.taskId()));
    }

    @Test
    void anItemWithoutEventsIsNotStarted() {
        ledger.inTransaction(c -> Sql.update(c, "UPDATE task SET status = 'SUSPENDED' WHERE id = ?", task));
        assertEquals("NOT_STARTED", refreshed(ItemKey.task(task)));
    }

    @Test
    void theEventEffectiveLastWinsWhateverOrderItWasRecordedIn() {
        event(null, "IN_PROGRESS", "2026-03-01");
        event(null, "SUSPENDED", "2026-02-01");
        assertEquals("IN_PROGRESS", refreshed(ItemKey.task(task)), "recorded later, effective earlier");
    }

    @Test
    void ofOneDaysEventsTheOneRecordedLastWins() {
        event(null, "SUSPENDED", "2026-03-01");
        event(null, "IN_PROGRESS", "2026-03-01");
        assertEquals("IN_PROGRESS", refreshed(ItemKey.task(task)));
    }

    @Test
    void aMilestonesEventsAreItsOwnNotItsTasks() {
        event(milestone, "CLOSED", "2026-03-01");
        event(null, "IN_PROGRESS", "2026-02-01");
        assertEquals("CLOSED", refreshed(ItemKey.milestone(task, milestone)));
        assertEquals("IN_PROGRESS", refreshed(ItemKey.task(task)));
    }

    @Test
    void refreshingEveryItemAgreesWithRefreshingEach() {
        event(milestone, "IN_PROGRESS", "2026-03-01");
        event(milestone, "SUSPENDED", "2026-01-01");
        event(null, "SUSPENDED", "2026-04-01");
        event(null, "IN_PROGRESS", "2026-04-01");
        List<ItemKey> items = List.of(ItemKey.task(task), ItemKey.milestone(task, milestone));
        List<String> each = items.stream().map(this::refreshed).toList();
        ledger.inTransaction(c -> Sql.update(c, "UPDATE task SET status = 'CLOSED'")
                + Sql.update(c, "UPDATE milestone SET status = 'CLOSED'"));
        ledger.inTransaction(c -> {
            LatestStatus.refreshAll(c);
            return null;
        });
        assertEquals(List.of("IN_PROGRESS", "IN_PROGRESS"), each);
        assertEquals(each, items.stream().map(this::shown).toList());
        int closedWithoutEvent = ledger.read(c -> Sql.count(c, "SELECT count(*) FROM task t WHERE status = 'CLOSED' "
                + "AND NOT EXISTS (SELECT 1 FROM status_event e WHERE e.task_id = t.id AND e.milestone_id IS NULL "
                + "AND e.status = 'CLOSED')"));
        assertEquals(0, closedWithoutEvent, "every other task is back to its own latest event too");
    }
}
