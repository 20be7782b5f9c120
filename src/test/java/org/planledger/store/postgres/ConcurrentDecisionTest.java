package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.testing.TestPostgres;

/**
 * Two managers on one team ledger decide the same close-out at the same moment, one accepting,
 * one returning it: one decision is recorded, and the other manager is told in words why theirs
 * was not; nothing is doubled.
 */
class ConcurrentDecisionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final int TASKS = 12;

    @TempDir
    Path dir;

    @Test
    void twoManagersDecidingOneCloseOutEndWithOneDecision() throws Exception {
        TeamAddress address = TestPostgres.address(TestPostgres.newLedgerDatabase("decide"));
        Clock clock = Clock.fixed(DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        List<Long> tasks;
        try (Ledger ledger = Ledger.openTeam(address, clock)) {
            LedgerStartup.prepare(ledger);
            tasks = ledger.read(c -> {
                List<Long> ids = new ArrayList<>();
                try (var ps = c.prepareStatement("SELECT t.id FROM task t JOIN task_assignment a ON a.task_id = t.id "
                        + "AND a.role = 'LEAD' ORDER BY t.id LIMIT " + TASKS); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            Path photo = Files.writeString(dir.resolve("验收照片.txt"), "照片");
            for (long task : tasks) {
                long lead = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ? "
                        + "AND role = 'LEAD'", task));
                ledger.progress(clock).requestCloseOut(ItemKey.task(task), lead, DAY, "已完成", List.of(new EvidenceFile(photo)));
            }
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (Ledger first = Ledger.openTeam(address, clock); Ledger second = Ledger.openTeam(address, clock)) {
            int refusals = 0;
            for (long task : tasks) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<String> accept = two.submit(() -> decide(together,
                        () -> first.progress(clock).acceptCloseOut(ItemKey.task(task), DAY, "同意")));
                Future<String> ret = two.submit(() -> decide(together,
                        () -> second.progress(clock).returnCloseOut(ItemKey.task(task), DAY, "缺少验收报告")));
                String a = accept.get(60, TimeUnit.SECONDS);
                String r = ret.get(60, TimeUnit.SECONDS);
                assertTrue(a == null ^ r == null, "exactly one of the two decisions stands: " + a + " / " + r);
                String refusal = a != null ? a : r;
                assertTrue(refusal.contains("没有待审核的销号申请"), refusal);
                refusals++;
                long decisions = first.read(c -> Sql.longOrNull(c, "SELECT count(*) FROM status_event WHERE task_id = ? "
                        + "AND milestone_id IS NULL AND status IN ('CLOSED', 'RETURNED')", task));
                assertEquals(1, decisions, "one decision for task " + task);
            }
            assertEquals(TASKS, refusals);
        } finally {
            two.shutdownNow();
        }
    }

    /** Runs the decision when the other one is ready too; null when it stood, else the words of its refusal. */
    private static String decide(CyclicBarrier together, Runnable decision) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            decision.run();
            return null;
        } catch (StoreException e) {
            return Messages.chinese().format(e.problem());
        }
    }
}
