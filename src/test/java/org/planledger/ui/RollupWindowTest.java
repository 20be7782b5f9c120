package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 汇总 on the shipped plan as of 2026-11-29: chapter 6's 红灯 number is 12; a click lists its 12
 * tasks beside the table; a double-click opens one in 任务.
 */
@ExtendWith(ApplicationExtension.class)
class RollupWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("rollup.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aRedNumberListsItsTasksAndOneOpensInTasks(FxRobot robot) {
        MainViewModel vm = opened.window().viewModel();
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.click(robot, "#tab-rollup");
        FxWait.until("chapter 6 has 12 red tasks", () -> robot.lookup("#rollup-ch6-red").tryQuery()
                .map(n -> "12".equals(((Hyperlink) n).getText())).orElse(false));
        assertEquals("129", robot.lookup("#rollup-plan-red").queryAs(Hyperlink.class).getText());

        FxWait.click(robot, "#rollup-ch6-red");
        FxWait.until("the 12 tasks are listed", () -> drill(robot).getItems().size() == 12);
        assertTrue(drill(robot).getItems().stream().allMatch(i -> i.item().chapterNumber() == 6
                && !i.item().isMilestone() && i.verdict().light() == Light.RED));
        assertTrue(robot.lookup("#rollup-drill-title").queryAs(Label.class).getText().contains("红灯"));

        ItemLight first = FxWait.onFx(() -> drill(robot).getItems().get(0));
        robot.doubleClickOn(row(robot, 0));
        FxWait.until("任务 shows the task", () -> vm.screenProperty().get() == MainScreen.TASKS
                && vm.selectedTaskIdProperty().get() == first.item().key().taskId()
                && robot.lookup("#task-title").queryAs(Label.class).getText().startsWith(first.item().code()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemLight> drill(FxRobot robot) {
        return robot.lookup("#rollup-drill").queryAs(TableView.class);
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#rollup-drill .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }
}
