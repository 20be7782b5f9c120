package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.ItemOutcome;
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
 * 终期评估 has the toolbar's search box of its own, as 分工 and 期限 do: a search in 任务 leaves
 * its 163 items whole; words typed on 终期评估 narrow them by code, task or lead and say so
 * ("显示 N / 163 项", "筛选：“…” ✕ 清除"), and 清除 shows every item again.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationSearchWindowTest {

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
    void theEvaluationHasItsOwnFilterAndSaysSo(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("l.planledger"));
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            var store = ledger.evaluations(TestClock.get());
            var e = store.start(ledger.plans().plans().get(0).id(), EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            store.propose(e.id(), items, Map.of());
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.click(robot, "#search").write("黑臭水体");
        FxWait.until("任务 hits show", () -> !opened.window().viewModel().search().hits().isEmpty());

        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("all 163 items", () -> FxWait.onFx(() -> items(robot).getItems().size()) == 163);
        assertEquals("", FxWait.onFx(() -> box(robot).getText()), "the box is empty on 终期评估");
        assertTrue(FxWait.onFx(() -> box(robot).isVisible()), "终期评估 has the box");
        assertFalse(FxWait.onFx(() -> robot.lookup("#evaluation-filter-chip").query().isVisible()), "no filter, no chip");

        FxWait.click(robot, "#search").write("黑臭");
        FxWait.until("the items narrow and say so", () -> FxWait.onFx(() -> items(robot).getItems().size() < 163
                && !items(robot).getItems().isEmpty() && robot.lookup("#evaluation-filter-chip").query().isVisible()));
        int shown = FxWait.onFx(() -> items(robot).getItems().size());
        assertTrue(FxWait.onFx(() -> items(robot).getItems().stream().allMatch(i -> i.title().contains("黑臭"))));
        assertEquals("显示 " + shown + " / 163 项", FxWait.onFx(() -> ((Label) robot.lookup("#evaluation-shown").query()).getText()));
        assertEquals("筛选：“黑臭”", FxWait.onFx(() -> ((Label) robot.lookup("#evaluation-filter-chip-words").query()).getText()));

        FxWait.click(robot, "#evaluation-filter-chip-clear");
        FxWait.until("清除 shows every item again", () -> FxWait.onFx(() -> items(robot).getItems().size() == 163
                && !robot.lookup("#evaluation-filter-chip").query().isVisible()));
        FxWait.click(robot, "#tab-tasks");
        FxWait.until("任务 has its own words back", () -> "黑臭水体".equals(FxWait.onFx(() -> box(robot).getText())));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemOutcome> items(FxRobot robot) {
        return (TableView<ItemOutcome>) robot.lookup("#evaluation-items").query();
    }

    private static TextField box(FxRobot robot) {
        return robot.lookup("#search").queryAs(TextField.class);
    }
}
