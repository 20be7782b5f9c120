package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.common.OffReason;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The 终期评估 tab before and after 开始终期评估 on the shipped plan (today 29 November 2026):
 * before, the buttons that need an evaluation are off and say so (they did nothing when clicked)
 * and the empty indicator table speaks Chinese; 开始终期评估 then gives every task, milestone and
 * indicator the ledger's proposal, as the README promises, instead of 163 items 未评估.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationStartWindowTest {

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
    void startingProposesEveryOutcomeAndWhatNeedsAnEvaluationIsOffUntilThen(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("l.planledger"));
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("the plan shows not evaluated", () -> label(robot, "#evaluation-title").endsWith("尚未评估"));

        for (String id : List.of("#evaluation-confirm-all", "#evaluation-department", "#evaluation-workbook",
                "#evaluation-import", "#evaluation-report", "#evaluation-tables")) {
            assertTrue(FxWait.onFx(() -> control(robot, id).isDisabled()), id + " is off before an evaluation");
            assertEquals("该计划还没有评估：请先点“开始终期评估”。", FxWait.onFx(() -> OffReason.of(control(robot, id))), id);
        }
        assertEquals("须先确认终期评估的全部结果（全部确认），才能终结规划。",
                FxWait.onFx(() -> OffReason.of(control(robot, "#evaluation-close"))));
        assertEquals("只有已终结的规划才能重新开启。", FxWait.onFx(() -> OffReason.of(control(robot, "#evaluation-reopen"))));
        assertEquals("开始评估后，这里列出每项主要指标的目标值、实际值和结论。", FxWait.onFx(() ->
                ((Label) ((TableView<IndicatorOutcome>) robot.lookup("#evaluation-indicators").query()).getPlaceholder()).getText()));

        FxWait.click(robot, "#evaluation-start");
        FxWait.until("every task and milestone is listed", () -> FxWait.onFx(() -> items(robot).getItems().size()) == 163);
        List<ItemOutcome> listed = FxWait.onFx(() -> List.copyOf(items(robot).getItems()));
        assertEquals(0, listed.stream().filter(i -> i.state() == null).count(), "no item left 未评估");
        assertEquals(163, listed.stream().filter(i -> i.outcome() != null).count(), "each has the ledger's outcome");
        assertEquals(0, FxWait.onFx(() -> ((TableView<IndicatorOutcome>) robot.lookup("#evaluation-indicators").query())
                .getItems().stream().filter(i -> i.state() == null).count()), "every indicator proposed");
        assertTrue(label(robot, "#evaluation-message").startsWith("已开始“济南市天桥区“十四五”生态环境保护规划”的终期评估，并依据台账为 183 项"),
                label(robot, "#evaluation-message"));

        // now the evaluation's buttons work; a workbook still needs its department
        FxWait.until("全部确认 is on", () -> !FxWait.onFx(() -> control(robot, "#evaluation-confirm-all").isDisabled()));
        assertNull(FxWait.onFx(() -> OffReason.of(control(robot, "#evaluation-report"))));
        assertEquals("请先在“选择部门”中选一个牵头单位。", FxWait.onFx(() -> OffReason.of(control(robot, "#evaluation-workbook"))));
        assertTrue(FxWait.onFx(() -> OffReason.of(control(robot, "#evaluation-start"))).startsWith("评估正在进行（截至2026年11月29日）"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemOutcome> items(FxRobot robot) {
        return (TableView<ItemOutcome>) robot.lookup("#evaluation-items").query();
    }

    private static Control control(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Control.class);
    }

    private static String label(FxRobot robot, String id) {
        return FxWait.onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }
}
