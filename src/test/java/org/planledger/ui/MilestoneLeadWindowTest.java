package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.division.DeptRef;
import org.planledger.ui.task.MilestoneItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The task view's 牵头单位 column: both milestones of 6.3.3 follow the task's lead; the first
 * gets 农业农村局 of its own through the picker, which the ledger keeps, and the second still
 * follows the task.
 */
@ExtendWith(ApplicationExtension.class)
class MilestoneLeadWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("milestone-lead.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void theFirstMilestoneOf633GetsItsOwnLeadThroughThePicker(FxRobot robot) {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        SearchSteps.openHit(robot, opened.window().viewModel(), "深度节水控水", "推进深度节水控水");
        FxWait.until("6.3.3 shows its two milestones", () -> robot.lookup("#task-title").queryAs(Label.class)
                .getText().startsWith("6.3.3") && table(robot).getItems().size() == 2);
        long taskId = FxWait.onFx(() -> opened.window().viewModel().selectedTaskIdProperty().get());
        DeptRef taskLead = FxWait.onLedger(opened.window().viewModel().session(),
                l -> l.divisions().division(taskId).lead());
        assertNotNull(taskLead);
        String follows = "随任务：" + taskLead.shortName();
        FxWait.until("both follow the task's lead", () -> follows.equals(leadText(robot, 0))
                && follows.equals(leadText(robot, 1)));

        FxWait.clickOn(robot, "更改 on the first milestone", () -> robot.lookup("#task-milestones .milestone-lead").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getIndex() == 0 && !c.isEmpty())
                .map(c -> c.lookup(".milestone-lead-change")).filter(java.util.Objects::nonNull).toList());
        FxWait.until("the picker is open on the first milestone", () -> robot.lookup("#milestone-lead-picker")
                .tryQuery().map(Node::isFocused).orElse(false));
        robot.write("农业农村");
        FxWait.until("the picker offers 农业农村局", () -> robot.lookup(".list-cell")
                .match((Labeled l) -> l.getText() != null && l.getText().endsWith("（农业农村局）")).tryQuery().isPresent());
        FxWait.clickOn(robot, "农业农村局 in the picker", () -> robot.lookup(".list-cell")
                .match((Labeled l) -> l.getText() != null && l.getText().endsWith("（农业农村局）")).queryAll());

        FxWait.until("the first milestone shows 农业农村局", () -> "农业农村局".equals(leadText(robot, 0)));
        long first = FxWait.onFx(() -> table(robot).getItems().get(0).id());
        long second = FxWait.onFx(() -> table(robot).getItems().get(1).id());
        assertEquals("农业农村局", FxWait.onLedger(opened.window().viewModel().session(),
                l -> l.divisions().milestoneLead(first)).shortName(), "saved in the ledger");
        assertNull(FxWait.onLedger(opened.window().viewModel().session(), l -> l.divisions().milestoneLead(second)));
        assertEquals(follows, leadText(robot, 1), "the second still follows the task");
    }

    @SuppressWarnings("unchecked")
    private static TableView<MilestoneItem> table(FxRobot robot) {
        return robot.lookup("#task-milestones").queryAs(TableView.class);
    }

    private static TableCell<?, ?> leadCell(FxRobot robot, int row) {
        return robot.lookup("#task-milestones .milestone-lead").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getIndex() == row && !c.isEmpty())
                .findFirst().orElseThrow();
    }

    private static String leadText(FxRobot robot, int row) {
        return robot.lookup("#task-milestones .milestone-lead").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && !c.isEmpty() && !c.isEditing())
                .map(c -> c.lookup(".milestone-lead-name"))
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).findFirst().orElse("");
    }
}
