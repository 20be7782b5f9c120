package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
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
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 终结规划… on a computer whose language is English, in a window that speaks Chinese: the question's
 * buttons say 确定 and 取消 (JavaFX's stock buttons said "OK" and "Cancel"), and 取消 leaves the plan
 * as it was.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationDialogWordsWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestWindow opened;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @Stop
    void stop() {
        if (opened != null) {
            opened.close();
        }
        Locale.setDefault(before);
    }

    @Test
    void theClosingQuestionSpeaksTheWindowsLanguage(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("l.planledger"));
        long plan;
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            EvaluationStore store = ledger.evaluations(TestClock.get());
            plan = ledger.plans().plans().get(0).id();
            var e = store.start(plan, EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            Map<Long, IndicatorDraft> indicators = new HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1",
                    "BINDING".equals(i.attribute()) ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
            store.confirm(e.id(), List.of(), List.of(), true, EvaluationStore.Whole.IF_COMPLETE);
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("终结规划 is offered", () -> !FxWait.onFx(() -> robot.lookup("#evaluation-close").query().isDisabled()));
        FxWait.click(robot, "#evaluation-close");
        FxWait.until("the question shows", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        List<String> buttons = FxWait.onFx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getButtonTypes().stream()
                .map(t -> ((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(t)).getText()).toList());
        assertEquals(List.of("确定", "取消"), buttons);
        FxWait.click(robot, "取消");
        FxWait.until("the question is gone", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(PlanState.EVALUATING, FxWait.onLedger(opened.window().viewModel().session(),
                l -> l.evaluations(TestClock.get()).state(plan)), "取消 leaves the plan open");
    }
}
