package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.testing.TestClock;
import org.planledger.ui.common.TableOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The tables issues 19 and 20 added meet the rule of the older ones: 终期评估's items sort by code
 * naturally (5.3.9 before 5.3.10, 2.2.2/1 after 2.2.2) and by lead by pinyin; a right-click on an
 * item or on a 督办台账 document offers 打开 · 写进展… · 导出所选行…, and 打开 shows the task in 任务;
 * 督办台账 filters its documents by the toolbar's words of its own, saying so.
 */
@ExtendWith(ApplicationExtension.class)
class NewTablesSortAndMenuWindowTest {

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
    void evaluationItemsSortNaturallyAndBothTablesHaveTheTaskMenu(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("l.planledger"));
        long task;
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            task = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.7'"));
            long department = l.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department"));
            LocalDate issued = LocalDate.of(2026, 11, 20);
            l.notices(TestClock.get()).issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督", 2026, 1,
                    issued, department, issued.plusDays(7), null,
                    List.of(new NewNotice.Item(ItemKey.task(task), Light.RED, "已超期")))), () -> { });
            var store = l.evaluations(TestClock.get());
            var e = store.start(l.plans().plans().get(0).id(), EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            store.propose(e.id(), items, Map.of());
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        MainViewModel vm = opened.window().viewModel();

        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("163 items", () -> FxWait.onFx(() -> evaluation(robot).getItems().size()) == 163);
        List<String> byCode = FxWait.onFx(() -> sortBy(evaluation(robot), "evaluation-col-code").stream()
                .map(ItemOutcome::label).toList());
        assertEquals(byCode.stream().sorted(TableOrder.natural()).toList(), byCode);
        assertTrue(byCode.indexOf("5.3.9") < byCode.indexOf("5.3.10") || !byCode.contains("5.3.10"), byCode.toString());
        int lastNine = 0;
        int firstTen = byCode.size();
        for (int i = 0; i < byCode.size(); i++) {
            lastNine = byCode.get(i).startsWith("9.") ? i : lastNine;
            firstTen = byCode.get(i).startsWith("10.") ? Math.min(firstTen, i) : firstTen;
        }
        assertTrue(lastNine < firstTen, "chapter 9 before chapter 10: " + byCode);
        List<String> byLead = FxWait.onFx(() -> {
            TableView<ItemOutcome> t = evaluation(robot);
            TableColumn<ItemOutcome, String> lead = (TableColumn<ItemOutcome, String>) column(t, "evaluation-col-lead");
            sortBy(t, "evaluation-col-lead");
            return t.getItems().stream().map(i -> lead.getCellObservableValue(i).getValue()).toList();
        });
        assertEquals(byLead.stream().sorted(TableOrder.text(org.planledger.i18n.Messages.chinese().collator())).toList(), byLead,
                "leads by pinyin");

        ContextMenu items = FxWait.onFx(() -> evaluation(robot).getContextMenu());
        assertEquals(List.of("打开", "写进展…", "", "导出所选行…"), words(items), "the evaluation items' menu");
        FxWait.onFx(() -> {
            TableView<ItemOutcome> t = evaluation(robot);
            t.getItems().stream().filter(i -> i.key().equals(ItemKey.task(task))).findFirst()
                    .ifPresent(i -> t.getSelectionModel().clearAndSelect(t.getItems().indexOf(i)));
            items.getItems().get(0).fire();
            return null;
        });
        FxWait.until("任务 shows 5.3.7", () -> vm.screenProperty().get() == MainScreen.TASKS
                && vm.selectedTaskIdProperty().get() == task);

        FxWait.click(robot, "#tab-register");
        FxWait.until("the register lists the document", () -> FxWait.onFx(() -> register(robot).getItems().size()) == 1);
        ContextMenu documents = FxWait.onFx(() -> register(robot).getContextMenu());
        assertEquals(List.of("打开", "写进展…", "", "导出所选行…"), words(documents), "the register's menu");
        FxWait.onFx(() -> {
            vm.selectedTaskIdProperty().set(0);
            register(robot).getSelectionModel().select(0);
            documents.getItems().get(0).fire();
            return null;
        });
        FxWait.until("任务 shows the document's task", () -> vm.screenProperty().get() == MainScreen.TASKS
                && vm.selectedTaskIdProperty().get() == task);

        // 督办台账 has the toolbar's box of its own: words narrow its documents and the chip says so
        FxWait.click(robot, "#tab-register");
        FxWait.until("the box is on 督办台账, empty", () -> FxWait.onFx(() -> box(robot).isVisible() && box(robot).getText().isEmpty()));
        FxWait.click(robot, "#search").write("9.9.9");
        FxWait.until("no document holds 9.9.9", () -> FxWait.onFx(() -> register(robot).getItems().isEmpty()
                && robot.lookup("#register-filter-chip").query().isVisible()));
        FxWait.click(robot, "#register-filter-chip-clear");
        FxWait.until("清除 shows it again", () -> FxWait.onFx(() -> register(robot).getItems().size() == 1));
        FxWait.click(robot, "#search").write("5.3.7");
        FxWait.until("the document of 5.3.7 stays", () -> FxWait.onFx(() -> register(robot).getItems().size() == 1
                && robot.lookup("#register-filter-chip").query().isVisible()));
    }

    private static javafx.scene.control.TextField box(FxRobot robot) {
        return robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
    }

    private static List<String> words(ContextMenu menu) {
        assertTrue(menu != null, "a right-click menu");
        return FxWait.onFx(() -> menu.getItems().stream().map(MenuItem::getText).map(t -> t == null ? "" : t).toList());
    }

    private static <S> List<S> sortBy(TableView<S> t, String id) {
        t.getSortOrder().setAll(List.of(column(t, id)));
        t.sort();
        return List.copyOf(t.getItems());
    }

    private static <S> TableColumn<S, ?> column(TableView<S> t, String id) {
        return t.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemOutcome> evaluation(FxRobot robot) {
        return (TableView<ItemOutcome>) robot.lookup("#evaluation-items").query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Notice> register(FxRobot robot) {
        return (TableView<Notice>) robot.lookup("#register-table").query();
    }
}
