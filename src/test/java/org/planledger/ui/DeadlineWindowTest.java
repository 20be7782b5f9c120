package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.progress.ItemLight;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 期限 on the shipped plan as of 2026-11-29: every item red, the 2023 filter lists the 18
 * milestones of 2023, a double-click opens the task in 任务; a past as-of day shows the banner
 * and the lights of that day, a future one is refused, 今天 goes back.
 */
@ExtendWith(ApplicationExtension.class)
class DeadlineWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("deadlines.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void redItemsAYearFilterADoubleClickAndAPastDay(FxRobot robot) {
        MainViewModel vm = opened.window().viewModel();
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("163 red items", () -> "红灯 163".equals(text(robot, "#deadline-count-red"))
                && table(robot).getItems().size() == 163);
        assertEquals("绿灯 0", text(robot, "#deadline-count-green"));
        assertTrue(text(robot, "#deadline-total").startsWith("共 163 项：129 项任务、34 个时间节点"),
                text(robot, "#deadline-total"));
        assertTrue(robot.lookup("#deadline-table .outcome-not-done")
                .match((javafx.scene.control.Labeled l) -> "未完成".equals(l.getText())).tryQuery().isPresent(),
                "the outcome the final evaluation asks for");

        FxWait.click(robot, "#deadline-scope-year-2023");
        FxWait.until("the 18 milestones of 2023", () -> table(robot).getItems().size() == 18
                && table(robot).getItems().stream().allMatch(r -> r.item().isMilestone()
                        && r.item().plannedDue().getYear() == 2023));
        assertTrue(robot.lookup("#deadline-scope-year-2023").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#deadline-scope-year-2024").tryQuery().isPresent(), "2024 has no milestone");

        ItemLight first = FxWait.onFx(() -> table(robot).getItems().get(0));
        robot.doubleClickOn(row(robot, 0));
        FxWait.until("任务 shows the task", () -> vm.screenProperty().get() == MainScreen.TASKS
                && vm.selectedTaskIdProperty().get() == first.item().key().taskId()
                && robot.lookup("#task-title").queryAs(Label.class).getText().startsWith(first.item().code()));

        FxWait.click(robot, "#tab-deadlines");
        DatePicker date = robot.lookup("#as-of-date").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write("2023-06-01").type(KeyCode.ENTER);
        FxWait.until("the banner says which day is shown", () -> robot.lookup("#as-of-banner").query().isVisible()
                && "正在查看 2023年6月1日 的台账（只读）".equals(text(robot, "#as-of-banner-text")));
        assertEquals(LocalDate.of(2023, 6, 1), vm.asOfProperty().get());
        FxWait.until("the milestones of 2023 are not yet due", () -> "红灯 0".equals(text(robot, "#deadline-count-red"))
                && table(robot).getItems().size() == 18
                && table(robot).getItems().stream().allMatch(r -> LocalDate.of(2023, 6, 1).equals(
                        vm.deadlines().computedForProperty().get())));

        robot.clickOn(date.getEditor());
        robot.interact(date.getEditor()::selectAll);
        robot.write("2027-01-01").type(KeyCode.ENTER);
        FxWait.until("a future day is refused", () -> text(robot, "#as-of-problem").startsWith("不能查看未来的日期"));
        assertEquals(LocalDate.of(2023, 6, 1), vm.asOfProperty().get(), "nothing changed");

        FxWait.click(robot, "#as-of-today");
        FxWait.until("back to the live ledger", () -> vm.asOfProperty().get() == null
                && !robot.lookup("#as-of-banner").query().isVisible()
                && "红灯 18".equals(text(robot, "#deadline-count-red")));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemLight> table(FxRobot robot) {
        return robot.lookup("#deadline-table").queryAs(TableView.class);
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#deadline-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }
}
