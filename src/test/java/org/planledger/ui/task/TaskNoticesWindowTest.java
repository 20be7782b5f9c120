package org.planledger.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.EscalationRule;
import org.planledger.store.notice.NewNotice;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The task's 督办 tab: 5.3.6 had a yellow 督办单 on 2026-11-02 (signed for on the 3rd) and another on
 * the 20th. The tab lists both with their 签收 and answer, counts two yellows, and flags the item
 * under the default rule (the second yellow → 专函督办). The manager raises the rule to three
 * yellows in 工具 → 督办升级规则 (a rule never met is refused in the dialog first): the flag goes.
 */
@ExtendWith(ApplicationExtension.class)
class TaskNoticesWindowTest {

    @TempDir
    Path dir;
    private Path ledgerFile;
    private long task;
    private TestWindow opened;
    private Stage stage;

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

    @BeforeEach
    void issue() {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("l.planledger"));
        try (Ledger l = Ledger.open(ledgerFile, TestClock.get())) {
            task = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
            long dept = l.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ?1 AND role = 'LEAD'",
                    task));
            var store = l.notices(TestClock.get());
            for (int serial = 1; serial <= 2; serial++) {
                LocalDate on = serial == 1 ? LocalDate.of(2026, 11, 2) : LocalDate.of(2026, 11, 20);
                store.issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.YELLOW, "天桥环督", 2026, serial, on, dept,
                        on.plusDays(7), null, List.of(new NewNotice.Item(ItemKey.task(task), Light.YELLOW, "滞后于序时进度")))),
                        () -> { });
            }
            store.recordReceipt("天桥环督〔2026〕1号", LocalDate.of(2026, 11, 3));
        }
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static boolean flagged(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup("#task-notice-escalated").query().isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTabListsTheDocumentsCountsThemAndFlagsTheItemUnderTheEditableRule(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledgerFile));
        FxWait.until("the window is ready", () -> opened.window().viewModel().readyProperty().get());
        FxWait.onFx(() -> {
            opened.window().viewModel().selectedTaskIdProperty().set(task);
            return null;
        });
        FxWait.until("5.3.6 shows", () -> robot.lookup("#task-title").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("5.3.6")).orElse(false));
        FxWait.onFx(() -> {
            TabPane tabs = (TabPane) robot.lookup("#task-tabs").query();
            tabs.getSelectionModel().select(2);
            return null;
        });
        FxWait.until("the 督办 tab counts two documents", () -> FxWait.onFx(() -> ((TabPane) robot.lookup("#task-tabs").query())
                .getTabs().get(2).getText()).equals("督办（2）"));
        List<String> documents = FxWait.onFx(() -> List.copyOf(
                ((ListView<String>) robot.lookup("#task-notice-documents").query()).getItems()));
        assertEquals(List.of("天桥环督〔2026〕1号 · 黄色督办单 · 2026年11月2日 · 2026年11月3日签收 · 逾期未反馈",
                "天桥环督〔2026〕2号 · 黄色督办单 · 2026年11月20日 · 未签收 · 逾期未反馈"), documents);
        String counters = FxWait.onFx(() -> ((VBox) robot.lookup("#task-notice-counters").query()).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat));
        assertEquals("本任务：黄灯督办 2 次 · 红灯督办 0 次 · 文书 2 件", counters);
        assertTrue(flagged(robot), "the second yellow meets the default rule");
        assertEquals("⚑ 已达升级条件：本任务 → 专函督办", text(robot, "#task-notice-escalated"));

        Platform.runLater(() -> opened.window().editEscalationRule());
        FxWait.until("the rule's dialog is open", () -> robot.lookup("#escalation-dialog").tryQuery().isPresent());
        setField(robot, "#escalation-yellow", "0");
        setField(robot, "#escalation-red", "0");
        okButton(robot);
        FxWait.until("a rule never met is refused in the dialog", () -> !text(robot, "#escalation-problem").isEmpty());
        assertEquals("升级督办规则的黄灯次数和红灯次数不能都为 0（那样永远不会升级）。", text(robot, "#escalation-problem"));
        setField(robot, "#escalation-yellow", "3");
        setField(robot, "#escalation-red", "2");
        okButton(robot);
        FxWait.until("saved and the flag gone", () -> robot.lookup("#escalation-dialog").tryQuery().isEmpty()
                && !flagged(robot));
        assertTrue(text(robot, "#task-notice-rule").startsWith("升级督办规则：黄灯督办满 3 次或红灯督办满 2 次 → 专函督办"),
                text(robot, "#task-notice-rule"));
        try (Ledger l = Ledger.open(ledgerFile, TestClock.get())) {
            assertEquals(new EscalationRule(3, 2, "专函督办"), l.notices(TestClock.get()).escalation());
        }
    }

    private static void setField(FxRobot robot, String id, String value) {
        FxWait.onFx(() -> {
            ((TextField) robot.lookup(id).query()).setText(value);
            return null;
        });
    }

    private static void okButton(FxRobot robot) {
        Node ok = FxWait.onFx(() -> robot.lookup("#escalation-dialog .button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton()).findFirst().orElseThrow());
        robot.clickOn(ok);
    }
}
