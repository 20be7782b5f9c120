package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ReportingPeriod;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The task view's actions on 6.3.3 as a liaison and the manager meet them on 29 November: 申请延期
 * is off once every due date has passed, saying so when pointed at; 写进展 offers October, the
 * report that is owed, and saving it ends 未报送; 申请销号 offers the photo already on that entry;
 * after 通过销号, 写进展 and 申请销号 are off, saying the task is closed.
 */
@ExtendWith(ApplicationExtension.class)
class TaskActionsWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("task-actions.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
        stage.hide();
    }

    @Test
    @SuppressWarnings("unchecked")
    void actionsThatCannotSucceedAreOffAndSayWhy(FxRobot robot) throws Exception {
        Path photo = Files.write(dir.resolve("竣工照片.jpg"), new byte[1024]);
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        long taskId = FxWait.onLedger(opened.window().viewModel().session(), l -> {
            long plan = l.plans().plans().get(0).id();
            return l.divisions().rows(plan).stream().filter(r -> r.code().equals("6.3.3")).findFirst().orElseThrow().taskId();
        });
        FxWait.onFx(() -> {
            opened.window().viewModel().selectedTaskIdProperty().set(taskId);
            return null;
        });
        FxWait.until("6.3.3 shows, October not reported", () -> robot.lookup("#task-title").queryAs(Label.class)
                .getText().startsWith("6.3.3") && text(robot, "#task-light-reasons").contains("2026年10月未报送"));

        // every due date of 6.3.3 has passed: no extension can be asked for
        assertTrue(FxWait.onFx(() -> button(robot, "#progress-extension").isDisabled()));
        robot.moveTo(FxWait.onFx(() -> robot.lookup("#progress-extension-holder").queryAs(Node.class)));
        FxWait.until("pointing at 申请延期 says why it is off", () -> tooltipShowing("完成时限都已过（最晚为2025年12月31日）"));
        assertFalse(FxWait.onFx(() -> button(robot, "#progress-write").isDisabled()));

        // 写进展 starts on October, the report owed on 29 November
        FxWait.click(robot, "#progress-write");
        FxWait.until("the entry dialog is open", () -> robot.lookup("#entry-dialog").tryQuery().isPresent());
        ReportingPeriod period = FxWait.onFx(() -> ((ComboBox<ReportingPeriod>) robot.lookup("#entry-period").query()).getValue());
        assertEquals("2026-10", period.code());
        FxWait.click(robot, "#entry-progress").write("节水改造全部完成");
        FxWait.onFx(() -> ((ListView<Path>) robot.lookup("#progress-evidence").query()).getItems().add(photo));
        FxWait.click(robot, "#progress-save");
        FxWait.until("saved, and October no longer unreported", () -> robot.lookup("#entry-dialog").tryQuery().isEmpty()
                && "推进中".equals(text(robot, "#task-status-pill"))
                && !text(robot, "#task-light-reasons").contains("未报送"));

        // 申请销号 offers the photo already on the entry; ticking it is enough
        FxWait.click(robot, "#progress-closeout");
        FxWait.until("the close-out dialog offers the earlier photo", () -> robot.lookup("#closeout-earlier .check-box")
                .tryQuery().isPresent());
        CheckBox earlier = FxWait.onFx(() -> robot.lookup("#closeout-earlier .check-box").queryAs(CheckBox.class));
        assertEquals("竣工照片.jpg（2026年11月29日上传）", FxWait.onFx(earlier::getText));
        robot.clickOn(earlier);
        FxWait.click(robot, "#progress-save");
        FxWait.until("close-out requested", () -> robot.lookup("#closeout-dialog").tryQuery().isEmpty()
                && "申请销号".equals(text(robot, "#task-status-pill")));
        // its milestones may still be closed out one by one
        assertFalse(FxWait.onFx(() -> button(robot, "#progress-closeout").isDisabled()));

        FxWait.click(robot, "#progress-accept");
        FxWait.until("the decision dialog is open", () -> robot.lookup("#decision-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#progress-save");
        FxWait.until("the manager is asked first", () -> robot.lookup("#closes-milestones-dialog").tryQuery().isPresent());
        robot.clickOn(FxWait.onFx(() -> robot.lookup("#closes-milestones-dialog .button")
                .match(LabeledMatchers.hasText("通过销号")).queryAs(Node.class)));
        FxWait.until("closed", () -> robot.lookup("#decision-dialog").tryQuery().isEmpty()
                && "已销号".equals(text(robot, "#task-status-pill")));

        // a closed task takes no more progress and no second close-out
        FxWait.until("写进展 and 申请销号 are off", () -> button(robot, "#progress-write").isDisabled()
                && button(robot, "#progress-closeout").isDisabled());
        assertTrue(FxWait.onFx(() -> reason(robot, "#progress-write-holder")).startsWith("整项任务已销号，不再填报进展"));
        assertEquals("整项任务已销号。", FxWait.onFx(() -> reason(robot, "#progress-closeout-holder")));
        robot.moveTo(FxWait.onFx(() -> robot.lookup("#progress-write-holder").queryAs(Node.class)));
        FxWait.until("pointing at 写进展 says why it is off", () -> tooltipShowing("整项任务已销号，不再填报进展"));
    }

    private static ButtonBase button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ButtonBase.class);
    }

    /** The tooltip installed on a button's holder, as it would show. */
    private static String reason(FxRobot robot, String holder) {
        Object tip = robot.lookup(holder).query().getProperties().get("planledger.reasonOff");
        return tip instanceof Tooltip t ? t.getText() : null;
    }

    private static boolean tooltipShowing(String text) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().contains(text));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
