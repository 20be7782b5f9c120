package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.store.plan.SearchHit;
import org.planledger.store.StoreException;
import org.planledger.store.plan.TaskRef;
import org.planledger.ui.common.CurrentThreadTaskExecutor;
import org.planledger.ui.common.LedgerSession;
import org.planledger.testing.TestClock;

/** The main window's state without the FX toolkit: ledger work runs at once on the test thread. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final List<Text> busy = new ArrayList<>();

    private MainViewModel viewModel(Path ledger) {
        MainViewModel vm = new MainViewModel(new LedgerSession(ledger, new CurrentThreadTaskExecutor(), TestClock.get()),
                (action, e) -> errors.add(e));
        vm.busyProperty().addListener((o, old, now) -> {
            if (now != null) {
                busy.add(now);
            }
        });
        return vm;
    }

    @Test
    void aDamagedLedgerSaysSoWhenItOpensAndStillShowsThePlan() throws Exception {
        Path file = dir.resolve("damaged.planledger");
        MainViewModel seeded = viewModel(file);
        seeded.start();
        seeded.close(() -> { });
        org.planledger.testing.DamagedFiles.writeGarbageInto(file, "change_log");
        errors.clear();

        MainViewModel vm = viewModel(file);
        vm.start();

        assertEquals(1, errors.size(), "told once, when the window opens: " + errors);
        StoreException said = assertInstanceOf(StoreException.class, errors.get(0));
        assertEquals("store.error.damagedLedgerNoBackup", said.problem().key(), "no good backup: what to do instead");
        assertEquals(1, vm.plans().size(), "what the ledger holds can still be read and exported");
    }

    @Test
    void aNewLedgerGetsTheShippedPlanAndShowsItsFirstTask() {
        MainViewModel vm = viewModel(dir.resolve("new.planledger"));
        vm.start();
        assertEquals(List.of(Text.of("ui.progress.opening", "new.planledger"), Text.of("ui.progress.seeding"),
                Text.of("ui.progress.loading")), busy);
        assertNull(vm.busyProperty().get(), "nothing left running");
        assertTrue(vm.readyProperty().get());
        assertEquals(1, vm.plans().size());
        assertEquals(vm.plans().get(0), vm.selectedPlanProperty().get());
        assertEquals(12, vm.outline().outline().chapters().size());
        assertEquals(50, vm.statsProperty().get().sections());
        assertEquals(129, vm.statsProperty().get().tasks());
        assertEquals("2.1.1", vm.task().detailProperty().get().task().code());
        assertEquals(TaskStatus.NOT_STARTED, vm.task().statusProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aStatusChosenIsSavedShownInTheOutlineAndThereAfterReopening() {
        Path ledger = dir.resolve("status.planledger");
        MainViewModel vm = viewModel(ledger);
        vm.start();
        long taskId = find(vm, "农村生活污水", "7.4.2").taskId();
        vm.selectedTaskIdProperty().set(taskId);
        assertEquals("7.4.2", vm.task().detailProperty().get().task().code());
        assertEquals("2025-12-31", vm.task().detailProperty().get().milestones().get(0).dueDate().toString());

        vm.task().statusProperty().set(TaskStatus.IN_PROGRESS);
        assertEquals(TaskStatus.IN_PROGRESS, vm.task().detailProperty().get().task().status());
        assertEquals(TaskStatus.IN_PROGRESS, vm.outline().savedStatuses().get(taskId));
        vm.close(() -> { });

        busy.clear();
        MainViewModel again = viewModel(ledger);
        again.start();
        assertFalse(busy.contains(Text.of("ui.progress.seeding")));
        again.selectedTaskIdProperty().set(taskId);
        assertEquals(TaskStatus.IN_PROGRESS, again.task().statusProperty().get());
        TaskRef row = again.outline().outline().chapters().stream().flatMap(c -> c.sections().stream())
                .flatMap(s -> s.tasks().stream()).filter(t -> t.id() == taskId).findFirst().orElseThrow();
        assertEquals(TaskStatus.IN_PROGRESS, row.status());
        again.close(() -> { });
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void searchFindsChineseWordsAndAnEmptyQueryClearsTheHits() {
        MainViewModel vm = viewModel(dir.resolve("search.planledger"));
        vm.start();
        vm.search().queryProperty().set("黑臭水体");
        assertTrue(vm.search().activeProperty().get());
        vm.search().search();
        List<String> codes = vm.search().hits().stream().map(SearchHit::code).toList();
        assertTrue(codes.containsAll(List.of("6.2.4", "7.4.3")), codes.toString());
        assertEquals(Text.of("ui.search.found", codes.size()), vm.search().summaryProperty().get());

        vm.search().queryProperty().set("没有这样的字词组合");
        vm.search().search();
        assertTrue(vm.search().hits().isEmpty());
        assertEquals(Text.of("ui.search.none", "没有这样的字词组合"), vm.search().summaryProperty().get());

        vm.search().queryProperty().set("  ");
        vm.search().search();
        assertFalse(vm.search().activeProperty().get());
        assertNull(vm.search().summaryProperty().get());
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedWithItsReasonAndLeftAsItWas() throws Exception {
        Path notes = dir.resolve("notes.planledger");
        byte[] content = "这不是台账".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);
        MainViewModel vm = viewModel(notes);
        vm.start();
        assertEquals(1, errors.size());
        StoreException e = (StoreException) errors.get(0);
        assertEquals("store.error.notLedger", e.problem().key());
        assertEquals(e.problem(), vm.failureProperty().get());
        assertFalse(vm.readyProperty().get());
        assertNull(vm.busyProperty().get());
        assertArrayEquals(content, Files.readAllBytes(notes));
    }

    @Test
    void aWriteFromOutsideTheViewsReachesTheOutlineRowWithoutRebuildingTheTree() {
        MainViewModel vm = viewModel(dir.resolve("outside.planledger"));
        vm.start();
        long taskId = find(vm, "农村生活污水", "7.4.2").taskId();
        org.planledger.store.plan.Outline before = vm.outline().outline();
        // what a merge does: an entry of the lead department, which starts the task, written past the task pane
        vm.session().task(l -> {
            long lead = l.divisions().division(taskId).lead().id();
            java.time.LocalDate today = vm.session().today();
            return l.progress(vm.session().clock()).addEntry(new org.planledger.store.progress.NewEntry(
                    org.planledger.model.ItemKey.task(taskId), lead, org.planledger.model.ReportingPeriod.containing(
                    org.planledger.model.PeriodKind.MONTH, today.minusMonths(1)), today, "已开工", "", "", 10, null,
                    List.of()));
        }).executeWith(vm.session().executor());
        TaskRef row = rowOf(vm, taskId);
        assertEquals(TaskStatus.NOT_STARTED, vm.outline().current(row).status(), "nothing told yet");

        vm.ledgerWritten();
        assertEquals(TaskStatus.IN_PROGRESS, vm.outline().current(row).status(), "the outline row follows the write");
        assertTrue(before == vm.outline().outline(), "the same tree, only the row changed");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static TaskRef rowOf(MainViewModel vm, long taskId) {
        return vm.outline().outline().chapters().stream().flatMap(c -> c.sections().stream())
                .flatMap(s -> s.tasks().stream()).filter(t -> t.id() == taskId).findFirst().orElseThrow();
    }

    private static SearchHit find(MainViewModel vm, String query, String code) {
        vm.search().queryProperty().set(query);
        vm.search().search();
        return vm.search().hits().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow();
    }
}
