package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.model.PlanState;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The end of the shipped plan in the 终期评估 tab: every outcome and indicator proposed, 全部确认
 * confirms them and the evaluation; 终结规划… (asked first) closes the plan, which the title then
 * calls 已终结; 重新开启… without a reason is refused in words and the plan stays closed, with one
 * it is open again under evaluation and the reason is in its history.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationCloseWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestWindow opened;
    private volatile String reason;
    private volatile String asked;

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

    private static String label(FxRobot robot, String id) {
        return FxWait.onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    @Test
    void allConfirmedThePlanIsClosedAndReopenedWithAReason(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("l.planledger"));
        long plan;
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            var store = ledger.evaluations(TestClock.get());
            plan = ledger.plans().plans().get(0).id();
            var e = store.start(plan, EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            Map<Long, IndicatorDraft> indicators = new HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1",
                    "BINDING".equals(i.attribute()) ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file, context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog) {
                        if (dialog instanceof Alert a) {
                            asked = a.getContentText();
                            return Optional.of((R) ButtonType.OK);
                        }
                        if (dialog instanceof TextInputDialog) {
                            return Optional.of((R) reason);
                        }
                        return super.showCustomDialogAndWait(dialog);
                    }
                })));
        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("the evaluation is listed", () -> label(robot, "#evaluation-title").contains("评估中"));
        assertTrue(FxWait.onFx(() -> robot.lookup("#evaluation-close").query().isDisabled()), "not closable before confirming");

        FxWait.click(robot, "#evaluation-confirm-all");
        FxWait.until("the evaluation is confirmed", () -> label(robot, "#evaluation-message").contains("评估已全部确认"));
        FxWait.until("终结规划 offered", () -> !FxWait.onFx(() -> robot.lookup("#evaluation-close").query().isDisabled()));

        FxWait.click(robot, "#evaluation-close");
        FxWait.until("the plan is closed", () -> label(robot, "#evaluation-title").contains("已终结"));
        assertTrue(asked.contains("终结后该规划只读"), asked);
        assertEquals(PlanState.CLOSED, state(plan));
        // a closed plan's outcomes are kept as closed: no editing, and nothing left to confirm
        assertTrue(FxWait.onFx(() -> robot.lookup("#evaluation-editor").query().isDisabled()
                && robot.lookup("#evaluation-indicator-editor").query().isDisabled()
                && robot.lookup("#evaluation-confirm-all").query().isDisabled()), "editing is off on a closed plan");

        reason = "  ";
        FxWait.click(robot, "#evaluation-reopen");
        FxWait.until("a reopening without a reason is refused in words",
                () -> !label(robot, "#evaluation-message").contains("已终结（只读）") && !label(robot, "#evaluation-message").isBlank());
        assertEquals(PlanState.CLOSED, state(plan), "still closed: " + label(robot, "#evaluation-message"));

        reason = "补充佐证材料";
        FxWait.click(robot, "#evaluation-reopen");
        FxWait.until("reopened", () -> label(robot, "#evaluation-message").contains("已重新开启（理由：补充佐证材料）"));
        assertEquals(PlanState.EVALUATING, state(plan));
        assertEquals("补充佐证材料", FxWait.onLedger(opened.window().viewModel().session(), l -> {
            var h = l.evaluations(TestClock.get()).history(plan);
            return h.get(h.size() - 1).reason();
        }));
    }

    private PlanState state(long plan) {
        return FxWait.onLedger(opened.window().viewModel().session(), l -> l.evaluations(TestClock.get()).state(plan));
    }
}
