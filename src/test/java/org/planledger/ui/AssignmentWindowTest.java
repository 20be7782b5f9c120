package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.AssignmentRole;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.department.DepartmentTaskLines;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * 分工 and 部门 as the manager uses them: two tasks get a lead and two cooperating units through
 * the type-ahead pickers, the table shows it, and after a restart the department view lists the
 * tasks under the lead and under a cooperating unit. Undo and the filters work from the window.
 */
@ExtendWith(ApplicationExtension.class)
class AssignmentWindowTest {

    @TempDir
    static Path dir;

    private Path ledger;
    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        ledger = SeededLedger.copyTo(dir.resolve("assign-" + System.nanoTime() + ".planledger"));
        opened = TestWindow.open(stage, ledger);
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aLeadAndTwoCooperatingUnitsChosenForTwoTasksAreThereInTheDepartmentViewAfterARestart(FxRobot robot) {
        openAssignment(robot);
        FxWait.click(robot, "#search").write("黑臭水体");
        FxWait.until("the table shows the tasks on black and smelly water", () -> shownCodes(robot).size() < 10
                && shownCodes(robot).containsAll(List.of("6.2.4", "7.4.3")));
        FxWait.clickOn(robot, "6.2.4's code", () -> codeCell(robot, "6.2.4"));
        robot.press(KeyCode.CONTROL);
        FxWait.clickOn(robot, "7.4.3's code", () -> codeCell(robot, "7.4.3"));
        robot.release(KeyCode.CONTROL);
        FxWait.until("two tasks are selected", () -> vm().selectionProperty().get().size() == 2);
        assertEquals("已选 2 项任务（其中草案 2 项）", robot.lookup("#assign-selection").queryAs(Label.class).getText());

        pick(robot, "#assign-lead", "水务局", "区水务局（水务局）");
        FxWait.until("水务局 leads both", () -> leadText(robot, "6.2.4").equals("水务局")
                && leadText(robot, "7.4.3").equals("水务局"));
        pick(robot, "#assign-cooperating-add", "住建局", "区住房和城乡建设局（住建局）");
        FxWait.until("住建局 cooperates on both", () -> cooperatingText(robot, "6.2.4").contains("住建局")
                && cooperatingText(robot, "7.4.3").contains("住建局"));
        pick(robot, "#assign-cooperating-add", "城管局", "区城市管理局（城管局）");
        FxWait.until("城管局 cooperates on both", () -> cooperatingText(robot, "6.2.4").contains("城管局")
                && cooperatingText(robot, "7.4.3").contains("城管局"));
        assertEquals("已确认", stateText(robot, "6.2.4"), "the manager's choice is confirmed");
        assertEquals(2, vm().selectionProperty().get().size(), "the selection stays while saving");

        opened.closeAndWait(FxWait.onFx(() -> (Stage) robot.lookup("#assign-table").query().getScene().getWindow()));
        Stage again = FxWait.onFx(Stage::new);
        opened = FxWait.onFx(() -> TestWindow.open(again, ledger));
        FxWait.until("the ledger is open again", () -> opened.window().viewModel().selectedPlanProperty().get() != null);
        FxWait.click(robot, "#tab-departments");
        showDepartment(robot, "水务局", "区水务局");
        FxWait.until("区水务局 lists both tasks as its own", () -> tasksIn(robot, AssignmentRole.LEAD)
                .containsAll(List.of("6.2.4", "7.4.3")));
        assertTrue(robot.lookup("#department-summary").queryAs(Label.class).getText().startsWith("牵头"));
        showDepartment(robot, "住建局", "区住房和城乡建设局");
        FxWait.until("区住房和城乡建设局 lists both as cooperating", () -> tasksIn(robot, AssignmentRole.COOPERATE)
                .containsAll(List.of("6.2.4", "7.4.3")));
        assertFalse(tasksIn(robot, AssignmentRole.LEAD).contains("6.2.4"));
        FxWait.until("a task line shows its milestones by year", () -> robot.lookup(".department-milestone-year")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().matches("20\\d\\d年：\\d+ 个节点")));
    }

    @Test
    void undoPutsTheDraftBackAndTheFiltersNarrowTheTable(FxRobot robot) {
        openAssignment(robot);
        FxWait.click(robot, "#assign-filter-draft");
        pick(robot, "#assign-filter-department", "水务局", "区水务局（水务局）");
        FxWait.until("only the drafts of 水务局 show", () -> {
            List<DivisionRow> shown = table(robot).getItems();
            return !shown.isEmpty() && shown.size() < 129 && shown.stream().allMatch(r ->
                    r.division().state() == DivisionState.DRAFT && involves(r.division(), "区水务局"));
        });
        assertTrue(robot.lookup("#assign-count").queryAs(Label.class).getText().startsWith(
                "显示 " + table(robot).getItems().size() + " / 129 项"));
        FxWait.click(robot, "#assign-filter-department-clear");
        FxWait.click(robot, "#assign-filter-draft");
        FxWait.until("all tasks show again", () -> table(robot).getItems().size() == 129);

        FxWait.click(robot, "#search").write("农村生活污水");
        FxWait.until("7.4.2 shows", () -> shownCodes(robot).contains("7.4.2"));
        FxWait.clickOn(robot, "7.4.2's code", () -> codeCell(robot, "7.4.2"));
        TaskDivision draft = FxWait.onFx(() -> vm().row(table(robot).getItems().stream()
                .filter(r -> r.code().equals("7.4.2")).findFirst().orElseThrow().taskId()).division());
        pick(robot, "#assign-lead", "统计局", "区统计局（统计局）");
        FxWait.until("统计局 leads 7.4.2", () -> leadText(robot, "7.4.2").equals("统计局"));
        FxWait.clickOn(robot, "7.4.2's code", () -> codeCell(robot, "7.4.2"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until("Ctrl+Z puts the draft back", () -> "草案".equals(stateText(robot, "7.4.2"))
                && draft.equals(vm().row(draft.taskId()).division()));
        assertEquals(draft.lead().shortName(), leadText(robot, "7.4.2"));
        assertTrue(robot.lookup("#assign-message").queryAs(Label.class).getText().startsWith("已撤销：已将 1 项任务的牵头单位设为“区统计局”"));
        assertTrue(robot.lookup("#assign-undo").query().isDisabled(), "nothing left to undo");
    }

    private org.planledger.ui.assign.AssignmentViewModel vm() {
        return opened.window().viewModel().assignment();
    }

    private static void openAssignment(FxRobot robot) {
        FxWait.until("the window is ready", () -> robot.lookup("#tab-assignment").tryQuery().isPresent()
                && robot.lookup("#status-counts").queryAs(Label.class).getText().contains("129"));
        FxWait.click(robot, "#tab-assignment");
        FxWait.until("the table shows the 129 tasks", () -> table(robot).getItems().size() == 129);
    }

    /** Types into a picker and chooses the suggestion it offers. */
    private static void pick(FxRobot robot, String picker, String typed, String offered) {
        FxWait.click(robot, picker);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(typed);
        FxWait.until("the picker offers " + offered, () -> robot.lookup(".list-cell")
                .match(LabeledMatchers.hasText(offered)).tryQuery().isPresent());
        FxWait.clickOn(robot, offered + " in the picker", () -> robot.lookup(".list-cell")
                .match(LabeledMatchers.hasText(offered)).queryAll());
    }

    /** Types a short name into the department search and clicks the department listed by it. */
    private static void showDepartment(FxRobot robot, String shortName, String name) {
        FxWait.click(robot, "#department-filter");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(shortName);
        FxWait.until(shortName + " is listed", () -> robot.lookup("#department-list .department-cell-name")
                .match(LabeledMatchers.hasText(shortName)).tryQuery().isPresent());
        FxWait.clickOn(robot, shortName + " in the list", () -> robot.lookup("#department-list .department-cell-name")
                .match(LabeledMatchers.hasText(shortName)).queryAll());
        FxWait.until(name + " is shown", () -> name.equals(robot.lookup("#department-name").queryAs(Label.class).getText()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> tasksIn(FxRobot robot, AssignmentRole role) {
        ListView<DepartmentTaskLines.Line> list = robot.lookup("#department-tasks").queryAs(ListView.class);
        return list.getItems().stream().filter(l -> l instanceof DepartmentTaskLines.TaskLine t && t.task().role() == role)
                .map(l -> ((DepartmentTaskLines.TaskLine) l).task().code()).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<DivisionRow> table(FxRobot robot) {
        return robot.lookup("#assign-table").queryAs(TableView.class);
    }

    private static List<String> shownCodes(FxRobot robot) {
        return table(robot).getItems().stream().map(DivisionRow::code).toList();
    }

    /** The code cell of {@code code}'s row, once the table shows that row there (null before). */
    private static List<Node> codeCell(FxRobot robot, String code) {
        return robot.lookup("#assign-table .assign-code").queryAllAs(TableCell.class).stream()
                .filter(c -> code.equals(c.getText()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof DivisionRow r && r.code().equals(code))
                .map(Node.class::cast).toList();
    }

    private static String cellOf(FxRobot robot, String code, String column) {
        return robot.lookup("#assign-table " + column).queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof DivisionRow r
                        && r.code().equals(code))
                .findFirst().map(c -> c.getText() != null ? c.getText()
                        : c.getGraphic() instanceof Label l ? l.getText() : "").orElse("");
    }

    private static String leadText(FxRobot robot, String code) {
        return cellOf(robot, code, ".assign-lead");
    }

    private static String cooperatingText(FxRobot robot, String code) {
        return cellOf(robot, code, ".assign-cooperating");
    }

    private static String stateText(FxRobot robot, String code) {
        return cellOf(robot, code, ".assign-state");
    }

    private static boolean involves(TaskDivision d, String name) {
        return d.lead() != null && d.lead().name().equals(name)
                || d.cooperating().stream().anyMatch(c -> c.name().equals(name));
    }
}
