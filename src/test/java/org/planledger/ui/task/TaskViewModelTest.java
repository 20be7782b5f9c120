package org.planledger.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.model.Department;
import org.planledger.store.division.DeptRef;
import org.planledger.ui.common.CurrentThreadTaskExecutor;
import org.planledger.ui.common.LedgerSession;
import org.planledger.testing.TestClock;

/** A milestone's own lead as the task view sets and clears it, without the FX toolkit, on the shipped plan. */
class TaskViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private LedgerSession session;
    private TaskViewModel vm;
    private long taskId;

    @BeforeEach
    void openShippedLedgerOn633() {
        session = new LedgerSession(dir.resolve("task.planledger"), new CurrentThreadTaskExecutor(), TestClock.get());
        long[] id = new long[1];
        session.open(ledger -> {
            LedgerStartup.prepare(ledger);
            long plan = ledger.plans().plans().get(0).id();
            return ledger.divisions().rows(plan).stream().filter(r -> r.code().equals("6.3.3")).findFirst()
                    .orElseThrow().taskId();
        }).onSuccess(t -> id[0] = t).executeWith(session.executor());
        taskId = id[0];
        vm = new TaskViewModel(session, (action, e) -> errors.add(e), (t, s) -> { });
        vm.load(taskId);
    }

    @Test
    void aMilestoneGetsItsOwnLeadKeepsItAfterALoadAndFollowsTheTaskAgainWhenCleared() {
        List<MilestoneItem> shown = List.copyOf(vm.milestones());
        assertEquals(2, shown.size(), "6.3.3 has two milestones");
        DeptRef taskLead = ask(l -> l.divisions().division(taskId).lead());
        assertNotNull(taskLead, "the draft gives 6.3.3 a lead");
        assertTrue(shown.stream().allMatch(m -> m.followsTask() && taskLead.equals(m.lead())),
                "both follow the task's lead at first");
        assertFalse(vm.registry().all().isEmpty(), "the registry is read for the picker");

        Department agriculture = department("农业农村局");
        assertNotEquals(taskLead.id(), agriculture.id());
        long first = shown.get(0).id();
        long second = shown.get(1).id();
        vm.setMilestoneLead(first, agriculture);
        assertEquals(agriculture.id(), vm.milestones().get(0).lead().id());
        assertFalse(vm.milestones().get(0).followsTask());
        assertTrue(vm.milestones().get(1).followsTask());
        assertEquals(agriculture.id(), ask(l -> l.divisions().milestoneLead(first)).id(), "saved in the ledger");
        assertNull(ask(l -> l.divisions().milestoneLead(second)));

        vm.load(0);
        assertTrue(vm.milestones().isEmpty());
        vm.load(taskId);
        assertEquals(agriculture.id(), vm.milestones().get(0).ownLead().id(), "read back with the task");
        assertEquals(taskLead, vm.milestones().get(1).lead());

        // choosing the task's own lead means following the task again
        vm.setMilestoneLead(first, department(taskLead.id()));
        assertTrue(vm.milestones().get(0).followsTask());
        assertNull(ask(l -> l.divisions().milestoneLead(first)));

        vm.setMilestoneLead(first, agriculture);
        vm.setMilestoneLead(first, null);
        assertTrue(vm.milestones().get(0).followsTask());
        assertNull(ask(l -> l.divisions().milestoneLead(first)));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private Department department(String shortName) {
        return vm.registry().all().stream().filter(d -> shortName.equals(d.shortName())).findFirst().orElseThrow();
    }

    private Department department(long id) {
        return vm.registry().byId(id).orElseThrow();
    }

    private <T> T ask(LedgerSession.LedgerWork<T> work) {
        List<T> answer = new ArrayList<>();
        session.task(work).onSuccess(answer::add).executeWith(session.executor());
        return answer.get(0);
    }
}
