package org.planledger.store.carryover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.CarryoverState;
import org.planledger.model.DivisionState;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.division.TaskDivision;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestLedger;

/**
 * Carry-over links on both databases: proposals recorded, confirmed (the predecessor's division
 * becoming the successor's draft), another picked, 不结转 with a reason; every refusal leaves the
 * ledger exactly as it was.
 */
@BothBackends
class CarryoverStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger test;
    private Ledger ledger;
    private CarryoverStore store;
    private long earlier;
    private long next;

    @BeforeEach
    void open() {
        test = backend.copyOf(LedgerTemplate.TWO_PLANS, dir, "l.planledger");
        ledger = test.open();
        store = ledger.carryover();
        earlier = ledger.plans().plans().get(0).id();
        next = ledger.plans().plans().get(1).id();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long task(long plan, String code) {
        return ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE plan_id = ? AND code = ?", plan, code));
    }

    @Test
    void theUnfinishedTasksAreTheOnesNotClosed() {
        assertEquals(129, store.unfinished(earlier).size());
        long closed = task(earlier, "5.3.6");
        ledger.inTransaction(c -> Sql.update(c, "UPDATE task SET status = 'CLOSED' WHERE id = ?", closed));
        List<Long> ids = store.unfinished(earlier).stream().map(t -> t.taskId()).toList();
        assertEquals(128, ids.size());
        assertFalse(ids.contains(closed));
    }

    @Test
    void confirmingGivesTheSuccessorThePredecessorsDivisionAsADraftAndItsHistoryLink() {
        long from = task(earlier, "5.3.6");
        long to = task(next, "6.3.6");
        long other = task(next, "6.3.5");
        store.recordSuggestions(List.of(from), List.of(new SuggestedLink(from, to, 0.93, List.of("挥发性有机物")),
                new SuggestedLink(from, other, 0.41, List.of("综合治理"))), "主任");
        assertEquals(List.of(CarryoverState.SUGGESTED, CarryoverState.SUGGESTED),
                store.linksFrom(from).stream().map(CarryoverLink::state).toList());
        TaskDivision before = ledger.divisions().division(from);
        assertTrue(before.assigned() && before.lead() != null, "the seeded plan has a draft division");
        assertFalse(ledger.divisions().division(to).assigned(), "the new plan's task has none yet");

        CarryoverLink link = store.confirm(from, to, 0.93, List.of("挥发性有机物"), "主任");

        assertEquals(CarryoverState.CONFIRMED, link.state());
        assertEquals("十四五 5.3.6", link.from().label());
        assertEquals("十五五 6.3.6", link.to().label());
        assertEquals("主任", link.decidedBy());
        assertTrue(link.decidedAt().startsWith("2026-11-29T"), link.decidedAt());
        assertEquals(List.of(link), store.linksFrom(from), "the other proposal went");
        TaskDivision carried = ledger.divisions().division(to);
        assertEquals(DivisionState.DRAFT, carried.state());
        assertEquals(before.lead(), carried.lead());
        assertEquals(before.cooperating(), carried.cooperating());
        assertEquals(List.of(new PlanTask(from, "5.3.6", link.from().title(), earlier, "十四五")), store.predecessors(to));
        assertEquals(java.util.Set.of(to), store.carryingTasks(next));
        assertTrue(store.carryingTasks(earlier).isEmpty());
    }

    @Test
    void aConfirmedDivisionOfTheSuccessorIsKept() {
        long from = task(earlier, "5.3.6");
        long to = task(next, "6.3.6");
        long department = ledger.departments().all().get(3).id();
        ledger.divisions().assign(List.of(to), department, List.of(), false);
        store.confirm(from, to, null, List.of(), "主任");
        assertEquals(department, ledger.divisions().division(to).lead().id());
        assertEquals(DivisionState.CONFIRMED, ledger.divisions().division(to).state());
    }

    @Test
    void aTaskSplitInTwoHasTwoSuccessorsAndSetPicksOneInstead() {
        long from = task(earlier, "2.1.1");
        long first = task(next, "3.1.1");
        long second = task(next, "3.1.2");
        store.confirm(from, first, 0.9, List.of(), "主任");
        store.confirm(from, second, 0.5, List.of(), "主任");
        assertEquals(2, store.linksFrom(from).size());

        CarryoverLink set = store.set(from, second, null, List.of("打造"), "科长");
        assertEquals(List.of(set), store.linksFrom(from));
        assertEquals("科长", set.decidedBy());
        assertNull(set.score());
    }

    @Test
    void notCarriedOverNeedsAReasonAndReplacesTheProposals() {
        long from = task(earlier, "5.3.3");
        long to = task(next, "6.3.3");
        store.recordSuggestions(List.of(from), List.of(new SuggestedLink(from, to, 0.35, List.of())), "主任");
        String digest = test.digest();
        StoreException refused = assertThrows(StoreException.class, () -> store.drop(from, "  ", "主任"));
        assertEquals("carryover.error.reasonRequired", refused.problem().key());
        assertEquals(List.of("十四五 5.3.3"), refused.problem().args());
        assertEquals(digest, test.digest(), "the ledger is left as it was");

        CarryoverLink dropped = store.drop(from, "任务已于2025年完成验收", "主任");
        assertEquals(CarryoverState.NOT_CARRIED, dropped.state());
        assertNull(dropped.to());
        assertEquals("任务已于2025年完成验收", dropped.reason());
        assertEquals(List.of(dropped), store.linksFrom(from));

        store.recordSuggestions(List.of(from), List.of(new SuggestedLink(from, to, 0.35, List.of())), "主任");
        assertEquals(List.of(dropped), store.linksFrom(from), "a decision is not replaced by new proposals");
    }

    @Test
    void confirmingSeveralAtOnceIsOneTransactionOneRefusedNoneWritten() {
        long a = task(earlier, "5.3.5");
        long b = task(earlier, "5.3.6");
        long toA = task(next, "6.3.5");
        long toB = task(next, "6.3.6");
        store.confirm(b, toB, 0.93, List.of(), "主任");
        String digest = test.digest();
        StoreException refused = assertThrows(StoreException.class, () -> store.confirmAll(List.of(
                new SuggestedLink(a, toA, 0.8, List.of("黑臭水体")), new SuggestedLink(b, toB, 0.93, List.of())), "主任"));
        assertEquals("carryover.error.alreadyConfirmed", refused.problem().key());
        assertEquals(digest, test.digest(), "5.3.5 is not confirmed either: the ledger is left as it was");

        long c = task(earlier, "5.3.3");
        long toC = task(next, "6.3.3");
        List<CarryoverLink> done = store.confirmAll(List.of(new SuggestedLink(a, toA, 0.8, List.of("黑臭水体")),
                new SuggestedLink(c, toC, 0.5, List.of())), "主任");
        assertEquals(List.of("十四五 5.3.5", "十四五 5.3.3"), done.stream().map(l -> l.from().label()).toList());
        assertEquals(List.of(toA), store.linksFrom(a).stream().map(l -> l.to().taskId()).toList());
        assertEquals(List.of(toC), store.linksFrom(c).stream().map(l -> l.to().taskId()).toList());
        assertEquals(List.of("黑臭水体"), store.linksFrom(a).get(0).shared());
    }

    @Test
    void aSuccessorMustBeInALaterPlanAndIsConfirmedOnce() {
        long from = task(earlier, "5.3.6");
        long to = task(next, "6.3.6");
        store.confirm(from, to, 0.93, List.of(), "主任");
        String digest = test.digest();
        assertEquals("carryover.error.alreadyConfirmed",
                assertThrows(StoreException.class, () -> store.confirm(from, to, 0.93, List.of(), "主任")).problem().key());
        assertEquals("carryover.error.samePlan", assertThrows(StoreException.class,
                () -> store.confirm(from, task(earlier, "5.3.5"), null, List.of(), "主任")).problem().key());
        assertEquals("carryover.error.notLater", assertThrows(StoreException.class,
                () -> store.set(to, from, null, List.of(), "主任")).problem().key());
        assertEquals(digest, test.digest(), "the ledger is left as it was");
    }

    @Test
    void linksAreListedByTheEarlierTasksPlaceConfirmedFirst() {
        long a = task(earlier, "2.1.1");
        long b = task(earlier, "5.3.6");
        store.recordSuggestions(List.of(a, b), List.of(new SuggestedLink(b, task(next, "6.3.6"), 0.9, List.of()),
                new SuggestedLink(a, task(next, "3.1.2"), 0.4, List.of()), new SuggestedLink(a, task(next, "3.1.1"), 0.8, List.of())), "");
        store.drop(task(earlier, "2.1.2"), "已完成", "主任");
        List<String> listed = store.links(earlier, next).stream()
                .map(l -> l.from().code() + ">" + (l.to() == null ? "-" : l.to().code())).toList();
        assertEquals(List.of("2.1.1>3.1.1", "2.1.1>3.1.2", "2.1.2>-", "5.3.6>6.3.6"), listed);
        assertEquals(listed, store.links(0, 0).stream()
                .map(l -> l.from().code() + ">" + (l.to() == null ? "-" : l.to().code())).toList());
    }
}
