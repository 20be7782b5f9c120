package org.planledger.store.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/** A department's file of submissions is written whole or not at all: one item it does not hold refuses them all. */
@BothBackends
class SubmitAllTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger copy;
    private Ledger ledger;

    @BeforeEach
    void open() {
        copy = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        ledger = copy.open();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void oneItemTheDepartmentDoesNotHoldRefusesTheWholeFile() {
        EvaluationStore store = ledger.evaluations(TestClock.get());
        Evaluation e = store.start(ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM plan")), EvaluationKind.FINAL, null);
        long water = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM department WHERE name = '区水务局'"));
        List<ItemOutcome> all = store.outcomes(e.id());
        ItemOutcome held = all.stream().filter(o -> Long.valueOf(water).equals(o.leadDepartmentId())).findFirst().orElseThrow();
        ItemOutcome other = all.stream().filter(o -> !o.key().isMilestone() && o.leadDepartmentId() != null
                && o.leadDepartmentId() != water && ledger.read(c -> Sql.count(c, "SELECT count(*) FROM task_assignment "
                + "WHERE task_id = ? AND department_id = ?", o.key().taskId(), water)) == 0).findFirst().orElseThrow();
        OutcomeDraft done = new OutcomeDraft(FinalOutcome.DONE, LocalDate.of(2025, 3, 1), "", "", "", List.of());
        String before = copy.digest();
        StoreException refused = assertThrows(StoreException.class, () -> store.submitAll(e.id(), List.of(
                new Submission(held.key(), done), new Submission(other.key(), done)), water, OutcomeSource.DEPARTMENT_WORKBOOK));
        assertEquals("evaluation.error.notHeld", refused.problem().key());
        assertEquals(before, copy.digest(), "nothing written, not even the first");

        assertEquals(1, store.submitAll(e.id(), List.of(new Submission(held.key(), done)), water, OutcomeSource.DEPARTMENT_WORKBOOK));
        ItemOutcome now = store.outcomes(e.id()).stream().filter(o -> o.key().equals(held.key())).findFirst().orElseThrow();
        assertEquals(OutcomeState.SUBMITTED, now.state());
        ItemKey key = held.key();
        store.confirm(e.id(), List.of(key), List.of(), false);
        assertEquals(0, store.submitAll(e.id(), List.of(new Submission(key, OutcomeDraft.of(FinalOutcome.NOT_DONE, null, ""))),
                water, OutcomeSource.DEPARTMENT_WORKBOOK), "a confirmed outcome is passed over");
    }
}
