package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.Outcome;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressStore;
import org.planledger.testing.TestClock;

/** The lights-and-deadlines items of the benchmark, on a small synthetic ledger with progress. */
class ProgressSeriesTest {

    @TempDir
    Path dir;

    @Test
    void theProgressLedgerIsWrittenOnceAndTheItemsMeasureWhatTheyClaim() throws Exception {
        SyntheticPlans plans = new SyntheticPlans(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), 2, 100);
        Path base = SyntheticLedger.ensure(dir, plans, k -> { }, TestClock.get()).file();
        SyntheticLedger.prepareRegistry(base, () -> { }, TestClock.get());
        Path file = ProgressLedger.fileFor(dir, 2, 100);

        ProgressLedger.Result built = ProgressLedger.ensure(base, file, TestClock.get());

        assertTrue(built.built());
        ProgressLedger.Counts n = built.counts();
        assertTrue(n.entries() >= 8 * 200 && n.entries() <= 12 * 200 * 17 / 16 + 20, "about ten a task: " + n);
        assertTrue(n.superseding() > 0 && n.onMilestones() > 0 && n.closedTasks() > 0 && n.closedMilestones() > 0, n::toString);
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".part")));
        ProgressLedger.Result again = ProgressLedger.ensure(base, file, TestClock.get());
        assertFalse(again.built(), "a complete ledger is reused");
        assertEquals(n, again.counts());

        try (Ledger l = Ledger.open(file, TestClock.get())) {
            ProgressStore p = l.progress(TestClock.get());
            LocalDate today = p.today();
            List<ItemLight> all = p.lights(0, today);
            long tasks = all.stream().filter(i -> !i.item().isMilestone()).count();
            assertEquals(200, tasks);
            assertTrue(all.stream().allMatch(i -> i.item().leadId() != null), "every item has a lead");
            assertEquals(n.closedTasks(), all.stream().filter(i -> !i.item().isMilestone()
                    && i.item().status() == TaskStatus.CLOSED).count());
            assertTrue(all.stream().anyMatch(i -> i.item().percent() != null));
            assertTrue(all.stream().anyMatch(i -> i.verdict().outcome() == Outcome.DONE_LATE
                    || i.verdict().outcome() == Outcome.DONE_ON_TIME));
            // the entries are the store's: a task's history reads them, corrections included
            long first = all.get(0).item().key().taskId();
            ProgressHistory h = p.history(first, today);
            assertTrue(h.entries().size() >= 8, h::toString);
            assertTrue(h.entries().stream().allMatch(e -> e.period().start().getYear() >= 2021
                    && e.writtenOn().isAfter(e.period().end())));

            // the deadline list: open items overdue or due within 30 days, earliest first
            List<ItemLight> due = org.planledger.progress.Deadlines.overdueOrDueWithin(all, 30);
            assertFalse(due.isEmpty());
            for (int i = 0; i < due.size(); i++) {
                ItemLight d = due.get(i);
                assertTrue(d.verdict().daysToDue() <= 30);
                assertTrue(d.item().status() != TaskStatus.CLOSED && d.item().status() != TaskStatus.SUSPENDED);
                if (i > 0) {
                    assertFalse(d.item().due().isBefore(due.get(i - 1).item().due()));
                }
            }
            long expected = all.stream().filter(i -> i.verdict().daysToDue() != null && i.verdict().daysToDue() <= 30
                    && (i.verdict().outcome() == Outcome.OPEN || i.verdict().outcome() == Outcome.NOT_DONE)).count();
            assertEquals(expected, due.size());
            assertTrue(due.stream().allMatch(d -> d.verdict().light() != Light.GREY || d.verdict().overridden()));
        }

        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        Map<String, Object> synthetic = new LinkedHashMap<>();
        new ProgressSeries(log, TestClock.get()).synthetic(base, file, 0, 1, synthetic);

        assertEquals(List.of("synthetic.progress.lights", "synthetic.progress.due", "synthetic.progress.planLights",
                        "synthetic.progress.explain", "synthetic.progress.asOf", "synthetic.progress.reporting"),
                log.results().stream().map(Series::id).toList());
        assertTrue(log.results().stream().allMatch(s -> s.runs() == 1 && s.median() >= 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) synthetic.get("progress");
        assertEquals(n.entries(), info.get("entries"));
        assertEquals(false, info.get("builtNow"));
        assertTrue(log.results().get(0).note().endsWith("，进展记录 " + n.entries() + " 条"), log.results().get(0).note());
        assertTrue(err.toString().contains("合成台账：全部任务和时间节点的灯色（截至今天）"), err::toString);
    }

    @Test
    void theShippedPlanItems() throws Exception {
        Path file = dir.resolve("shipped.planledger");
        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        new ShippedPlanSeries(log, 0, 1, true).run(dir);

        assertEquals(List.of("shipped.progress.lights", "shipped.progress.due", "shipped.progress.explain",
                "shipped.progress.asOf"), log.results().stream().map(Series::id).toList());
        assertEquals("163 项（任务 129，时间节点 34）", log.results().get(0).note());
        assertEquals("列出 163 项", log.results().get(1).note());
        assertEquals("4 条原因", log.results().get(2).note(), "5.3.6 and its milestone: overdue and not reported, each");
        assertTrue(Files.exists(file));
    }
}
