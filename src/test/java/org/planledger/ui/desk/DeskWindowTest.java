package org.planledger.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.desk.DeskGroup;
import org.planledger.desk.DeskLine;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.ProgressStore;
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
 * 工作台 on the shipped plan on 2026-11-29: 5.3.6's lead asked to close it out (after the manager
 * returned its 2022 milestone), another department asked for an extension, and nobody reported
 * for October. The manager's window opens on the desk, which lists the two requests and the
 * departments that did not report; a click on the close-out opens 5.3.6 in 任务. The lead's own
 * department ledger opens on its desk: the returned milestone, its requests waiting, its own
 * items due — nothing of the other department's.
 */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {

    @TempDir
    static Path dir;
    private static Path master;
    private static Path departmentLedger;
    private static long task;
    private static long otherTask;
    private static String otherCode;
    private static String otherLeadName;
    private static Set<Long> ownTasks;

    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void makeLedgers() throws Exception {
        SeededLedger.prepare();
        master = SeededLedger.copyTo(dir.resolve("master.planledger"));
        long lead;
        try (Ledger ledger = Ledger.open(master, TestClock.get())) {
            ProgressStore progress = ledger.progress(TestClock.get());
            task = id(ledger, "SELECT id FROM task WHERE code = '5.3.6'");
            long milestone = id(ledger, "SELECT id FROM milestone WHERE task_id = " + task + " AND due_date = '2022-12-31'");
            lead = id(ledger, "SELECT department_id FROM task_assignment WHERE task_id = " + task + " AND role = 'LEAD'");
            otherTask = id(ledger, "SELECT min(t.id) FROM task t JOIN task_assignment a ON a.task_id = t.id "
                    + "AND a.role = 'LEAD' WHERE a.department_id <> " + lead
                    + " AND NOT EXISTS (SELECT 1 FROM milestone m WHERE m.task_id = t.id)");
            otherCode = ledger.read(c -> Sql.string(c, "SELECT code FROM task WHERE id = ?", otherTask));
            long otherLead = id(ledger, "SELECT department_id FROM task_assignment WHERE task_id = " + otherTask
                    + " AND role = 'LEAD'");
            otherLeadName = ledger.departments().all().stream().filter(d -> d.id() == otherLead)
                    .map(d -> d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName())
                    .findFirst().orElseThrow();
            ownTasks = ledger.read(c -> {
                java.util.Set<Long> ids = new java.util.HashSet<>();
                try (var ps = Sql.prepare(c, "SELECT task_id FROM task_assignment WHERE role = 'LEAD' AND department_id = ?1",
                        lead); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            Path photo = Files.writeString(dir.resolve("现场照片.jpg"), "jpeg", StandardCharsets.UTF_8);
            ItemKey m = ItemKey.milestone(task, milestone);
            progress.requestCloseOut(m, lead, LocalDate.of(2026, 11, 20), "两家企业均已完成替代",
                    List.of(new EvidenceFile(photo)));
            progress.returnCloseOut(m, LocalDate.of(2026, 11, 25), "缺少验收报告");
            progress.requestCloseOut(ItemKey.task(task), lead, LocalDate.of(2026, 11, 26), "整改全部完成",
                    List.of(new EvidenceFile(photo)));
            progress.requestExtension(ItemKey.task(otherTask), otherLead, LocalDate.of(2025, 12, 20),
                    LocalDate.of(2026, 12, 31), "资金下达晚");
            // a 督办单 to the other department on 2 November, feedback due 9 November, never answered: 催办 due
            ledger.notices(TestClock.get()).issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督", 2026,
                    1, LocalDate.of(2026, 11, 2), otherLead, LocalDate.of(2026, 11, 9), null,
                    List.of(new NewNotice.Item(ItemKey.task(otherTask), Light.RED, "已逾期")))), () -> { });
            Path out = Files.createDirectories(dir.resolve("packages"));
            Path pkg = new PackageExporter(ledger, TestClock.get()).export(List.of(lead), out).get(0).file();
            departmentLedger = dir.resolve("department.planledger");
            new PackageOpener(TestClock.get()).openInto(pkg, departmentLedger);
        }
    }

    private static long id(Ledger ledger, String sql) {
        return ledger.read(c -> Sql.longOrNull(c, sql));
    }

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
    void theManagerOpensOnTheDeskAndALineOpensItsTask(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.openOnDesk(stage, master));
        MainViewModel vm = opened.window().viewModel();
        FxWait.until("the desk lists the close-out request", () -> !lines(robot, DeskGroup.CLOSE_OUT_REQUESTS).isEmpty());
        assertEquals(MainScreen.DESK, FxWait.onFx(() -> vm.screenProperty().get()), "the first view");
        assertEquals("工作台 · 2026年11月29日", text(robot, "#desk-title"));
        assertTrue(text(robot, "#desk-count-red").startsWith("红灯 "), text(robot, "#desk-count-red"));

        List<DeskLine> closeOuts = lines(robot, DeskGroup.CLOSE_OUT_REQUESTS);
        assertEquals(1, closeOuts.size());
        assertEquals(ItemKey.task(task), closeOuts.get(0).item());
        assertEquals("待审核的销号申请（同意或退回） · 1", text(robot, "#desk-group-close-out-requests"));
        assertTrue(detail(robot, "close-out-requests", 0).endsWith("于2026年11月26日申请销号：整改全部完成"),
                detail(robot, "close-out-requests", 0));

        List<DeskLine> extensions = lines(robot, DeskGroup.EXTENSION_REQUESTS);
        assertEquals(1, extensions.size());
        assertEquals(otherCode, extensions.get(0).code());
        assertEquals(otherLeadName + "于2025年12月20日申请延期：完成时限2025年12月31日改为2026年12月31日。理由：资金下达晚",
                detail(robot, "extension-requests", 0));

        assertTrue(text(robot, "#desk-group-missing-reports").startsWith("2026年10月未报送或未报全的部门"),
                text(robot, "#desk-group-missing-reports"));
        assertTrue(lines(robot, DeskGroup.MISSING_REPORTS).stream().anyMatch(l -> l.code().equals(otherLeadName)),
                "the other department did not report for October");
        assertEquals("转为红灯或黄灯的事项（督办过的与最近一份督办单所载灯色相比，未督办过的与2026年10月31日上一报送期末相比）",
                text(robot, "#desk-group-turned").replaceAll(" · \\d+$", ""), "says what it compares with");
        assertTrue(lines(robot, DeskGroup.TURNED).stream().noneMatch(l -> ItemKey.task(otherTask).equals(l.item())),
                "red on its 督办单 and red now: not turned");
        assertEquals("反馈时限已过仍未反馈的督办单（需催办） · 1", text(robot, "#desk-group-chase-due"));
        assertEquals(List.of(otherLeadName), lines(robot, DeskGroup.CHASE_DUE).stream().map(DeskLine::code).toList());
        assertEquals("天桥环督〔2026〕1号（2026年11月2日出具，1项：" + otherCode + "），反馈时限2026年11月9日已过，未收到反馈，尚未催办",
                detail(robot, "chase-due", 0));

        robot.clickOn(lineNode(robot, "close-out-requests", 0));
        FxWait.until("任务 shows 5.3.6", () -> vm.screenProperty().get() == MainScreen.TASKS
                && vm.selectedTaskIdProperty().get() == task
                && robot.lookup("#task-title").tryQuery().map(n -> ((Label) n).getText().startsWith("5.3.6")).orElse(false));

        FxWait.click(robot, "#tab-desk");
        FxWait.until("the desk is back", () -> robot.lookup("#desk-view").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(lineNode(robot, "extension-requests", 0));
        FxWait.until("任务 shows the task asking for more time", () -> vm.selectedTaskIdProperty().get() == otherTask
                && vm.screenProperty().get() == MainScreen.TASKS);
    }

    @Test
    void aDepartmentsDeskShowsOnlyItsOwnWork(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.openOnDesk(stage, departmentLedger));
        MainViewModel vm = opened.window().viewModel();
        FxWait.until("the desk lists the returned milestone", () -> !lines(robot, DeskGroup.RETURNED).isEmpty());
        assertEquals(MainScreen.DESK, FxWait.onFx(() -> vm.screenProperty().get()));
        assertFalse(robot.lookup("#desk-group-close-out-requests").tryQuery().isPresent(), "no manager's lines");

        List<DeskLine> returned = lines(robot, DeskGroup.RETURNED);
        assertEquals(1, returned.size());
        assertEquals(task, returned.get(0).item().taskId());
        assertTrue(returned.get(0).item().isMilestone());
        assertEquals("2026年11月25日被退回：缺少验收报告", detail(robot, "returned", 0));
        assertTrue(lines(robot, DeskGroup.DECIDED).stream().anyMatch(l -> l.item().equals(returned.get(0).item())),
                "the return is among the manager's decisions");
        assertEquals(List.of(ItemKey.task(task)), lines(robot, DeskGroup.WAITING).stream().map(DeskLine::item).toList(),
                "its close-out waits; the other department's extension is not listed");

        List<DeskLine> due = lines(robot, DeskGroup.DUE);
        assertFalse(due.isEmpty(), "the plan ended: its items are overdue");
        Set<Long> dueTasks = due.stream().map(l -> l.item().taskId()).collect(Collectors.toSet());
        assertTrue(ownTasks.containsAll(dueTasks), "only the tasks it leads: " + dueTasks);
        assertTrue(due.stream().noneMatch(l -> l.item().equals(ItemKey.task(task))
                || l.item().equals(returned.get(0).item())), "5.3.6 waits for the manager, its milestone is listed as returned");
        assertTrue(FxWait.onFx(() -> robot.lookup(".desk-line").queryAll().stream()
                .map(n -> (DeskLine) n.getUserData()).noneMatch(l -> l.item() != null && l.item().taskId() == otherTask)));
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText());
    }

    private static List<DeskLine> lines(FxRobot robot, DeskGroup group) {
        return FxWait.onFx(() -> robot.lookup(".desk-line").queryAll().stream().map(n -> (DeskLine) n.getUserData())
                .filter(l -> l.group() == group).toList());
    }

    private static Node lineNode(FxRobot robot, String group, int index) {
        return FxWait.onFx(() -> new java.util.ArrayList<Node>(robot.lookup(".desk-line-" + group).queryAll()).get(index));
    }

    private static String detail(FxRobot robot, String group, int index) {
        return FxWait.onFx(() -> ((Label) lineNode(robot, group, index).lookup(".desk-detail")).getText());
    }
}
