package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Task;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerStats;
import org.planledger.store.plan.PlanSummary;
import org.planledger.testing.TestClock;

/** The city-scale generator, on a small scale: the counts asked for, clearly marked, through the real store. */
class SyntheticPlansTest {

    private static Plan shipped;

    @TempDir
    Path dir;

    @BeforeAll
    static void readShippedPlan() {
        shipped = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
    }

    @Test
    void eachPlanHasTheRequestedTasksAndIsMarkedSynthetic() {
        SyntheticPlans plans = new SyntheticPlans(shipped, 2, 300);
        Set<String> titles = new HashSet<>();
        for (int k = 0; k < 2; k++) {
            Plan p = plans.plan(k);
            assertEquals(300, p.tasks().size(), "plan " + k);
            assertTrue(p.title().startsWith(SyntheticPlans.MARK), p.title());
            assertTrue(titles.add(p.title()), "titles differ");
            assertEquals(shipped.indicators().size(), p.indicators().size());
            Set<String> codes = new HashSet<>();
            for (Task t : p.tasks()) {
                assertTrue(codes.add(t.code()), "codes are unique: " + t.code());
            }
            // codes follow the (synthetic) document: chapter.section.task, numbered from 1
            assertEquals("2.1.1", p.tasks().get(0).code());
        }
        assertFalse(plans.plan(0).documentNumber().equals(plans.plan(1).documentNumber()));
    }

    @Test
    void theSecondPlanIsMovedFiveYearsOn() {
        SyntheticPlans plans = new SyntheticPlans(shipped, 2, 129);
        Plan first = plans.plan(0);
        Plan second = plans.plan(1);
        assertEquals(shipped.startYear(), first.startYear());
        assertEquals(shipped.startYear() + 5, second.startYear());
        assertEquals(shipped.endYear() + 5, second.endYear());
        List<Milestone> a = first.milestones();
        List<Milestone> b = second.milestones();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).year() + 5, b.get(i).year());
            assertEquals(a.get(i).dueDate().plusYears(5), b.get(i).dueDate());
        }
        assertTrue(second.title().contains("十五五"), second.title());
        assertTrue(second.tasks().stream().noneMatch(t -> t.text().contains("天桥区")), "district renamed");
    }

    @Test
    void writtenThroughTheRealStoreAndCached() throws Exception {
        SyntheticPlans plans = new SyntheticPlans(shipped, 2, 250);
        int[] progress = {0};

        SyntheticLedger.Result built = SyntheticLedger.ensure(dir, plans, k -> progress[0] = k, TestClock.get());

        assertTrue(built.built());
        assertEquals(2, progress[0]);
        assertEquals(SyntheticLedger.fileFor(dir, 2, 250), built.file());
        try (Ledger ledger = Ledger.open(built.file(), TestClock.get())) {
            LedgerStats stats = ledger.plans().stats(0);
            assertEquals(2, stats.plans());
            assertEquals(500, stats.tasks());
            List<PlanSummary> all = ledger.plans().plans();
            assertTrue(all.stream().allMatch(p -> p.title().startsWith(SyntheticPlans.MARK) && p.tasks() == 250));
            assertFalse(ledger.plans().search(0, "黑臭水体", 10).isEmpty());
        }

        SyntheticLedger.Result again = SyntheticLedger.ensure(dir, plans, k -> { }, TestClock.get());
        assertFalse(again.built(), "a complete ledger is reused");
    }

    @Test
    void medianMinMax() {
        Series s = new Series("x", "x").add(5).add(1).add(3).add(100);
        assertEquals(4.0, s.median());
        assertEquals(1.0, s.min());
        assertEquals(100.0, s.max());
        assertEquals(3.0, new Series("y", "y").add(3).add(1).add(9).median());
    }

    @Test
    void probeLineIsParsed() {
        var f = ColdStart.fields("PLANLEDGER_FIRST_FRAME firstFrame=1505 shown=1272 main=27 method=renderedFrame");
        assertEquals("1505", f.get("firstFrame"));
        assertEquals("renderedFrame", f.get("method"));
    }
}
