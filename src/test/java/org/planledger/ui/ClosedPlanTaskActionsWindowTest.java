package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.testing.TestClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A task of a closed (终结) plan: 写进展, 申请销号, 申请延期, 更改状态 and 调整灯色 are off and say
 * why when pointed at — the plan is closed and read-only, reopen it first — instead of opening a
 * dialog whose 保存 the ledger then refuses; the task view says so under the buttons. 指标 too:
 * 填报实际值, 研判, 方向 and 责任单位 are off, and the detail says the plan is closed; 分工 likewise
 * (生成分工草案, 全部确认 and the editor; they ended in the ledger's refusal).
 */
@ExtendWith(ApplicationExtension.class)
class ClosedPlanTaskActionsWindowTest {

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
    void aClosedPlansTaskOffersNoActionThatTheLedgerWouldRefuse(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("closed.planledger"));
        long taskId;
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            var store = ledger.evaluations(TestClock.get());
            long plan = ledger.plans().plans().get(0).id();
            var e = store.start(plan, EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            Map<Long, IndicatorDraft> indicators = new HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1",
                    "BINDING".equals(i.attribute()) ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
            store.confirm(e.id(), List.of(), List.of(), true, org.planledger.store.evaluation.EvaluationStore.Whole.IF_COMPLETE);
            store.close(plan);
            taskId = ledger.divisions().rows(plan).stream().filter(r -> r.code().equals("6.3.3")).findFirst()
                    .orElseThrow().taskId();
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.onFx(() -> {
            opened.window().viewModel().selectedTaskIdProperty().set(taskId);
            return null;
        });
        FxWait.until("6.3.3 shows", () -> robot.lookup("#task-title").queryAs(Label.class).getText().startsWith("6.3.3"));

        String closed = "本规划已于2026年11月29日终结（只读）";
        FxWait.until("the actions are off", () -> button(robot, "#progress-write").isDisabled());
        for (String id : List.of("#progress-write", "#progress-closeout", "#progress-extension", "#progress-status",
                "#progress-override")) {
            assertTrue(FxWait.onFx(() -> button(robot, id).isDisabled()), id + " is off");
            String why = FxWait.onFx(() -> reason(robot, id + "-holder"));
            assertTrue(why != null && why.startsWith(closed), id + " says why: " + why);
        }
        assertTrue(FxWait.onFx(() -> robot.lookup("#progress-read-only").queryAs(Label.class).getText()).startsWith(closed));

        // 指标 likewise: no value, judgement, direction or responsible department on a closed plan
        FxWait.click(robot, "#tab-indicators");
        FxWait.until("指标 says the plan is closed", () -> FxWait.onFx(() -> robot.lookup("#indicator-read-only").tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().startsWith(closed)).orElse(false)));
        for (String id : List.of("#indicator-record", "#indicator-judge", "#indicator-direction", "#indicator-department")) {
            assertTrue(FxWait.onFx(() -> robot.lookup(id).query().isDisabled()), id + " is off");
        }

        // 分工 too: no draft, no confirmation, no editing of the closed plan's division
        FxWait.click(robot, "#tab-assignment");
        FxWait.until("分工 says the plan is closed", () -> FxWait.onFx(() -> robot.lookup("#assign-closed").tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().startsWith(closed)).orElse(false)));
        for (String id : List.of("#assign-drafts", "#assign-confirm-all", "#assign-editor")) {
            assertTrue(FxWait.onFx(() -> robot.lookup(id).query().isDisabled()), id + " is off");
        }
    }

    private static ButtonBase button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ButtonBase.class);
    }

    private static String reason(FxRobot robot, String holder) {
        Object tip = robot.lookup(holder).query().getProperties().get("planledger.reasonOff");
        return tip instanceof Tooltip t ? t.getText() : null;
    }
}
