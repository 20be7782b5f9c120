package org.planledger.store.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemState;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;

/**
 * The lights of today read each item's percent and last entry day from item_progress, which the
 * database keeps from the entries; a view as of an earlier day reads the entries. Both must give
 * every item the same state, whatever was written, corrected or written late.
 */
@BothBackends
class ItemProgressTest {

    private static final ReportingPeriod PERIOD = new ReportingPeriod(PeriodKind.MONTH, LocalDate.of(2026, 10, 1));

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private long task;
    private long milestone;
    private long department;

    @BeforeEach
    void open() throws Exception {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
        milestone = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM milestone WHERE task_id = ?", task));
        department = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long entry(long taskId, Long milestoneId, String writtenOn, Integer percent, Long supersedes) {
        return ledger.inTransaction(c -> Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, milestone_id, department_id, "
                + "period_kind, period_start, period_end, written_on, progress, percent, supersedes_id, recorded_at) "
                + "VALUES (?, ?, ?, ?, 'MONTH', '2026-10-01', '2026-10-31', ?, '推进', ?, ?, 'x')",
                UUID.randomUUID().toString(), taskId, milestoneId, department, writtenOn, percent, supersedes));
    }

    private ItemState state(ItemKey key, LocalDate asOf, boolean fromItemProgress) {
        return states(asOf, fromItemProgress).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private List<ItemState> states(LocalDate asOf, boolean fromItemProgress) {
        return ledger.read(c -> new ItemStateQuery(c, fromItemProgress).items(0, 0, asOf, PERIOD));
    }

    @Test
    void aCorrectionWithoutAPercentBringsBackThePercentBeforeIt() {
        entry(task, null, "2026-09-05", 30, null);
        long wrong = entry(task, null, "2026-10-05", 90, null);
        entry(task, null, "2026-10-06", null, wrong);
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(30, state(ItemKey.task(task), today, true).percent());
        assertEquals(LocalDate.of(2026, 10, 6), state(ItemKey.task(task), today, true).lastWritten());
        assertEquals(90, state(ItemKey.task(task), LocalDate.of(2026, 10, 5), true).percent(), "before the correction");
    }

    @Test
    void aMilestonesEntryIsItsTasksLastEntryButNotItsPercent() {
        entry(task, null, "2026-09-05", 40, null);
        entry(task, milestone, "2026-11-20", 100, null);
        LocalDate today = LocalDate.of(2026, 12, 7);
        ItemState ofTask = state(ItemKey.task(task), today, true);
        ItemState ofMilestone = state(ItemKey.milestone(task, milestone), today, true);
        assertEquals(40, ofTask.percent());
        assertEquals(LocalDate.of(2026, 11, 20), ofTask.lastWritten());
        assertEquals(100, ofMilestone.percent());
        assertEquals(LocalDate.of(2026, 11, 20), ofMilestone.lastWritten());
    }

    @Test
    void aCorrectionOfAnotherItemsEntryChangesThatItem() {
        long onMilestone = entry(task, milestone, "2026-10-05", 80, null);
        entry(task, null, "2026-10-07", 50, onMilestone);
        ItemState ofMilestone = state(ItemKey.milestone(task, milestone), LocalDate.of(2026, 12, 7), true);
        assertNull(ofMilestone.percent(), "its only percent was corrected");
        assertEquals(50, state(ItemKey.task(task), LocalDate.of(2026, 12, 7), true).percent());
    }

    @Test
    void anEntryDatedLaterThanTheDayIsNotSeenByTheDaysView() {
        entry(task, null, "2026-09-05", 20, null);
        entry(task, null, "2027-01-05", 70, null);
        ItemState seen = state(ItemKey.task(task), LocalDate.of(2026, 12, 7), true);
        assertEquals(20, seen.percent());
        assertEquals(LocalDate.of(2026, 9, 5), seen.lastWritten());
    }

    @Test
    void everyItemHasTheSameStateFromItemProgressAsFromTheEntries() throws SQLException {
        Random random = new Random(18);
        List<long[]> items = ledger.read(c -> items(c));
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long[] item = items.get(random.nextInt(items.size()));
            Long milestoneId = item[1] == 0 ? null : item[1];
            String day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)).toString();
            Integer percent = random.nextInt(4) == 0 ? null : random.nextInt(101);
            Long corrects = !written.isEmpty() && random.nextInt(5) == 0 ? written.get(random.nextInt(written.size())) : null;
            written.add(entry(item[0], milestoneId, day, percent, corrects));
        }
        LocalDate today = LocalDate.of(2026, 12, 7);
        List<ItemState> fromItemProgress = states(today, true);
        assertEquals(states(today, false), fromItemProgress);
        assertTrue(fromItemProgress.stream().filter(s -> s.percent() != null).count() > 20, "percents were compared");
        assertEquals((int) ledger.read(c -> Sql.count(c, "SELECT (SELECT count(DISTINCT task_id) FROM progress_entry) "
                + "+ (SELECT count(DISTINCT milestone_id) FROM progress_entry)")),
                (int) ledger.read(c -> Sql.count(c, "SELECT count(*) FROM item_progress")), "one row per task and milestone written");
    }

    private static List<long[]> items(Connection c) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT t.id, coalesce(m.id, 0) FROM task t LEFT JOIN milestone m ON m.task_id = t.id "
                + "WHERE t.code LIKE '5.%' ORDER BY t.id, m.id"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }
}
