package org.planledger.ui.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.common.CurrentThreadTaskExecutor;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.LedgerSession;
import org.planledger.testing.TestClock;

/** The division of work as the assignment view edits it, without the FX toolkit, on a new ledger. */
class AssignmentViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final AtomicInteger changes = new AtomicInteger();
    private LedgerSession session;
    private DepartmentRegistry registry;
    private AssignmentViewModel vm;

    @BeforeEach
    void openShippedLedger() {
        session = new LedgerSession(dir.resolve("assign.planledger"), new CurrentThreadTaskExecutor(), TestClock.get());
        long[] plan = new long[1];
        session.open(ledger -> {
            LedgerStartup.prepare(ledger);
            return ledger.plans().plans().get(0).id();
        }).onSuccess(id -> plan[0] = id).executeWith(session.executor());
        registry = new DepartmentRegistry(session, (action, e) -> errors.add(e));
        vm = new AssignmentViewModel(session, (action, e) -> errors.add(e), registry, () -> plan[0],
                changes::incrementAndGet);
        vm.activate();
    }

    @Test
    void everyTaskOfTheShippedPlanHasADraftAndTheFiltersNarrowTheTable() {
        assertEquals(129, vm.rows().size());
        assertTrue(vm.rows().stream().allMatch(r -> r.division().state() == DivisionState.DRAFT
                && r.division().lead() != null && !r.division().reasons().isEmpty()));
        assertEquals(129, vm.shown().size());
        assertEquals(11, vm.chapters().size(), "chapters 2–12 hold the tasks (12: its sections are tasks)");

        Department water = department("水务局");
        vm.filter().departmentProperty().set(water);
        assertFalse(vm.shown().isEmpty());
        assertTrue(vm.shown().stream().allMatch(r -> involves(r, water.id())), "lead or cooperating");
        assertTrue(vm.shown().size() < 129);

        vm.filter().chapterProperty().set(6);
        assertTrue(vm.shown().stream().allMatch(r -> r.chapterNumber() == 6 && involves(r, water.id())));
        vm.filter().departmentProperty().set(null);
        vm.filter().chapterProperty().set(null);

        vm.filter().unassignedOnlyProperty().set(true);
        assertTrue(vm.shown().isEmpty(), "every task has a proposed lead");
        vm.filter().unassignedOnlyProperty().set(false);

        vm.filter().queryProperty().set("黑臭水体");
        List<String> codes = vm.shown().stream().map(DivisionRow::code).toList();
        assertTrue(codes.containsAll(List.of("6.2.4", "7.4.3")), codes.toString());
        vm.filter().queryProperty().set("");
        assertEquals(129, vm.shown().size());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aLeadAndTwoCooperatingUnitsOnTwoTasksAreSavedAndUndoneStepByStep() {
        List<DivisionRow> two = List.of(row("6.2.4"), row("7.4.3"));
        List<TaskDivision> drafts = two.stream().map(DivisionRow::division).toList();
        vm.select(two.stream().map(DivisionRow::taskId).toList());
        assertEquals(2, vm.selectionProperty().get().size());
        assertEquals(2, vm.selectionProperty().get().drafts());

        Department water = department("水务局");
        Department housing = department("住建局");
        Department city = department("城管局");
        vm.setLead(water);
        List<TaskDivision> afterLead = divisions("6.2.4", "7.4.3");
        vm.addCooperating(housing);
        List<TaskDivision> afterHousing = divisions("6.2.4", "7.4.3");
        vm.addCooperating(city);
        assertEquals(3, changes.get(), "each change is saved at once");
        for (String code : List.of("6.2.4", "7.4.3")) {
            TaskDivision d = row(code).division();
            assertEquals(water.id(), d.lead().id(), code);
            List<Long> cooperating = d.cooperating().stream().map(DeptRef::id).toList();
            assertTrue(cooperating.containsAll(List.of(housing.id(), city.id())), code + " " + cooperating);
            assertEquals(DivisionState.CONFIRMED, d.state());
        }
        SelectionSummary s = vm.selectionProperty().get();
        assertEquals(water.id(), s.commonLead().id());
        assertEquals(0, s.drafts());
        assertEquals(Text.of("ui.assign.done.cooperatingAdded", 2, city.name()), vm.messageProperty().get());
        assertEquals(List.of(row("6.2.4").taskId(), row("7.4.3").taskId()), vm.selectedIdsProperty().get(),
                "the selection stays");

        vm.undo();
        assertEquals(afterHousing, divisions("6.2.4", "7.4.3"));
        vm.undo();
        assertEquals(afterLead, divisions("6.2.4", "7.4.3"));
        assertEquals(water.id(), row("6.2.4").division().lead().id());
        vm.undo();
        assertEquals(drafts, List.of(row("6.2.4").division(), row("7.4.3").division()), "back to the drafts");
        assertFalse(vm.canUndoProperty().get());
        assertEquals(drafts.get(0), ledgerDivision(drafts.get(0).taskId()), "the ledger holds the drafts again");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void removingACooperatingUnitKeepsTheOthersAndTerritorialIsSetForTheSelection() {
        DivisionRow first = row("7.4.2");
        DivisionRow second = row("7.4.3");
        vm.select(List.of(first.taskId(), second.taskId()));
        Department parks = department("园林绿化中心");
        vm.addCooperating(parks);
        DeptRef parksRef = row("7.4.2").division().cooperating().stream().filter(c -> c.id() == parks.id())
                .findFirst().orElseThrow();
        List<Long> othersBefore = ids(row("7.4.2").division().cooperating());
        vm.removeCooperating(parksRef);
        List<Long> othersAfter = ids(row("7.4.2").division().cooperating());
        List<Long> expected = new ArrayList<>(othersBefore);
        expected.remove(parks.id());
        assertEquals(expected, othersAfter);

        vm.setTerritorial(true);
        assertTrue(row("7.4.2").division().territorial() && row("7.4.3").division().territorial());
        assertEquals(Boolean.TRUE, vm.selectionProperty().get().territorial());
        vm.undo();
        assertEquals(first.division().territorial(), row("7.4.2").division().territorial());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void draftsAreConfirmedForTheSelectionOrAllAtOnceAndProposedAgain() {
        vm.select(List.of(row("2.1.1").taskId()));
        vm.confirmSelected();
        assertEquals(DivisionState.CONFIRMED, row("2.1.1").division().state());
        assertEquals(Text.of("ui.assign.done.confirmed", 1), vm.messageProperty().get());
        vm.filter().draftOnlyProperty().set(true);
        assertEquals(128, vm.shown().size());

        vm.confirmAll();
        assertTrue(vm.shown().isEmpty(), "no draft left");
        vm.confirmAll();
        assertEquals(Text.of("ui.assign.nothingToConfirm"), vm.messageProperty().get());

        vm.undo();
        assertEquals(128, vm.shown().size(), "undo puts the drafts back");
        vm.proposeDrafts();
        assertEquals(Text.of("ui.assign.done.drafts", 128), vm.messageProperty().get(),
                "the confirmed task is left alone");
        assertEquals(DivisionState.CONFIRMED, row("2.1.1").division().state());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSummaryOfAMixedSelectionSaysWhatDiffers() {
        Department water = department("水务局");
        vm.select(List.of(row("6.2.4").taskId()));
        vm.setLead(water);
        vm.select(List.of(row("6.2.4").taskId(), row("2.1.1").taskId()));
        SelectionSummary s = vm.selectionProperty().get();
        if (row("2.1.1").division().lead().id() != water.id()) {
            assertNull(s.commonLead());
            assertTrue(s.leadsDiffer());
        }
        assertEquals(1, s.drafts());
        assertNull(s.single());
    }

    private Department department(String shortName) {
        return registry.all().stream().filter(d -> d.shortName().equals(shortName)).findFirst().orElseThrow();
    }

    private DivisionRow row(String code) {
        return vm.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private List<TaskDivision> divisions(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> row(c).division()).toList();
    }

    private TaskDivision ledgerDivision(long taskId) {
        TaskDivision[] d = new TaskDivision[1];
        session.task(ledger -> ledger.divisions().division(taskId)).onSuccess(x -> d[0] = x)
                .executeWith(session.executor());
        return d[0];
    }

    private static boolean involves(DivisionRow r, long id) {
        return r.division().involves(id);
    }

    private static List<Long> ids(List<DeptRef> refs) {
        return refs.stream().map(DeptRef::id).toList();
    }
}
