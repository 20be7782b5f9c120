package org.planledger.ui.carryover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.model.CarryoverState;
import org.planledger.model.TaskText;
import org.planledger.store.Ledger;
import org.planledger.store.carryover.CarryoverLink;
import org.planledger.store.plan.PlanSummary;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 工具 → 结转到新规划… on a ledger holding the shipped 十四五 plan and the next-plan variant: the
 * unfinished tasks with their first proposals; one confirmed (确认), one given another successor
 * (改选…, found by its code), one marked 不结转 — refused in words without a reason, the ledger left
 * as it was — the counts following each step; the confirmed successor then says 承接：十四五 ….
 */
@ExtendWith(ApplicationExtension.class)
class CarryoverReviewWindowTest {

    @TempDir
    static Path dir;
    private static Path ledgerFile;

    private TestWindow opened;

    @BeforeAll
    static void twoPlans() {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("carryover-review.planledger"));
        NextPlanVariant.Result variant = NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan());
        try (Ledger ledger = Ledger.open(ledgerFile, TestClock.get())) {
            ledger.plans().importPlan(variant.plan(), "next.txt");
        }
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, ledgerFile);
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void theManagerConfirmsPicksAndDropsThenTheSuccessorSaysWhatItCarriesOn(FxRobot robot) {
        FxWait.until("the ledger is open", () -> opened.window().viewModel().readyProperty().get());
        MenuItem menu = FxWait.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-carryover".equals(i.getId())).findFirst().orElse(null));
        assertNotNull(menu, "工具 → 结转到新规划…");
        FxWait.until("offered to the manager", () -> !menu.isDisable());
        assertEquals("结转到新规划…", menu.getText());

        Platform.runLater(() -> opened.window().reviewCarryover());
        FxWait.until("the proposals are worked out", () -> robot.lookup("#carryover-dialog").tryQuery().isPresent()
                && !rows(robot).isEmpty() && !robot.lookup("#carryover-proposing").query().isVisible());
        List<PlanSummary> plans = FxWait.onLedger(session(), l -> l.plans().plans());
        int asked = FxWait.onLedger(session(), l -> l.carryover().unfinished(plans.get(0).id()).size());
        assertEquals(asked, rows(robot).size(), "one line per task of the 十四五 plan not 已销号");
        assertEquals("待定 " + asked + " · 已确认 0 · 不结转 0", text(robot, "#carryover-counts"));

        List<CarryoverReviewModel.Row> rows = rows(robot);
        int a = indexOfFirst(rows, 0);
        CarryoverReviewModel.Row first = rows.get(a);
        CarryoverReviewModel.Row second = rows.get(a + 1);
        CarryoverReviewModel.Row third = rows.get(a + 2);
        scrollTo(robot, a);

        // 确认: the first proposal becomes the successor
        FxWait.click(robot, "#carryover-confirm-" + CarryoverReviewDialog.idPart(first.from().code()));
        FxWait.until("confirmed and counted", () -> text(robot, "#carryover-counts")
                .equals("待定 " + (asked - 1) + " · 已确认 1 · 不结转 0"));
        long successor = first.first().to().taskId();
        assertEquals(List.of(successor), confirmedTo(first));
        assertEquals(CarryoverState.CONFIRMED, stateOf(robot, first.from().code()).state());

        // 改选…: another task of the new plan, found by its code
        TaskText other = FxWait.onLedger(session(), l -> l.divisions().taskTexts(plans.get(1).id())).stream()
                .filter(t -> second.first() == null || t.taskId() != second.first().to().taskId())
                .filter(t -> t.taskId() != successor).findFirst().orElseThrow();
        FxWait.click(robot, "#carryover-pick-" + CarryoverReviewDialog.idPart(second.from().code()));
        FxWait.until("the list of the new plan's tasks", () -> robot.lookup("#carryover-pick-dialog").tryQuery().isPresent());
        FxWait.onFx(() -> {
            robot.lookup("#carryover-pick-search").queryAs(TextField.class).setText(other.code());
            return null;
        });
        FxWait.clickOn(robot, other.code() + " in the list", () -> robot.lookup("#carryover-pick-list .list-cell")
                .queryAllAs(ListCell.class).stream().filter(c -> c.getText() != null
                        && c.getText().startsWith(other.code() + "  ")).map(c -> (Node) c).toList());
        FxWait.click(robot, "#carryover-pick-ok");
        FxWait.until("picked and counted", () -> text(robot, "#carryover-counts")
                .equals("待定 " + (asked - 2) + " · 已确认 2 · 不结转 0"));
        assertEquals(List.of(other.taskId()), confirmedTo(second));

        // 不结转…: refused without a reason, the ledger unchanged; then with one
        List<CarryoverLink> before = FxWait.onLedger(session(), l -> l.carryover().linksFrom(third.from().taskId()));
        FxWait.click(robot, "#carryover-drop-" + CarryoverReviewDialog.idPart(third.from().code()));
        FxWait.until("the reason is asked", () -> robot.lookup("#carryover-drop-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#carryover-drop-ok");
        FxWait.until("refused in words", () -> !text(robot, "#carryover-drop-problem").isEmpty());
        assertEquals("请说明 " + third.from().code() + " 不结转的理由。", text(robot, "#carryover-drop-problem"));
        assertEquals(before, FxWait.onLedger(session(), l -> l.carryover().linksFrom(third.from().taskId())));
        FxWait.onFx(() -> {
            robot.lookup("#carryover-drop-reason").queryAs(TextArea.class).setText("已在本期完成");
            return null;
        });
        FxWait.click(robot, "#carryover-drop-ok");
        FxWait.until("dropped and counted", () -> text(robot, "#carryover-counts")
                .equals("待定 " + (asked - 3) + " · 已确认 2 · 不结转 1"));
        List<CarryoverLink> dropped = FxWait.onLedger(session(), l -> l.carryover().linksFrom(third.from().taskId()));
        assertEquals(1, dropped.size());
        assertEquals(CarryoverState.NOT_CARRIED, dropped.get(0).state());
        assertEquals("已在本期完成", dropped.get(0).reason());
        assertEquals("已在本期完成", stateOf(robot, third.from().code()).reason());

        // 确认所选: the first proposals of two more lines, in one go
        List<CarryoverReviewModel.Row> more = rows(robot).stream().skip(a + 3L).filter(r -> r.first() != null)
                .limit(2).toList();
        FxWait.onFx(() -> {
            table(robot).getSelectionModel().clearSelection();
            more.forEach(r -> table(robot).getSelectionModel().select(r));
            return null;
        });
        FxWait.click(robot, "#carryover-confirm-selected");
        FxWait.until("both confirmed and counted", () -> text(robot, "#carryover-counts")
                .equals("待定 " + (asked - 5) + " · 已确认 4 · 不结转 1"));
        for (CarryoverReviewModel.Row r : more) {
            assertEquals(List.of(r.first().to().taskId()), confirmedTo(r));
        }
        assertEquals("已确认 2 项承接任务。", text(robot, "#carryover-done"));

        // the headers sort as in the other tables: 原任务 by code naturally, 状态 gathers the decided lines
        List<String> byCode = FxWait.onFx(() -> sortBy(robot, "carryover-col-task").stream().map(r -> r.from().code()).toList());
        assertEquals(byCode.stream().sorted(org.planledger.ui.common.TableOrder.natural()).toList(), byCode);
        List<Integer> byState = FxWait.onFx(() -> sortBy(robot, "carryover-col-state").stream().map(r -> r.state().ordinal()).toList());
        assertEquals(byState.stream().sorted().toList(), byState);
        FxWait.onFx(() -> {
            table(robot).getSortOrder().clear();
            return null;
        });

        // the new plan chosen as the earlier one: the two swap, the later plan's tasks are proposed afresh, and it is said
        FxWait.onFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<PlanSummary> from = robot.lookup("#carryover-from").queryAs(javafx.scene.control.ComboBox.class);
            from.setValue(plans.get(1));
            return null;
        });
        int later = FxWait.onLedger(session(), l -> l.carryover().unfinished(plans.get(1).id()).size());
        FxWait.until("the plans swapped and the later plan's tasks listed", () -> !robot.lookup("#carryover-proposing").query()
                .isVisible() && rows(robot).size() == later && rows(robot).get(0).from().taskId() != first.from().taskId());
        assertEquals(plans.get(0).id(), FxWait.onFx(() -> ((PlanSummary) robot.lookup("#carryover-to")
                .queryAs(javafx.scene.control.ComboBox.class).getValue()).id()));
        assertEquals("新规划 十四五 不晚于原规划 十五五：结转只能从前一规划转入后一规划，请调换两者。", text(robot, "#carryover-problem"));

        // the confirmed successor shows what it carries on
        FxWait.onFx(() -> {
            opened.window().viewModel().openTaskInItsPlan(successor);
            return null;
        });
        FxWait.until("the successor says 承接：十四五 " + first.from().code(), () -> robot.lookup("#task-carries-on").tryQuery()
                .map(Node::isVisible).orElse(false) && robot.lookup("#task-carries-on")
                .queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()
                .equals(List.of("承接：", "十四五 " + first.from().code())));
    }

    private org.planledger.ui.common.LedgerSession session() {
        return opened.window().viewModel().session();
    }

    private List<Long> confirmedTo(CarryoverReviewModel.Row row) {
        return FxWait.onLedger(session(), l -> l.carryover().linksFrom(row.from().taskId())).stream()
                .filter(l -> l.state() == CarryoverState.CONFIRMED).map(l -> l.to().taskId()).toList();
    }

    /** The first line, from {@code start} on, with a proposal and two lines after it. */
    private static int indexOfFirst(List<CarryoverReviewModel.Row> rows, int start) {
        for (int i = start; i < rows.size() - 2; i++) {
            if (rows.get(i).first() != null) {
                return i;
            }
        }
        throw new AssertionError("no task with a proposal");
    }

    @SuppressWarnings("unchecked")
    private static List<CarryoverReviewModel.Row> sortBy(FxRobot robot, String column) {
        TableView<CarryoverReviewModel.Row> t = table(robot);
        t.getSortOrder().setAll(List.of(t.getColumns().stream().filter(c -> column.equals(c.getId())).findFirst().orElseThrow()));
        t.sort();
        return List.copyOf(t.getItems());
    }

    private static TableView<CarryoverReviewModel.Row> table(FxRobot robot) {
        return robot.lookup("#carryover-table").queryAs(TableView.class);
    }

    private static List<CarryoverReviewModel.Row> rows(FxRobot robot) {
        return FxWait.onFx(() -> List.copyOf(table(robot).getItems()));
    }

    private static CarryoverReviewModel.Row stateOf(FxRobot robot, String code) {
        return rows(robot).stream().filter(r -> r.from().code().equals(code)).findFirst().orElseThrow();
    }

    private static void scrollTo(FxRobot robot, int index) {
        FxWait.onFx(() -> {
            table(robot).scrollTo(index);
            return null;
        });
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
