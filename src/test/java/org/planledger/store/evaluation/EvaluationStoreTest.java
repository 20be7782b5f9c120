package org.planledger.store.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.model.PlanState;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The evaluation's store on both databases: proposals never overwrite a department's word or the
 * manager's, only confirmed outcomes let the evaluation be confirmed, only a confirmed final
 * evaluation closes the plan, and a closed plan is refused by the database itself, whoever writes.
 */
@BothBackends
class EvaluationStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger copy;
    private Ledger ledger;
    private EvaluationStore store;
    private long plan;
    private long task;
    private long department;

    @BeforeEach
    void open() {
        copy = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        ledger = copy.open();
        store = ledger.evaluations(TestClock.get());
        plan = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM plan"));
        task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
        department = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ? "
                + "AND role = 'LEAD'", task));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Evaluation proposedEverywhere() {
        Evaluation e = store.start(plan, EvaluationKind.FINAL, null);
        Map<ItemKey, OutcomeDraft> items = new HashMap<>();
        for (ItemOutcome o : store.outcomes(e.id())) {
            items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "台账无完成记录"));
        }
        Map<Long, IndicatorDraft> indicators = new HashMap<>();
        for (IndicatorOutcome i : store.indicators(e.id())) {
            indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1", "BINDING".equals(i.attribute())
                    ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, ""));
        }
        assertEquals(items.size() + indicators.size(), store.propose(e.id(), items, indicators));
        return e;
    }

    private String refusal(Runnable r) {
        return assertThrows(StoreException.class, r::run).problem().key();
    }

    @Test
    void aFinalEvaluationWaitsForThePeriodToEndAndMarksThePlanUnderEvaluation() {
        assertEquals(PlanState.ACTIVE, store.state(plan));
        String before = copy.digest();
        assertEquals("evaluation.error.periodNotOver", refusal(() -> store.start(plan, EvaluationKind.FINAL, LocalDate.of(2025, 6, 30))));
        assertEquals("evaluation.error.asOfFuture", refusal(() -> store.start(plan, EvaluationKind.MIDTERM, TestClock.TODAY.plusDays(1))));
        assertEquals(before, copy.digest(), "refusals write nothing");

        Evaluation e = store.start(plan, EvaluationKind.FINAL, null);
        assertEquals(TestClock.TODAY, e.asOf(), "as of today when no day is given");
        assertEquals(PlanState.EVALUATING, store.state(plan));
        assertEquals(List.of(e), store.underWay());
        assertEquals("evaluation.error.alreadyStarted", refusal(() -> store.start(plan, EvaluationKind.MIDTERM, null)));
        assertEquals(PlanState.EVALUATING, store.history(plan).get(0).state());
    }

    /** 开始终期评估 in the app: the evaluation and its proposals are one change — a proposal refused leaves no evaluation. */
    @Test
    void anEvaluationStartedWithItsProposalsIsOneChange() {
        String before = copy.digest();
        Map<ItemKey, OutcomeDraft> notThisPlans = Map.of(ItemKey.task(Long.MAX_VALUE), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, ""));
        assertEquals("evaluation.error.notAnItem",
                refusal(() -> store.startProposed(plan, EvaluationKind.FINAL, notThisPlans, Map.of())));
        assertEquals(before, copy.digest(), "no evaluation is left started without its proposals");
        assertEquals(PlanState.ACTIVE, store.state(plan));

        Map<ItemKey, OutcomeDraft> items = Map.of(ItemKey.task(task), OutcomeDraft.of(FinalOutcome.ONGOING, null, "台账：推进中"));
        Evaluation e = store.startProposed(plan, EvaluationKind.FINAL, items, Map.of());
        assertEquals(PlanState.EVALUATING, store.state(plan));
        ItemOutcome proposed = store.outcomes(e.id()).stream().filter(o -> o.key().equals(ItemKey.task(task))).findFirst().orElseThrow();
        assertEquals(OutcomeState.PROPOSED, proposed.state());
        assertEquals(FinalOutcome.ONGOING, proposed.outcome());
    }

    @Test
    void proposalsNeverOverwriteADepartmentsWordOrTheManagers() {
        Evaluation e = proposedEverywhere();
        ItemKey item = ItemKey.task(task);
        ItemKey other = store.outcomes(e.id()).stream().filter(o -> o.key().taskId() != task && !o.key().isMilestone())
                .findFirst().orElseThrow().key();
        assertTrue(store.submit(e.id(), item, new OutcomeDraft(FinalOutcome.DONE, LocalDate.of(2025, 11, 30), "", "建成污水管网 30 公里",
                "", List.of("验收报告.pdf")), department, OutcomeSource.DEPARTMENT_WORKBOOK));
        store.set(e.id(), other, OutcomeDraft.of(FinalOutcome.ADJUSTED, null, "2023 年调整不再实施"));

        Map<ItemKey, OutcomeDraft> again = Map.of(item, OutcomeDraft.of(FinalOutcome.NOT_DONE, null, ""),
                other, OutcomeDraft.of(FinalOutcome.NOT_DONE, null, ""));
        assertEquals(0, store.propose(e.id(), again, Map.of()));
        Map<ItemKey, ItemOutcome> now = new HashMap<>();
        store.outcomes(e.id()).forEach(o -> now.put(o.key(), o));
        assertEquals(FinalOutcome.DONE, now.get(item).outcome());
        assertEquals(OutcomeState.SUBMITTED, now.get(item).state());
        assertEquals(List.of("验收报告.pdf"), now.get(item).evidence());
        assertEquals("建成污水管网 30 公里", now.get(item).achievements());
        assertEquals(FinalOutcome.ADJUSTED, now.get(other).outcome());
        assertEquals(OutcomeState.CONFIRMED, now.get(other).state());
        assertFalse(store.submit(e.id(), other, OutcomeDraft.of(FinalOutcome.DONE, LocalDate.of(2025, 1, 1), ""), 
                ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ? AND role = 'LEAD'",
                        other.taskId())), OutcomeSource.DEPARTMENT_REPORT), "a confirmed outcome stays the manager's");
    }

    @Test
    void aDoneOutcomeNeedsItsDayAndADepartmentOnlySpeaksForWhatItHolds() {
        Evaluation e = store.start(plan, EvaluationKind.FINAL, null);
        String before = copy.digest();
        ItemKey item = ItemKey.task(task);
        assertEquals("evaluation.error.doneWithoutDay", refusal(() -> store.set(e.id(), item, OutcomeDraft.of(FinalOutcome.DONE, null, ""))));
        assertEquals("evaluation.error.doneInFuture", refusal(() -> store.set(e.id(), item,
                OutcomeDraft.of(FinalOutcome.DONE, TestClock.TODAY.plusDays(3), ""))));
        long stranger = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department WHERE id NOT IN "
                + "(SELECT department_id FROM task_assignment WHERE task_id = ?)", task));
        assertEquals("evaluation.error.notHeld", refusal(() -> store.submit(e.id(), item,
                OutcomeDraft.of(FinalOutcome.NOT_DONE, null, ""), stranger, OutcomeSource.DEPARTMENT_WORKBOOK)));
        long binding = store.indicators(e.id()).stream().filter(i -> "BINDING".equals(i.attribute())).findFirst().orElseThrow()
                .indicatorId();
        assertEquals("evaluation.error.bindingConclusion", refusal(() -> store.setIndicator(e.id(), binding,
                new IndicatorDraft(2025, "9", IndicatorConclusion.AHEAD, ""))));
        assertEquals(before, copy.digest());
    }

    @Test
    void theEvaluationIsConfirmedOnlyWhenEveryItemAndIndicatorIs() {
        Evaluation e = proposedEverywhere();
        ItemKey item = ItemKey.task(task);
        store.confirm(e.id(), List.of(item), List.of(), false);
        String before = copy.digest();
        StoreException refused = assertThrows(StoreException.class, () -> store.confirmEvaluation(e.id()));
        assertEquals("evaluation.error.unconfirmedMore", refused.problem().key());
        int items = store.outcomes(e.id()).size();
        assertEquals(items - 1, refused.problem().args().get(1), "every item but 5.3.6 is still a proposal");
        assertFalse(String.valueOf(refused.problem().args().get(3)).contains("5.3.6、"), "5.3.6 is confirmed, not listed");
        assertEquals(before, copy.digest());
        assertEquals("evaluation.error.closeUnconfirmed", refusal(() -> store.close(plan)));
        assertEquals(before, copy.digest());

        store.confirm(e.id(), List.of(), List.of(), true);
        assertTrue(store.missing(e.id()).none());
        assertTrue(store.confirmEvaluation(e.id()).confirmed());
        assertEquals("evaluation.error.alreadyConfirmed", refusal(() -> store.set(e.id(), item,
                OutcomeDraft.of(FinalOutcome.ONGOING, null, ""))));
    }

    @Test
    void aClosedPlanIsRefusedByTheDatabaseUntilReopenedWithAReason() throws SQLException {
        Evaluation e = proposedEverywhere();
        store.confirm(e.id(), List.of(), List.of(), true);
        store.confirmEvaluation(e.id());
        PlanClosure closed = store.close(plan);
        assertEquals(TestClock.TODAY, closed.closedOn());
        assertEquals(PlanState.CLOSED, store.state(plan));
        assertEquals(Map.of(ItemKey.task(task), FinalOutcome.NOT_DONE).get(ItemKey.task(task)),
                ledger.read(EvaluationStore::closedOutcomes).get(ItemKey.task(task)).outcome());

        String before = copy.digest();
        // behind the app's back, straight to the database
        for (String sql : List.of(
                "UPDATE task SET title = '改了' WHERE id = " + task,
                "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, period_start, period_end, written_on, "
                        + "progress, recorded_at) VALUES ('x1', " + task + ", " + department + ", 'MONTH', '2026-11-01', "
                        + "'2026-11-30', '2026-11-29', '又推进了', 'x')",
                "UPDATE plan SET title = '改了' WHERE id = " + plan,
                "INSERT INTO indicator_value (uid, indicator_id, year, value, recorded_on, recorded_at) SELECT 'x2', min(id), 2026, "
                        + "'1', '2026-11-29', 'x' FROM indicator WHERE plan_id = " + plan,
                "UPDATE task_division SET updated_at = 'x' WHERE task_id = " + task,
                "UPDATE evaluation_outcome SET note = '改' WHERE task_id = " + task)) {
            try (Connection c = copy.connect(); Statement st = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(refused.getMessage().contains("plan_closed"), refused.getMessage());
            }
        }
        // through the store, in words
        assertEquals("store.error.planClosed", refusal(() -> ledger.inTransaction(c -> Sql.update(c,
                "UPDATE task SET title = '改了' WHERE id = ?", task))));
        assertEquals("evaluation.error.planClosed", refusal(() -> store.start(plan, EvaluationKind.MIDTERM, null)));
        assertEquals("evaluation.error.reopenReason", refusal(() -> store.reopen(plan, "  ")));
        assertEquals(before, copy.digest(), "every refusal left the ledger as it was");

        store.reopen(plan, "省评估组要求补充 5.3.6 的佐证");
        assertEquals(PlanState.EVALUATING, store.state(plan));
        assertFalse(store.evaluation(e.id()).confirmed(), "the evaluation is under way again");
        ledger.inTransaction(c -> Sql.update(c, "UPDATE task SET title = title WHERE id = ?", task));
        List<PlanStateChange> history = store.history(plan);
        assertEquals(List.of(PlanState.EVALUATING, PlanState.CLOSED, PlanState.EVALUATING),
                history.stream().map(PlanStateChange::state).toList());
        assertEquals("省评估组要求补充 5.3.6 的佐证", history.get(2).reason());
    }

    @Test
    void aPlanIsClosedOnlyByItsConfirmedFinalEvaluationEvenInTheDatabase() throws SQLException {
        assertEquals("evaluation.error.closeWithoutEvaluation", refusal(() -> store.close(plan)));
        Evaluation e = store.start(plan, EvaluationKind.FINAL, null);
        try (Connection c = copy.connect(); Statement st = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.execute("INSERT INTO plan_closure (plan_id, "
                    + "evaluation_id, closed_on, closed_at) VALUES (" + plan + ", " + e.id() + ", '2026-11-29', 'x')"));
            assertTrue(refused.getMessage().contains("plan_not_evaluated"), refused.getMessage());
        }
    }
}
