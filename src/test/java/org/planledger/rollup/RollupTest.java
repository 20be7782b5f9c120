package org.planledger.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;

/** Every figure below is worked out by hand from the ledger described in {@link HandMadeLedger}. */
@BothBackends
class RollupTest {

    /** Whose ledger {@link #make} builds: every test reads the same hand-made ledger on this backend. */
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    private static HandMadeLedger hand;
    private static RollupInput today;

    @BeforeParameterizedClassInvocation
    static void make(Backend backend) {
        hand = HandMadeLedger.create(backend, dir);
        today = hand.ledger.rollup(HandMadeLedger.clock()).input(hand.plan, HandMadeLedger.TODAY);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        hand.ledger.close();
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }

    private Set<Long> tasks(Cell cell) {
        return cell.items().stream().map(ItemKey::taskId).collect(Collectors.toSet());
    }

    @Test
    void alongTheOutlineByCountAndByWeight() {
        OutlineRollup r = Rollup.byOutline(today);
        Tally plan = r.plan();
        assertEquals(6, plan.all().count());
        assertEquals(2, plan.closed().count());
        assertEquals(33.3, round(plan.completion()));
        assertEquals(55.6, round(plan.weightedCompletion()), "(3 + 2) of (3 + 1 + 1 + 2 + 1 + 1)");
        assertEquals(2, plan.light(Light.RED).count());
        assertEquals(3, plan.light(Light.GREEN).count());
        assertEquals(1, plan.light(Light.GREY).count());
        assertEquals(0, plan.light(Light.YELLOW).count());
        assertEquals(1, plan.status(TaskStatus.IN_PROGRESS).count());
        assertEquals(1, plan.status(TaskStatus.NOT_STARTED).count());
        assertEquals(1, plan.status(TaskStatus.SUSPENDED).count());
        assertEquals(1, plan.status(TaskStatus.ONGOING).count());

        OutlineRollup.ChapterRow air = r.chapters().get(0);
        assertEquals("大气", air.title());
        assertEquals(33.3, round(air.tally().completion()));
        assertEquals(60.0, round(air.tally().weightedCompletion()), "3 of 3 + 1 + 1");
        assertEquals(Set.of(hand.task("1.1.2"), hand.task("1.2.1")), tasks(air.tally().light(Light.RED)));
        OutlineRollup.SectionRow governance = air.sections().get(0);
        assertEquals(50.0, governance.tally().completion());
        assertEquals(75.0, governance.tally().weightedCompletion());
        assertEquals(0.0, air.sections().get(1).tally().completion());

        OutlineRollup.ChapterRow water = r.chapters().get(1);
        assertEquals(33.3, round(water.tally().completion()));
        assertEquals(50.0, water.tally().weightedCompletion(), "2 of 2 + 1 + 1");
        assertEquals(Set.of(hand.task("2.1.1"), hand.task("2.1.3")), tasks(water.tally().light(Light.GREEN)));
        assertEquals(Set.of(hand.task("2.1.2")), tasks(water.tally().light(Light.GREY)));
    }

    @Test
    void countingMilestonesInsteadOfTasks() {
        OutlineRollup r = Rollup.byOutline(today.withOptions(new RollupOptions(true, false)));
        assertEquals(3, r.plan().all().count());
        assertEquals(2, r.plan().closed().count());
        assertEquals(66.7, round(r.plan().completion()));
        assertEquals(1, r.chapters().size(), "chapter 2 has no milestones");
        assertEquals(Set.of(hand.milestone("1.2.1", 2025)), Set.copyOf(r.plan().light(Light.RED).items()));
    }

    @Test
    void byDepartmentLeadOnly() {
        List<DepartmentRollup> rows = Rollup.byDepartment(today);
        assertEquals(List.of("丙局", "甲局", "乙局"), rows.stream().map(DepartmentRollup::name).toList(), "pinyin order");
        DepartmentRollup bing = rows.get(0);
        DepartmentRollup jia = rows.get(1);
        DepartmentRollup yi = rows.get(2);
        assertEquals(List.of(2, 2, 2, 1, 1, 0, 0), counts(jia));
        assertEquals(50.0, jia.completion());
        assertEquals(75.0, jia.weightedCompletion(), "3 of 3 + 1");
        assertEquals(List.of(2, 1, 2, 0, 1, 1, 1), counts(yi));
        assertEquals(Set.of(hand.task("1.2.1")), tasks(yi.notReported()));
        assertEquals(0.0, yi.completion());
        assertEquals(List.of(2, 1, 2, 1, 0, 0, 0), counts(bing), "the suspended task is neither on track nor late");
        assertEquals(50.0, bing.completion());
    }

    @Test
    void byDepartmentWithCooperation() {
        List<DepartmentRollup> rows = Rollup.byDepartment(today.withOptions(new RollupOptions(false, true)));
        DepartmentRollup bing = rows.get(0);
        DepartmentRollup jia = rows.get(1);
        DepartmentRollup yi = rows.get(2);
        assertEquals(List.of(2, 2, 4, 2, 2, 0, 1), counts(jia));
        assertEquals(50.0, jia.completion());
        assertEquals(List.of(2, 1, 3, 1, 1, 1, 1), counts(yi));
        assertEquals(33.3, round(yi.completion()));
        assertEquals(List.of(2, 1, 3, 1, 1, 0, 1), counts(bing));
        assertEquals(33.3, round(bing.completion()));
    }

    /** led, cooperated, counted, done, late, on track, not reported. */
    private static List<Integer> counts(DepartmentRollup d) {
        return List.of(d.led().count(), d.cooperated().count(), d.counted().count(), d.done().count(), d.late().count(),
                d.onTrack().count(), d.notReported().count());
    }

    @Test
    void byMilestoneYear() {
        List<YearRollup> years = Rollup.byYear(today);
        assertEquals(List.of(2022, 2023, 2025), years.stream().map(YearRollup::year).toList());
        assertEquals(List.of(1, 1, 0, 0, 0), yearCounts(years.get(0)));
        assertEquals(List.of(1, 0, 1, 0, 0), yearCounts(years.get(1)));
        assertEquals(List.of(1, 0, 0, 1, 0), yearCounts(years.get(2)));
    }

    /** due, on time, late, not done, open. */
    private static List<Integer> yearCounts(YearRollup y) {
        return List.of(y.due().count(), y.doneOnTime().count(), y.doneLate().count(), y.notDone().count(), y.open().count());
    }

    @Test
    void asOfMid2023() {
        RollupInput then = hand.ledger.rollup(HandMadeLedger.clock()).input(hand.plan, LocalDate.of(2023, 6, 30));
        OutlineRollup r = Rollup.byOutline(then);
        assertEquals(0, r.plan().closed().count());
        assertEquals(1, r.plan().status(TaskStatus.IN_PROGRESS).count(), "1.1.1, started by its milestone's entry");
        assertEquals(3, r.plan().status(TaskStatus.NOT_STARTED).count());
        assertEquals(1, r.plan().status(TaskStatus.SUSPENDED).count());
        assertEquals(1, r.plan().status(TaskStatus.ONGOING).count());
        List<YearRollup> years = Rollup.byYear(then);
        assertEquals(List.of(1, 1, 0, 0, 0), yearCounts(years.get(0)));
        assertEquals(List.of(1, 0, 0, 0, 1), yearCounts(years.get(1)), "2023 not yet due");
        assertEquals(List.of(1, 0, 0, 0, 1), yearCounts(years.get(2)));
    }

    @Test
    void completionsPerMonthOverThePlanPeriod() {
        List<MonthCount> months = Rollup.completionsByMonth(today);
        assertEquals(YearMonth.of(2021, 1), months.get(0).month());
        assertEquals(YearMonth.of(2026, 11), months.get(months.size() - 1).month());
        assertEquals(71, months.size());
        assertEquals(1, months.stream().filter(m -> m.month().equals(YearMonth.of(2024, 6))).findFirst().orElseThrow().closed());
        assertEquals(1, months.stream().filter(m -> m.month().equals(YearMonth.of(2024, 12))).findFirst().orElseThrow().cumulative());
        assertEquals(2, months.get(months.size() - 1).cumulative());
    }

    @Test
    void theWarmPathGivesWhatAFreshReadGives() {
        LiveItems live = new LiveItems(today.items());
        long water2 = hand.task("2.1.2");
        var progress = hand.ledger.progress(HandMadeLedger.clock());
        progress.setStatus(ItemKey.task(water2), TaskStatus.IN_PROGRESS, HandMadeLedger.TODAY, "恢复");
        try {
            live.replaceTask(water2, hand.ledger.rollup(HandMadeLedger.clock()).taskItems(water2, HandMadeLedger.TODAY));
            Tally warm = Rollup.byOutline(today.withItems(live.all())).plan();
            Tally cold = Rollup.byOutline(hand.ledger.rollup(HandMadeLedger.clock()).input(hand.plan, HandMadeLedger.TODAY)).plan();
            assertEquals(cold.light(Light.RED).count(), warm.light(Light.RED).count());
            assertEquals(3, warm.light(Light.RED).count(), "the resumed task is overdue");
            assertEquals(0, warm.light(Light.GREY).count());
        } finally {
            progress.setStatus(ItemKey.task(water2), TaskStatus.SUSPENDED, HandMadeLedger.TODAY, "等待上级政策");
        }
    }
}
