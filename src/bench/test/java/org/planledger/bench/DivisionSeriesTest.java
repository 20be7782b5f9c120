package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/** The division items of the benchmark, on a small synthetic ledger: what they time is what they claim. */
class DivisionSeriesTest {

    @TempDir
    Path dir;

    @Test
    void aSyntheticLedgerGetsItsRegistryOnceAndItsDivisionIsDraftedAndFiltered() throws Exception {
        SyntheticPlans plans = new SyntheticPlans(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(), 2, 200);
        Path file = SyntheticLedger.ensure(dir, plans, k -> { }, TestClock.get()).file();
        int[] started = {0};
        assertTrue(SyntheticLedger.prepareRegistry(file, () -> started[0]++, TestClock.get()) >= 0);
        assertEquals(-1, SyntheticLedger.prepareRegistry(file, () -> started[0]++, TestClock.get()), "only once per file");
        assertEquals(1, started[0]);

        StringWriter err = new StringWriter();
        BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());
        Map<String, Object> synthetic = new LinkedHashMap<>();
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            List<DivisionRow> rows = l.divisions().rows(0);
            assertEquals(400, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.division().state() == DivisionState.DRAFT && r.division().lead() != null),
                    "every task has a draft");

            new DivisionSeries(log).synthetic(l, 0, 1, synthetic);

            Department water = l.departments().all().stream()
                    .filter(d -> d.name().equals(DivisionSeries.FILTER_DEPARTMENT)).findFirst().orElseThrow();
            long involving = rows.stream().filter(r -> (r.division().lead() != null && r.division().lead().id() == water.id())
                    || r.division().cooperating().stream().map(DeptRef::id).anyMatch(id -> id == water.id())).count();
            assertTrue(involving > 0);
            assertEquals(involving, DivisionSeries.filter(rows, water.id()).size());
            assertEquals((int) involving, synthetic.get("filterMatches"));
            assertEquals(l.divisions().departmentTasks(water.id()).size(), (int) involving,
                    "the in-memory filter keeps what the department view shows");
        }
        assertEquals(400, synthetic.get("divisionTasks"));
        assertEquals(58, synthetic.get("departments"));
        assertEquals(List.of("synthetic.division.propose", "synthetic.division.apply", "synthetic.division.rows",
                        "synthetic.division.filter", "synthetic.division.departmentTasks.filter",
                        "synthetic.division.departmentTasks.busiest"),
                log.results().stream().map(Series::id).toList());
        assertTrue(log.results().stream().allMatch(s -> s.runs() == 1 && s.median() >= 0));
        assertTrue(log.results().get(0).note().equals("2 个规划，400 项任务"), log.results().get(0).note());
        assertTrue(err.toString().contains("合成台账：分工表按部门“水务局”筛选（内存中）"), err::toString);
    }
}
