package org.planledger.ui.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.desk.DeskGroup;
import org.planledger.desk.DeskLine;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.progress.ItemLight;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 发督办单 in the window on the shipped plan on 2026-11-29. 2.2.1 was on a yellow 督办单 on
 * 2 November (天桥环督〔2026〕1号) and is red now, so the 工作台 lists it as turned red. Chosen in 期限
 * and issued, its red 督办单 is written into the folder, entered in the register as number 2, and
 * the 工作台's line is gone. A number already used is refused in the dialog with nothing written;
 * with nothing selected the action is disabled, and with every item unticked it is refused. The
 * 汇总 drill-down and the 工作台's section hand their items to the same dialog; a department's
 * ledger is not offered the action.
 */
@ExtendWith(ApplicationExtension.class)
class NoticeIssueWindowTest {

    @TempDir
    Path dir;
    private Path ledgerFile;
    private Path out;
    private long task;
    private String water;
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
    void aYellowNoticeOnTwoTwoOne() throws Exception {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("l.planledger"));
        out = Files.createDirectory(dir.resolve("督办单"));
        try (Ledger l = Ledger.open(ledgerFile, TestClock.get())) {
            task = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '2.2.1'"));
            long lead = l.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = " + task
                    + " AND role = 'LEAD'"));
            water = l.departments().all().stream().filter(d -> d.id() == lead).findFirst().orElseThrow().name();
            l.notices(TestClock.get()).issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.YELLOW, "天桥环督", 2026, 1,
                    LocalDate.of(2026, 11, 2), lead, LocalDate.of(2026, 11, 9), null,
                    List.of(new NewNotice.Item(ItemKey.task(task), Light.YELLOW, "进度滞后")))), () -> { });
        }
    }

    @Test
    void issuedFromTheDeadlineViewTheFileIsWrittenRegisteredAndTheDeskLineIsGone(FxRobot robot) throws Exception {
        org.planledger.ui.documents.DocumentTools noLibreOffice = new org.planledger.ui.documents.DocumentTools(
                new org.planledger.docs.PdfConverter(new org.planledger.docs.LibreOfficeSearch(List.of()), dir.resolve("none"),
                        org.planledger.docs.PdfConverter.DEFAULT_TIMEOUT), p -> { });
        opened = FxWait.onFx(() -> TestWindow.openOnDesk(stage, ledgerFile, c -> c.withDocuments(noLibreOffice)));
        FxWait.until("the desk lists 2.2.1 as turned red", () -> turned(robot).contains(ItemKey.task(task)));
        assertTrue(FxWait.onFx(() -> robot.lookup("#desk-issue-turned").tryQuery().map(Node::isVisible).orElse(false)),
                "the turned section offers 发督办单");

        chooseInDeadlines(robot, "2.2.1");
        FxWait.click(robot, "#deadline-issue");
        FxWait.until("the dialog is shown", () -> robot.lookup("#notice-issue-dialog").tryQuery().isPresent());
        assertEquals(List.of("天桥环督〔2026〕2号　红色督办单　" + water + "（1 项：2.2.1）"), documents(robot),
                "the register's next number, red from the light");
        assertEquals("2", FxWait.onFx(() -> field(robot, "#notice-issue-serial").getText()));
        assertEquals("2026年12月4日", FxWait.onFx(() -> field(robot, "#notice-issue-feedback-due .text-field").getText()),
                "five working days, written as dates are");
        FxWait.onFx(() -> {
            field(robot, "#notice-issue-folder").setText(out.toString());
            return null;
        });
        FxWait.click(robot, "#notice-issue-save");

        FxWait.until("the result pane lists the document", () -> robot.lookup("#notice-issued-dialog").tryQuery().isPresent());
        String name = "天桥环督〔2026〕2号 红色督办单 " + water + " 2.2.1.docx";
        assertEquals(name, FxWait.onFx(() -> ((Label) robot.lookup("#notice-issued-file-0").query()).getText()));
        assertTrue(Files.isRegularFile(out.resolve(name)), "the file is in the folder");
        assertTrue(FxWait.onFx(() -> robot.lookup("#notice-issued-open-0").tryQuery().isPresent()), "打开");
        assertTrue(FxWait.onFx(() -> robot.lookup("#notice-issued-open-folder").tryQuery().isPresent()), "打开所在文件夹");
        FxWait.click(robot, "#notice-issued-pdf");
        FxWait.until("without LibreOffice the user is told to save as PDF from WPS", () -> FxWait.onFx(
                () -> ((Label) robot.lookup("#notice-issued-pdf-status").query()).getText())
                .equals("未找到 LibreOffice，请在 WPS 或 Word 中打开后“另存为 PDF”。"));
        Notice n = FxWait.onLedger(opened.window().viewModel().session(),
                l -> l.notices(TestClock.get()).byNumber("天桥环督〔2026〕2号").orElseThrow());
        assertEquals(NoticeColour.RED, n.colour());
        assertEquals(List.of("2.2.1"), n.items().stream().map(Notice.Item::code).toList());
        assertEquals(LocalDate.of(2026, 11, 29), n.issuedOn());
        closeResult(robot);

        FxWait.click(robot, "#tab-desk");
        FxWait.until("the desk no longer lists 2.2.1 as turned", () -> robot.lookup("#desk-group-turned").tryQuery().isPresent()
                && !turned(robot).contains(ItemKey.task(task)));
        FxWait.click(robot, "#tab-register");
        FxWait.until("the register lists both", () -> robot.lookup("#register-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 2).orElse(false));
    }

    @Test
    void aNumberUsedIsRefusedWithNothingWrittenAndNoItemIsNoDocument(FxRobot robot) throws Exception {
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledgerFile));
        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("the deadline table is filled", () -> !table(robot).getItems().isEmpty());
        assertTrue(FxWait.onFx(() -> robot.lookup("#deadline-issue").query().isDisabled()), "nothing selected: disabled");

        chooseInDeadlines(robot, "2.2.2");
        FxWait.click(robot, "#deadline-issue");
        FxWait.until("the dialog is shown", () -> robot.lookup("#notice-issue-dialog").tryQuery().isPresent());
        FxWait.onFx(() -> {
            field(robot, "#notice-issue-folder").setText(out.toString());
            field(robot, "#notice-issue-serial").setText("1");
            return null;
        });
        FxWait.until("the number shows as used", () -> documents(robot).get(0).contains("已使用"));
        FxWait.click(robot, "#notice-issue-save");
        FxWait.until("a worded refusal", () -> !problem(robot).isEmpty());
        assertEquals("文号“天桥环督〔2026〕1号”已经使用过，请换一个起始序号。台账和文件夹均未改动。", problem(robot));
        assertEquals(0, files().size(), "nothing written");
        assertEquals(1, (int) FxWait.onLedger(opened.window().viewModel().session(),
                l -> l.read(c -> Sql.count(c, "SELECT count(*) FROM notice"))), "the register is as it was");

        FxWait.onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<NoticeIssueViewModel.Row> items = (TableView<NoticeIssueViewModel.Row>) robot.lookup("#notice-issue-items").query();
            items.getItems().forEach(r -> r.keptProperty().set(false));
            field(robot, "#notice-issue-serial").setText("2");
            return null;
        });
        FxWait.until("no document", () -> documents(robot).isEmpty());
        FxWait.click(robot, "#notice-issue-save");
        FxWait.until("a worded refusal", () -> !problem(robot).isEmpty());
        assertEquals("没有选中任何事项：请至少勾选一项红灯或黄灯事项。未出具督办单，台账和文件夹均未改动。", problem(robot));
        assertEquals(0, files().size());
        FxWait.onFx(() -> {
            DialogPane pane = (DialogPane) robot.lookup("#notice-issue-dialog").query();
            ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire();
            return null;
        });
        FxWait.until("the dialog is closed", () -> robot.lookup("#notice-issue-dialog").tryQuery().isEmpty());
        assertFalse(Files.list(out).findAny().isPresent());
    }

    @Test
    void theDrillDownAndTheDesksSectionHandTheirItemsToTheDialog(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledgerFile));
        FxWait.click(robot, "#tab-rollup");
        FxWait.until("chapter 6 has 12 red tasks", () -> robot.lookup("#rollup-ch6-red").tryQuery()
                .map(n -> "12".equals(((javafx.scene.control.Hyperlink) n).getText())).orElse(false));
        FxWait.click(robot, "#rollup-ch6-red");
        FxWait.until("the drill-down lists 12", () -> ((TableView<?>) robot.lookup("#rollup-drill").query()).getItems().size() == 12);
        FxWait.click(robot, "#rollup-drill-issue");
        FxWait.until("the dialog lists the 12 items", () -> robot.lookup("#notice-issue-items").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 12).orElse(false));
        long leads = FxWait.onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<ItemLight> drill = (TableView<ItemLight>) robot.lookup("#rollup-drill").query();
            return drill.getItems().stream().map(il -> il.item().leadId()).distinct().count();
        });
        assertTrue(leads > 1, "the chapter's red tasks have several leads");
        assertEquals(leads, documents(robot).size(), "one document per lead department");
        cancel(robot);

        FxWait.click(robot, "#tab-desk");
        FxWait.until("the desk lists 2.2.1 as turned red", () -> turned(robot).contains(ItemKey.task(task)));
        List<ItemKey> turned = turned(robot);
        FxWait.onFx(() -> {
            javafx.scene.control.MenuButton menu = (javafx.scene.control.MenuButton) robot.lookup("#desk-issue-turned").query();
            menu.getItems().stream().filter(i -> "desk-issue-turned-all".equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        FxWait.until("the dialog lists the section's items", () -> robot.lookup("#notice-issue-items").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().stream()
                        .map(r -> ((NoticeIssueViewModel.Row) r).light().item().key()).toList().equals(turned))
                .orElse(false));
        cancel(robot);
    }

    @Test
    void aDepartmentsLedgerIsNotOfferedTheAction(FxRobot robot) throws Exception {
        Path department = dir.resolve("department.planledger");
        try (Ledger l = Ledger.open(ledgerFile, TestClock.get())) {
            long lead = l.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = " + task
                    + " AND role = 'LEAD'"));
            Path pkg = new org.planledger.exchange.PackageExporter(l, TestClock.get())
                    .export(List.of(lead), Files.createDirectories(dir.resolve("packages"))).get(0).file();
            new org.planledger.exchange.PackageOpener(TestClock.get()).openInto(pkg, department);
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, department));
        FxWait.until("the department ledger is known", () -> opened.window().viewModel().session().role().isDepartment());
        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("the deadline table is filled", () -> !table(robot).getItems().isEmpty());
        chooseInDeadlines(robot, "2.2.1");
        assertFalse(FxWait.onFx(() -> robot.lookup("#deadline-issue").query().isVisible()), "no 发督办单 button");
        assertFalse(FxWait.onFx(() -> table(robot).getContextMenu().getItems().stream()
                .filter(i -> "deadline-table-menu-issue".equals(i.getId())).findFirst().orElseThrow().isVisible()),
                "no 发督办单 in the right-click menu");
    }

    private static void cancel(FxRobot robot) {
        FxWait.onFx(() -> {
            DialogPane pane = (DialogPane) robot.lookup("#notice-issue-dialog").query();
            ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire();
            return null;
        });
        FxWait.until("the dialog is closed", () -> robot.lookup("#notice-issue-dialog").tryQuery().isEmpty());
    }

    private void chooseInDeadlines(FxRobot robot, String code) {
        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("the deadline table is filled", () -> !table(robot).getItems().isEmpty());
        FxWait.onFx(() -> {
            TableView<ItemLight> t = table(robot);
            t.getSelectionModel().clearSelection();
            for (int i = 0; i < t.getItems().size(); i++) {
                ItemLight r = t.getItems().get(i);
                if (!r.item().isMilestone() && r.item().code().equals(code)) {
                    t.getSelectionModel().select(i);
                }
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemLight> table(FxRobot robot) {
        return (TableView<ItemLight>) robot.lookup("#deadline-table").query();
    }

    private static TextField field(FxRobot robot, String query) {
        return (TextField) robot.lookup(query).query();
    }

    @SuppressWarnings("unchecked")
    private static List<String> documents(FxRobot robot) {
        return FxWait.onFx(() -> {
            ListView<NoticeIssueViewModel.Planned> list = (ListView<NoticeIssueViewModel.Planned>) robot
                    .lookup("#notice-issue-documents").query();
            return robot.lookup("#notice-issue-documents .list-cell").queryAll().stream()
                    .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(t -> t != null && !t.isEmpty())
                    .limit(list.getItems().size()).toList();
        });
    }

    private static String problem(FxRobot robot) {
        return FxWait.onFx(() -> ((Label) robot.lookup("#notice-issue-problem").query()).getText());
    }

    private static List<ItemKey> turned(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup(".desk-line").queryAll().stream().map(n -> (DeskLine) n.getUserData())
                .filter(l -> l.group() == DeskGroup.TURNED).map(DeskLine::item).toList());
    }

    private static void closeResult(FxRobot robot) {
        FxWait.onFx(() -> {
            DialogPane pane = (DialogPane) robot.lookup("#notice-issued-dialog").query();
            ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            return null;
        });
        FxWait.until("the result pane is closed", () -> robot.lookup("#notice-issued-dialog").tryQuery().isEmpty());
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        }
    }
}
