package org.planledger.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.exchange.PackageOpener;
import org.planledger.exchange.ReportExporter;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.planledger.testing.TestClock;

/**
 * 导入进展报告 → the preview lists each incoming entry with its task, period, 进展情况, 存在问题,
 * 下步计划, percent and evidence; the manager unticks one, 确认合并 waits for the reason, and the
 * result lists the tasks that changed and the entry left out — which is not in the ledger.
 */
@ExtendWith(ApplicationExtension.class)
class MergePreviewEntriesWindowTest {

    private static final String KEPT = "完成了源头替代的摸底，形成问题清单";
    private static final String LEFT = "全部整治完成，已通过验收";
    private static final String REASON = "与现场核查不符";

    @TempDir
    static Path dir;
    private static Path master;
    private static Path report;
    private static String otherCode;

    private TestWindow opened;

    @BeforeAll
    static void departmentReports() throws Exception {
        SeededLedger.prepare();
        master = SeededLedger.copyTo(dir.resolve("master.planledger"));
        Path out = Files.createDirectories(dir.resolve("exchange"));
        Path pkg;
        long lead;
        try (Ledger ledger = Ledger.open(master, TestClock.get())) {
            lead = ExchangeUi.lead(ledger, ExchangeUi.task(ledger, "5.3.6"));
            otherCode = ledger.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT t.code FROM task t JOIN task_assignment a "
                        + "ON a.task_id = t.id WHERE a.role = 'LEAD' AND t.code <> '5.3.6' AND a.department_id = " + lead
                        + " ORDER BY t.id LIMIT 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            pkg = ExchangeUi.issue(ledger, lead, out).file();
        }
        Path department = dir.resolve("department.planledger");
        new PackageOpener(ExchangeUi.CLOCK).openInto(pkg, department);
        Path photo = Files.writeString(dir.resolve("验收照片.txt"), "照片");
        try (Ledger ledger = Ledger.open(department, TestClock.get())) {
            ledger.progress(ExchangeUi.CLOCK).addEntry(new NewEntry(ItemKey.task(ExchangeUi.task(ledger, "5.3.6")), lead,
                    ReportingPeriod.containing(PeriodKind.MONTH, ExchangeUi.today().minusMonths(1)), ExchangeUi.today(),
                    KEPT, "资金缺口较大", "完成方案编制", 30, null, List.of()));
            ledger.progress(ExchangeUi.CLOCK).addEntry(new NewEntry(ItemKey.task(ExchangeUi.task(ledger, otherCode)), lead,
                    ReportingPeriod.containing(PeriodKind.MONTH, ExchangeUi.today().minusMonths(1)), ExchangeUi.today(),
                    LEFT, "", "", 100, null, List.of(new EvidenceFile(photo))));
            report = new ReportExporter(ledger, ExchangeUi.CLOCK).export(out).file();
        }
    }

    @Start
    void start(Stage stage) {
        opened = ExchangeUi.openChoosing(stage, master, () -> List.of(report));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void thePreviewListsEachEntryAndOneIsLeftOutWithItsReason(FxRobot robot) {
        FxWait.until("the manager's ledger is open", () -> robot.lookup("#status-mode").tryQuery()
                .map(n -> "督办台账".equals(((Label) n).getText())).orElse(false));
        MenuItem item = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-import-reports"));
        FxWait.until("导入进展报告… is offered", () -> item.isVisible() && !item.isDisable());
        Platform.runLater(item::fire);
        FxWait.until("the preview is shown", () -> robot.lookup("#report-preview-dialog").tryQuery().isPresent());

        Node kept = itemShowing(robot, KEPT);
        String keptText = FxWait.onFx(() -> texts(kept));
        assertTrue(keptText.contains("5.3.6") && keptText.contains("进展情况 · " + period() + " · 完成 30%")
                && keptText.contains("进展情况：" + KEPT) && keptText.contains("存在问题：资金缺口较大")
                && keptText.contains("下步计划：完成方案编制"), keptText);
        Node left = itemShowing(robot, LEFT);
        String leftText = FxWait.onFx(() -> texts(left));
        assertTrue(leftText.contains(otherCode) && leftText.contains("佐证材料：验收照片.txt")
                && leftText.contains("完成 100%"), leftText);
        String all = FxWait.onFx(() -> texts(robot.lookup("#report-preview-dialog").query()));
        assertTrue(all.contains("状态：推进中"), "the 推进中 each entry brings is listed too: " + all);

        Button merge = FxWait.onFx(() -> (Button) robot.lookup("#report-preview-merge").query());
        assertFalse(FxWait.onFx(merge::isDisabled));
        CheckBox box = FxWait.onFx(() -> (CheckBox) left.lookup(".check-box"));
        FxWait.onFx(() -> {
            box.fire();
            return null;
        });
        FxWait.until("确认合并 waits for the reason", merge::isDisabled);
        TextField reason = FxWait.onFx(() -> (TextField) left.lookup(".text-field"));
        FxWait.until("the reason field is shown and has the focus", () -> reason.isVisible() && reason.isFocused());
        robot.clickOn(reason).write(REASON);
        FxWait.until("the reason is typed", () -> REASON.equals(reason.getText()));
        FxWait.until("确认合并 is offered again", () -> !merge.isDisabled());
        FxWait.click(robot, "#report-preview-merge");

        FxWait.until("the result is shown", () -> robot.lookup("#report-result-dialog").tryQuery().isPresent());
        String result = FxWait.onFx(() -> texts(robot.lookup("#report-result-dialog").query()));
        assertTrue(result.contains("有变化的任务（2 项）") && result.contains("5.3.6") && result.contains("未启动 → 推进中"),
                result);
        assertTrue(result.contains("未合并 1 条记录") && result.contains(otherCode) && result.contains(REASON), result);
        assertEquals(List.of(KEPT), FxWait.onLedger(opened.window().viewModel().session(), l -> l.read(c -> {
            List<String> texts = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT progress FROM progress_entry")) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        })), "only the entry left in was merged");
        FxWait.click(robot, "#report-result-close");
    }

    private static String period() {
        java.time.LocalDate start = ExchangeUi.today().minusMonths(1);
        return start.getYear() + "年" + start.getMonthValue() + "月";
    }

    /** The preview's row of the entry with this text. */
    private static Node itemShowing(FxRobot robot, String progress) {
        FxWait.until("the entry “" + progress + "” is listed", () -> robot.lookup(".exchange-item").queryAll().stream()
                .anyMatch(n -> texts(n).contains(progress)));
        return FxWait.onFx(() -> robot.lookup(".exchange-item").queryAll().stream()
                .filter(n -> texts(n).contains(progress)).findFirst().orElseThrow());
    }

    /** Every label's text under a node, one per line. */
    private static String texts(Node root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        }
        if (node instanceof javafx.scene.control.TitledPane t && t.getContent() != null) {
            collect(t.getContent(), sb);
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, sb);
            }
        }
    }
}
