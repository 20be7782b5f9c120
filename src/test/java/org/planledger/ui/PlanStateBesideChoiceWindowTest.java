package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.plan.PlanSummary;
import org.planledger.testing.TestClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * With two plans the toolbar offers a choice that has room for the title only; beside it the state
 * of the plan shown: 已终结 with its day for the closed 十四五 plan, 执行中 for the next one. (The
 * state was said only inside the drop-down list, so a closed plan looked like any other.)
 */
@ExtendWith(ApplicationExtension.class)
class PlanStateBesideChoiceWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestWindow opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChosenPlansStateStandsBesideTheChoice(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("two.planledger"));
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            EvaluationStore store = ledger.evaluations(TestClock.get());
            long plan = ledger.plans().plans().get(0).id();
            var e = store.start(plan, EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            Map<Long, IndicatorDraft> indicators = new HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1",
                    "BINDING".equals(i.attribute()) ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
            store.confirm(e.id(), List.of(), List.of(), true, EvaluationStore.Whole.IF_COMPLETE);
            store.close(plan);
            ledger.plans().importPlan(NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan()).plan(), "next.txt");
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        FxWait.until("two plans to choose from", () -> FxWait.onFx(() -> robot.lookup("#plan-selector").query().isVisible()
                && ((ComboBox<PlanSummary>) robot.lookup("#plan-selector").query()).getItems().size() == 2));
        List<PlanSummary> plans = FxWait.onFx(() -> List.copyOf(((ComboBox<PlanSummary>) robot.lookup("#plan-selector").query()).getItems()));
        PlanSummary closed = plans.stream().filter(PlanSummary::closed).findFirst().orElseThrow();
        PlanSummary next = plans.stream().filter(p -> !p.closed()).findFirst().orElseThrow();

        FxWait.onFx(() -> {
            opened.window().viewModel().selectPlan(closed);
            return null;
        });
        FxWait.until("the closed plan's state beside the choice", () -> FxWait.onFx(() -> state(robot))
                .equals("（已终结，只读，数据截至2026年11月29日）"));
        assertTrue(FxWait.onFx(() -> robot.lookup("#plan-state").query().isVisible()));
        FxWait.onFx(() -> {
            opened.window().viewModel().selectPlan(next);
            return null;
        });
        FxWait.until("the next plan's state", () -> FxWait.onFx(() -> state(robot)).equals("执行中"));
        assertEquals(false, FxWait.onFx(() -> robot.lookup("#plan-title").query().isVisible()), "the single plan's title is not shown");
    }

    private static String state(FxRobot robot) {
        return ((Label) robot.lookup("#plan-state").query()).getText();
    }
}
