package org.planledger.ui.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.Outcome;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.ui.common.LedgerSession;

/**
 * The deadline list of the shipped plan as of 2026-11-29, after the plan period: nothing was
 * closed out, so every task and milestone is overdue and red; a milestone of 2023 closed out in
 * 2026 is green and done late; as of 2023-06-01 the milestones of 2023 are not yet due.
 */
class DeadlineViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final AtomicReference<LocalDate> asOf = new AtomicReference<>(ProgressFixture.TODAY);
    private LedgerSession session;
    private long plan;
    private DeadlineViewModel vm;

    @BeforeEach
    void open() {
        session = ProgressFixture.open(dir);
        plan = ProgressFixture.planId(session);
        vm = new DeadlineViewModel(session, (action, e) -> errors.add(e), () -> plan, asOf::get);
        vm.activate();
    }

    @Test
    void afterThePlanPeriodEveryTaskAndMilestoneIsOverdueAndRed() {
        assertEquals(129 + 34, vm.rows().size());
        vm.filter().scopeProperty().set(DeadlineScope.OVERDUE);
        assertEquals(129 + 34, vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(r -> r.verdict().light() == Light.RED
                && r.verdict().outcome() == Outcome.NOT_DONE), "nothing was closed out");
        assertEquals(129, vm.shown().stream().filter(r -> !r.item().isMilestone()).count());
        LightCounts counts = vm.countsProperty().get();
        assertEquals(163, counts.count(Light.RED));
        assertEquals(0, counts.count(Light.GREEN) + counts.count(Light.YELLOW) + counts.count(Light.GREY));
        assertEquals(34, counts.milestones());
        assertEquals(ProgressFixture.TODAY, vm.computedForProperty().get());

        List<LocalDate> dues = vm.shown().stream().map(r -> r.item().due()).toList();
        List<LocalDate> sorted = new ArrayList<>(dues);
        sorted.sort(null);
        assertEquals(sorted, dues, "by due date");

        vm.filter().scopeProperty().set(DeadlineScope.WITHIN_30);
        assertTrue(vm.shown().isEmpty(), "nothing open is due within 30 days after the plan period");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theYearFiltersAreThePlansOwnMilestoneYears() {
        List<Integer> planYears = ProgressFixture.onLedger(session,
                l -> l.progress(ProgressFixture.clock(ProgressFixture.TODAY)).milestoneYears(plan));
        assertEquals(planYears, vm.years());
        assertEquals(List.of(2022, 2023, 2025), vm.years());

        vm.filter().scopeProperty().set(DeadlineScope.year(2023));
        assertEquals(18, vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(r -> r.item().isMilestone() && r.item().plannedDue().getYear() == 2023));

        vm.filter().kindsProperty().set(ItemKinds.TASKS);
        assertTrue(vm.shown().isEmpty(), "the tasks are due at the end of 2025");
        vm.filter().scopeProperty().set(DeadlineScope.year(2025));
        assertFalse(vm.shown().isEmpty());
        assertTrue(vm.shown().stream().noneMatch(r -> r.item().isMilestone()));
        vm.filter().scopeProperty().set(DeadlineScope.ALL);
        assertEquals(129, vm.shown().size());

        LeadChoice lead = vm.leads().get(0);
        vm.filter().leadProperty().set(lead);
        assertFalse(vm.shown().isEmpty());
        assertTrue(vm.shown().stream().allMatch(r -> r.item().leadId() != null && r.item().leadId() == lead.id()));
        vm.filter().leadProperty().set(null);
        vm.filter().lightProperty().set(Light.GREEN);
        assertTrue(vm.shown().isEmpty());
        assertEquals(129, vm.countsProperty().get().count(Light.RED), "the light filter does not change the counts");
    }

    @Test
    void aMilestoneOf2023ClosedOutIn2026IsGreenAndDoneLate() throws Exception {
        ItemLight milestone = vm.rows().stream()
                .filter(r -> r.item().isMilestone() && r.item().plannedDue().getYear() == 2023)
                .findFirst().orElseThrow();
        ItemKey key = milestone.item().key();
        long lead = milestone.item().leadId();
        Path evidence = Files.writeString(dir.resolve("验收报告.txt"), "已完成");
        ProgressFixture.onLedger(session, l -> {
            var progress = l.progress(ProgressFixture.clock(ProgressFixture.TODAY));
            progress.addEntry(new NewEntry(key, lead, ReportingPeriod.containing(PeriodKind.MONTH,
                    LocalDate.of(2026, 10, 1)), LocalDate.of(2026, 10, 20), "已全部完成", "", "", 100, null, List.of()));
            progress.requestCloseOut(key, lead, LocalDate.of(2026, 11, 2), "申请销号", List.of(new EvidenceFile(evidence)));
            progress.acceptCloseOut(key, LocalDate.of(2026, 11, 10), "同意销号");
            return null;
        });
        vm.activate();
        assertEquals(Light.RED, row(key).verdict().light(), "current until marked stale");

        vm.markStale();
        vm.activate();
        ItemLight closed = row(key);
        assertEquals(TaskStatus.CLOSED, closed.item().status());
        assertEquals(Light.GREEN, closed.verdict().light());
        assertEquals(Outcome.DONE_LATE, closed.verdict().outcome());
        vm.filter().scopeProperty().set(DeadlineScope.OVERDUE);
        assertEquals(162, vm.shown().size(), "no longer overdue; its task still is");
        assertTrue(vm.shown().stream().noneMatch(r -> r.item().key().equals(key)));
        assertEquals(162, vm.countsProperty().get().count(Light.RED), "the counts follow the scope");
        vm.filter().scopeProperty().set(DeadlineScope.ALL);
        assertEquals(1, vm.countsProperty().get().count(Light.GREEN));
        assertEquals(162, vm.countsProperty().get().count(Light.RED));
    }

    @Test
    void asOfMidTwentyTwentyThreeTheMilestonesOf2023AreNotYetDue() {
        asOf.set(LocalDate.of(2023, 6, 1));
        vm.markStale();
        vm.activate();
        assertEquals(LocalDate.of(2023, 6, 1), vm.computedForProperty().get());
        vm.filter().scopeProperty().set(DeadlineScope.year(2023));
        assertEquals(18, vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(r -> r.verdict().outcome() == Outcome.OPEN), "未到期");
        assertTrue(vm.shown().stream().noneMatch(r -> r.verdict().light() == Light.RED));
        vm.filter().scopeProperty().set(DeadlineScope.year(2022));
        assertTrue(vm.shown().stream().allMatch(r -> r.verdict().light() == Light.RED
                && r.verdict().outcome() == Outcome.NOT_DONE), "2022 is past");
        vm.filter().scopeProperty().set(DeadlineScope.year(2025));
        assertTrue(vm.shown().stream().noneMatch(r -> r.verdict().outcome() == Outcome.NOT_DONE));
        assertNotEquals(0, vm.shown().size());
    }

    private ItemLight row(ItemKey key) {
        return vm.rows().stream().filter(r -> r.item().key().equals(key)).findFirst().orElseThrow();
    }
}
