package org.planledger.ui.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.YearRollup;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/**
 * 汇总 on a seeded copy as of 2026-11-29, after two tasks of chapter 6 and a milestone of 2023
 * were closed out (in November 2026): the numbers Rollup computes, by hand.
 */
class RollupViewModelTest {

    @TempDir
    Path dir;

    private LedgerSession session;
    private RollupViewModel vm;
    private long plan;

    @BeforeEach
    void open() {
        session = ProgressFixture.open(dir);
        plan = ProgressFixture.planId(session);
        vm = new RollupViewModel(session, (message, e) -> {
            throw new AssertionError(message.key(), e);
        }, () -> plan, () -> ProgressFixture.TODAY);
    }

    @Test
    void beforeAnyCloseOutEverythingIsRedAndNothingDone() {
        vm.activate();
        OutlineRollup outline = vm.outlineProperty().get();
        assertEquals(129, outline.plan().all().count());
        assertEquals(129, outline.plan().light(Light.RED).count());
        assertEquals(0.0, outline.plan().completion());
        assertEquals(12, chapter(6).tally().all().count());
    }

    @Test
    void closeOutsShowInEveryRollupAndTheirCellsListThem() throws Exception {
        vm.activate();
        List<ItemLight> chapterSix = vm.inputProperty().get().items().stream()
                .filter(i -> !i.item().isMilestone() && i.item().chapterNumber() == 6 && i.item().leadId() != null)
                .sorted(Comparator.comparing(i -> i.item().key().taskId()))
                .toList();
        ItemLight first = chapterSix.get(0);
        ItemLight second = chapterSix.get(1);
        ItemLight milestone = vm.inputProperty().get().items().stream()
                .filter(i -> i.item().isMilestone() && i.item().plannedDue() != null
                        && i.item().plannedDue().getYear() == 2023 && i.item().leadId() != null)
                .findFirst().orElseThrow();
        closeOut(first);
        closeOut(second);
        closeOut(milestone);

        vm.activate();
        assertEquals(0, chapter(6).tally().closed().count(), "current until marked stale");
        vm.markStale();
        vm.activate();

        // the plan: 2 of 129 tasks closed, 1.6%; chapter 6: 2 of 12, 16.7%
        OutlineRollup outline = vm.outlineProperty().get();
        assertEquals(2, outline.plan().closed().count());
        assertEquals(127, outline.plan().light(Light.RED).count());
        assertEquals(2, outline.plan().light(Light.GREEN).count());
        assertEquals("1.6%", NumberLinks.percent(outline.plan().completion()));
        OutlineRollup.ChapterRow six = chapter(6);
        assertEquals(12, six.tally().all().count());
        assertEquals(2, six.tally().status(TaskStatus.CLOSED).count());
        assertEquals(10, six.tally().status(TaskStatus.NOT_STARTED).count());
        assertEquals("16.7%", NumberLinks.percent(six.tally().completion()));
        assertEquals(10, six.tally().light(Light.RED).count());

        // the cell behind 已销号 of chapter 6 lists exactly the two tasks
        vm.drill(Text.of("ui.rollup.drill.title", "第六章", "已销号", 2), six.tally().closed());
        assertNotNull(vm.drillTitleProperty().get());
        assertEquals(List.of(first.item().key(), second.item().key()),
                vm.drillItems().stream().map(i -> i.item().key()).toList());
        assertTrue(vm.drillItems().stream().allMatch(i -> i.item().status() == TaskStatus.CLOSED));
        vm.drill(Text.of("ui.rollup.drill.title", "第六章", "红灯", 10), six.tally().light(Light.RED));
        assertEquals(10, vm.drillItems().size());
        assertTrue(vm.drillItems().stream().noneMatch(i -> i.item().key().equals(first.item().key())));
        vm.closeDrill();
        assertNull(vm.drillTitleProperty().get());
        assertTrue(vm.drillItems().isEmpty());

        // the year of the milestone: done, but late (due in 2023, closed in 2026)
        YearRollup y2023 = vm.years().stream().filter(y -> y.year() == 2023).findFirst().orElseThrow();
        assertEquals(18, y2023.due().count());
        assertEquals(List.of(milestone.item().key()), y2023.doneLate().items());
        assertEquals(0, y2023.doneOnTime().count());
        assertEquals(17, y2023.notDone().count());

        // completions per month: both tasks in November 2026
        assertEquals(2, vm.months().get(vm.months().size() - 1).cumulative());
        assertEquals(2, vm.months().get(vm.months().size() - 1).closed());

        // counting milestones instead: 1 of 34 closed, 2.9%
        vm.countMilestonesProperty().set(true);
        assertEquals(34, vm.outlineProperty().get().plan().all().count());
        assertEquals("2.9%", NumberLinks.percent(vm.outlineProperty().get().plan().completion()));
        assertEquals(true, ProgressFixture.onLedger(session, l -> l.rollup(session.clock()).options().countMilestones()),
                "the option is saved");
        vm.countMilestonesProperty().set(false);
        assertEquals(129, vm.outlineProperty().get().plan().all().count());
    }

    @Test
    void aDepartmentCountsCooperationOnlyWhenAsked() {
        vm.activate();
        DepartmentRollup cooperating = vm.departments().stream()
                .filter(d -> d.cooperated().count() > 0 && d.led().count() > 0).findFirst().orElseThrow();
        long id = cooperating.departmentId();
        int led = cooperating.led().count();
        int cooperated = cooperating.cooperated().count();
        assertEquals(led, cooperating.counted().count(), "仅牵头");
        assertEquals(led, cooperating.late().count(), "everything is late on the shipped plan today");

        vm.includeCooperationProperty().set(true);
        DepartmentRollup with = department(id);
        assertEquals(led + cooperated, with.counted().count(), "含配合");
        assertEquals(led + cooperated, with.late().count());
        assertEquals(cooperated, with.cooperated().count());

        vm.includeCooperationProperty().set(false);
        assertEquals(led, department(id).counted().count());
    }

    @Test
    void aWeightChangesTheWeightedCompletionOnly() throws Exception {
        vm.activate();
        ItemLight first = vm.inputProperty().get().items().stream()
                .filter(i -> !i.item().isMilestone() && i.item().chapterNumber() == 6 && i.item().leadId() != null)
                .min(Comparator.comparing(i -> i.item().key().taskId())).orElseThrow();
        closeOut(first);
        vm.markStale();
        vm.activate();
        assertEquals("8.3%", NumberLinks.percent(chapter(6).tally().completion()), "1 of 12");
        assertEquals("8.3%", NumberLinks.percent(chapter(6).tally().weightedCompletion()));

        ProgressFixture.onLedger(session, l -> {
            l.rollup(session.clock()).setWeight(first.item().key().taskId(), 3);
            return null;
        });
        vm.markStale();
        vm.activate();
        assertEquals("8.3%", NumberLinks.percent(chapter(6).tally().completion()));
        // 3 of 3 + 11
        assertEquals("21.4%", NumberLinks.percent(chapter(6).tally().weightedCompletion()));
        assertEquals(vm.outlineProperty().get().plan().weight(), 131.0);
    }

    private void closeOut(ItemLight item) throws Exception {
        ItemKey key = item.item().key();
        long lead = item.item().leadId();
        Path evidence = Files.writeString(dir.resolve("验收-" + key.taskId() + "-" + key.milestoneId() + ".txt"), "完成");
        ProgressFixture.onLedger(session, l -> {
            var progress = l.progress(ProgressFixture.clock(ProgressFixture.TODAY));
            progress.addEntry(new NewEntry(key, lead, ReportingPeriod.containing(PeriodKind.MONTH,
                    LocalDate.of(2026, 10, 1)), LocalDate.of(2026, 10, 20), "已全部完成", "", "", 100, null, List.of()));
            progress.requestCloseOut(key, lead, LocalDate.of(2026, 11, 2), "申请销号", List.of(new EvidenceFile(evidence)));
            progress.acceptCloseOut(key, LocalDate.of(2026, 11, 10), "同意销号");
            return null;
        });
    }

    private OutlineRollup.ChapterRow chapter(int number) {
        return vm.outlineProperty().get().chapters().stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow();
    }

    private DepartmentRollup department(long id) {
        return vm.departments().stream().filter(d -> d.departmentId() == id).findFirst().orElseThrow();
    }
}
