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

/** The Excel export items of the benchmark, on the shipped plan and a small synthetic ledger with progress. */
class ExportSeriesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedPlanOnly() throws Exception {
        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        new ShippedPlanSeries(log, 0, 1, false, false, true).run(dir);

        assertEquals(List.of("shipped.export.summary"), log.results().stream().map(Series::id).toList());
        Series s = log.results().get(0);
        assertTrue(s.runs() == 1 && s.median() > 0);
        assertTrue(s.note().matches("峰值堆 [0-9.]+ MiB，文件 [0-9]+ KiB，[0-9]+ 行"), s.note());
        assertTrue(err.toString().contains("Excel 导出：随程序提供的规划"), err::toString);
    }

    @Test
    void onePlanAndTheWholeSyntheticLedger() throws Exception {
        SyntheticPlans plans = new SyntheticPlans(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), 2, 30);
        Path base = SyntheticLedger.ensure(dir, plans, k -> { }, TestClock.get()).file();
        SyntheticLedger.prepareRegistry(base, () -> { }, TestClock.get());
        ProgressLedger.Result built = ProgressLedger.ensure(base, ProgressLedger.fileFor(dir, 2, 30), TestClock.get());

        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(new StringWriter(), true), TestClock.get());
        new ExportSeries(log, TestClock.get()).synthetic(built.file(), dir, 0, 2, true);

        assertEquals(List.of("synthetic.export.plan", "synthetic.export.all"),
                log.results().stream().map(Series::id).toList());
        assertTrue(log.results().stream().allMatch(s -> s.runs() == 2 && s.median() > 0));
        long onePlan = rows(log.results().get(0));
        long all = rows(log.results().get(1));
        assertTrue(all > onePlan, all + " vs " + onePlan);
    }

    private static long rows(Series s) {
        String note = s.note();
        return Long.parseLong(note.substring(note.lastIndexOf('，') + 1, note.length() - 2));
    }
}
