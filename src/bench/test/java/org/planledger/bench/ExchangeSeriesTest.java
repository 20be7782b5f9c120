package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.testing.TestClock;

/** The exchange items of the benchmark, on the shipped plan and a small synthetic ledger with progress. */
class ExchangeSeriesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedPlanRoundTrip() throws Exception {
        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        new ExchangeSeries(log, TestClock.get()).shipped(dir, 0, 1);

        assertEquals(List.of("shipped.exchange.packages", "shipped.exchange.open", "shipped.exchange.write",
                "shipped.exchange.reports", "shipped.exchange.importDryRun", "shipped.exchange.importMerge"),
                log.results().stream().map(Series::id).toList());
        assertTrue(log.results().stream().allMatch(s -> s.runs() == 1 && s.median() > 0));
        String packages = log.results().get(0).note();
        assertTrue(packages.matches("\\d+ 个任务包，共 [0-9.]+ KiB，任务 \\d+ 项次，记录 0 条"), packages);
        // every department with a lead task writes entries; the merge brings each of them and the work started
        String write = log.results().get(2).note();
        int entries = Integer.parseInt(write.substring(3, write.indexOf(' ', 3)));
        assertTrue(entries > 10, write);
        String merge = log.results().get(5).note();
        int fresh = Integer.parseInt(merge.substring(merge.indexOf("新增记录 ") + 5, merge.length() - 2));
        assertTrue(fresh >= entries, merge + " vs " + write);
        assertTrue(err.toString().contains("正在测量：离线交换：随程序提供的规划，完整往返"), err::toString);
    }

    @Test
    void aSmallSyntheticLedgerWithASampleOfDepartments() throws Exception {
        SyntheticPlans plans = new SyntheticPlans(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), 2, 30);
        Path base = SyntheticLedger.ensure(dir, plans, k -> { }, TestClock.get()).file();
        SyntheticLedger.prepareRegistry(base, () -> { }, TestClock.get());
        ProgressLedger.Result built = ProgressLedger.ensure(base, ProgressLedger.fileFor(dir, 2, 30), TestClock.get());
        long before = java.nio.file.Files.size(built.file());

        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(new StringWriter(), true), TestClock.get());
        new ExchangeSeries(log, TestClock.get()).city(built.file(), dir, 0, 1, 3);

        assertEquals(List.of("city.exchange.packages", "city.exchange.open", "city.exchange.report",
                "city.exchange.importDryRun", "city.exchange.importMerge"), log.results().stream().map(Series::id).toList());
        assertEquals(3, log.results().get(1).runs(), "one open per sampled department");
        assertTrue(log.results().get(1).note().startsWith("抽样 3/"), log.results().get(1).note());
        assertTrue(log.results().stream().allMatch(s -> s.median() > 0));
        assertEquals(before, java.nio.file.Files.size(built.file()), "the cached ledger is left as it was");
    }

    @Test
    void theSampleSpansTheSizes() {
        List<org.planledger.exchange.PackageExporter.Issued> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            issued.add(new org.planledger.exchange.PackageExporter.Issued(i, "d" + i, Path.of("p" + i), 1, i, 100 - i * 10));
        }
        List<Long> ids = ExchangeSeries.sample(issued, 3).stream().map(org.planledger.exchange.PackageExporter.Issued::departmentId)
                .toList();
        assertEquals(List.of(9L, 4L, 0L), ids, "the smallest, the middle, the largest by records");
        assertEquals(10, ExchangeSeries.sample(issued, 20).size());
    }
}
