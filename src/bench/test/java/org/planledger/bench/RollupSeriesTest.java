package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.rollup.LiveItems;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.store.Ledger;
import org.planledger.store.rollup.RollupStore;
import org.planledger.testing.TestClock;

/** The rollup items of the benchmark, on the shipped plan and a small synthetic ledger with progress. */
class RollupSeriesTest {

    @TempDir
    Path dir;

    private static final List<String> AXES = List.of("input", "chapter.cold", "chapter.warm", "department.cold",
            "department.warm", "year.cold", "year.warm");

    @Test
    void theShippedPlanOnly() throws Exception {
        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        new ShippedPlanSeries(log, 0, 1, false, true).run(dir);

        assertEquals(AXES.stream().map(a -> "shipped.rollup." + a).toList(),
                log.results().stream().map(Series::id).toList());
        assertTrue(log.results().stream().allMatch(s -> s.runs() == 1 && s.median() >= 0));
        assertEquals("163 项（任务 129，时间节点 34）", log.results().get(0).note());
        assertTrue(err.toString().contains("汇总（热）：随程序提供的规划，按部门"), err::toString);
    }

    @Test
    void theSyntheticLedgerWithProgressAndTheWarmPathGivesTheColdNumbers() throws Exception {
        SyntheticPlans plans = new SyntheticPlans(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), 2, 50);
        Path base = SyntheticLedger.ensure(dir, plans, k -> { }, TestClock.get()).file();
        SyntheticLedger.prepareRegistry(base, () -> { }, TestClock.get());
        ProgressLedger.Result built = ProgressLedger.ensure(base, ProgressLedger.fileFor(dir, 2, 50), TestClock.get());

        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        new RollupSeries(log, TestClock.get()).synthetic(built.file(), built.counts().entries(), 0, 2);

        assertEquals(AXES.stream().map(a -> "synthetic.rollup." + a).toList(),
                log.results().stream().map(Series::id).toList());
        assertTrue(log.results().stream().allMatch(s -> s.runs() == 2 && s.median() >= 0));
        assertTrue(log.results().get(0).note().endsWith("，进展记录 " + built.counts().entries() + " 条"),
                log.results().get(0).note());

        // what the warm items measure: one task read again into the live items rolls up as the cold read does
        try (Ledger l = Ledger.open(built.file(), TestClock.get())) {
            RollupStore store = l.rollup(TestClock.get());
            LocalDate today = LocalDate.now(TestClock.get());
            RollupInput in = store.input(0, today);
            LiveItems live = new LiveItems(in.items());
            long task = in.items().get(in.items().size() / 2).item().key().taskId();
            live.replaceTask(task, store.taskItems(task, today));
            OutlineRollup warm = Rollup.byOutline(in.withItems(live.all()));
            OutlineRollup cold = Rollup.byOutline(in);
            assertEquals(100, cold.plan().all().count());
            assertEquals(new java.util.HashSet<>(cold.plan().all().items()), new java.util.HashSet<>(warm.plan().all().items()));
            assertEquals(new java.util.HashSet<>(cold.plan().closed().items()),
                    new java.util.HashSet<>(warm.plan().closed().items()));
            assertTrue(cold.plan().closed().count() > 0);
        }
    }
}
