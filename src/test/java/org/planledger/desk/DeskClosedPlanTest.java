package org.planledger.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * A closed plan's 工作台 asks for nothing: before closing, the shipped plan's desk lists the
 * departments that did not report; once the plan is 已终结 (read-only) no line is left, and the
 * counts at the top are its final outcomes' lights (every item here 已完成: green).
 */
@BothBackends
class DeskClosedPlanTest {

    @Parameter
    Backend backend;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    @Test
    void aClosedPlansDeskHasNoLinesAndCountsItsOutcomes() {
        try (Ledger ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open()) {
            long plan = ledger.plans().plans().get(0).id();
            assertFalse(Desk.read(ledger, TestClock.get(), plan, DAY).lines(DeskGroup.MISSING_REPORTS).isEmpty(),
                    "an open plan's desk lists who did not report");

            var store = ledger.evaluations(TestClock.get());
            var e = store.start(plan, EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.DONE, LocalDate.of(2025, 12, 1), "")));
            Map<Long, IndicatorDraft> indicators = new HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1",
                    "BINDING".equals(i.attribute()) ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
            store.confirm(e.id(), List.of(), List.of(), true);
            store.confirmEvaluation(e.id());
            store.close(plan);

            Desk closed = Desk.read(ledger, TestClock.get(), plan, DAY);
            assertEquals(List.of(), closed.lines());
            assertEquals(TestClock.get().instant().atZone(TestClock.get().getZone()).toLocalDate(), closed.closedOn(),
                    "the desk knows the plan is closed, and since when");
            assertEquals(0, closed.count(Light.RED));
            assertEquals(items.size(), closed.count(Light.GREEN));
        }
    }
}
