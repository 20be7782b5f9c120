package org.planledger.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.MainScreen;
import org.planledger.ui.MainViewModel;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 督办台账 in the window on the shipped plan: two 督办单 to two departments, issued 2026-11-20. The
 * table lists them with dates in words, sorts departments by the Chinese collator, refuses a
 * 签收 before the issue day in words and leaves the ledger as it was, records one on a good day,
 * and a double-click opens the first item's task.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterWindowTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    private static final String SECOND = "天桥环督〔2026〕2号";

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
            long other = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.7'"));
            long first = l.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department"));
            long second = l.read(c -> Sql.longOrNull(c, "SELECT max(id) FROM department"));
            l.notices(TestClock.get()).issue(List.of(
                    new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督", 2026, 2, ISSUED, first, ISSUED.plusDays(7),
                            null, List.of(new NewNotice.Item(ItemKey.task(task), Light.RED, "已超期"))),
                    new NewNotice(NoticeKind.SUPERVISION, NoticeColour.YELLOW, "天桥环督", 2026, 10, ISSUED, second,
                            ISSUED.plusDays(7), null, List.of(new NewNotice.Item(ItemKey.task(other), Light.YELLOW, "滞后")))),
                    () -> { });
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<Notice> table(FxRobot robot) {
        return (TableView<Notice>) robot.lookup("#register-table").query();
    }

    private static TableColumn<Notice, ?> column(TableView<Notice> t, String id) {
        return t.getColumns().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
    }

    private static String cell(FxRobot robot, int row, String id) {
        return FxWait.onFx(() -> {
            Object v = column(table(robot), id).getCellObservableValue(row).getValue();
            return v instanceof LocalDate d ? Messages.chinese().date(d) : v == null ? "" : v.toString();
        });
    }

    private static String problem(FxRobot robot) {
        return FxWait.onFx(() -> ((Label) robot.lookup("#register-problem").query()).getText());
    }

    private String signedInLedger() {
        try (Ledger l = Ledger.open(ledgerFile, TestClock.get())) {
            return l.read(c -> Sql.string(c, "SELECT signed_on FROM notice WHERE number = ?", SECOND));
        }
    }

    private static void choose(FxRobot robot, LocalDate day) {
        FxWait.onFx(() -> {
            TableView<Notice> t = table(robot);
            t.getItems().stream().filter(n -> n.number().equals(SECOND)).findFirst()
                    .ifPresent(n -> t.getSelectionModel().select(n));
            ((DatePicker) robot.lookup("#register-signed-on").query()).setValue(day);
            return null;
        });
    }

    @Test
    void theRegisterListsSortsRecordsAReceiptAndOpensATask(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledgerFile));
        MainViewModel vm = opened.window().viewModel();
        FxWait.click(robot, "#tab-register");
        FxWait.until("the register lists two documents", () -> table(robot).getItems().size() == 2);
        assertEquals("督办台账 · 共2件", FxWait.onFx(() -> ((Label) robot.lookup("#register-title").query()).getText()));
        assertEquals(SECOND, cell(robot, 0, "register-col-number"));
        assertEquals("天桥环督〔2026〕10号", cell(robot, 1, "register-col-number"));
        assertEquals("2026年11月20日", cell(robot, 0, "register-col-issued"));
        assertEquals("红", cell(robot, 0, "register-col-colour"));
        assertEquals("逾期未反馈", cell(robot, 0, "register-col-state"), "due 27 November, no answer by the 29th");

        List<String> byNumber = FxWait.onFx(() -> {
            TableView<Notice> t = table(robot);
            TableColumn<Notice, ?> number = column(t, "register-col-number");
            number.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(List.of(number));
            t.sort();
            return t.getItems().stream().map(Notice::number).toList();
        });
        assertEquals(List.of("天桥环督〔2026〕10号", SECOND), byNumber, "numbers sort as numbers: 10 after 2");
        List<String> byDepartment = FxWait.onFx(() -> {
            TableView<Notice> t = table(robot);
            t.getSortOrder().setAll(List.of(column(t, "register-col-department")));
            t.sort();
            return t.getItems().stream().map(Notice::departmentName).toList();
        });
        assertTrue(Messages.chinese().collator().compare(byDepartment.get(0), byDepartment.get(1)) <= 0,
                "by the Chinese collator: " + byDepartment);

        choose(robot, ISSUED.minusDays(3));
        FxWait.click(robot, "#register-sign");
        FxWait.until("a worded refusal", () -> !problem(robot).isEmpty());
        assertEquals(SECOND + " 的签收日期 2026年11月17日 早于出具日期 2026年11月20日。", problem(robot));
        assertNull(signedInLedger(), "the ledger is as it was");

        choose(robot, ISSUED.plusDays(1));
        FxWait.click(robot, "#register-sign");
        FxWait.until("the 签收 shows in the table", () -> table(robot).getItems().stream()
                .anyMatch(n -> ISSUED.plusDays(1).equals(n.signedOn())));
        assertEquals("2026-11-21", signedInLedger());
        assertEquals("", problem(robot));

        javafx.scene.Node rowNode = FxWait.onFx(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof Notice x
                        && x.number().equals(SECOND)).findFirst().orElseThrow());
        robot.doubleClickOn(rowNode);
        FxWait.until("任务 shows 5.3.6", () -> vm.screenProperty().get() == MainScreen.TASKS
                && vm.selectedTaskIdProperty().get() == task);
    }
}
