package org.planledger.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.exchange.ReportExporter;
import org.planledger.store.Ledger;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.planledger.testing.TestClock;

/**
 * 文件 → 导入进展报告…: the preview shows per report what would merge (counts) and why a file is
 * refused, and writes nothing; 确认合并 merges, and the manager's ledger then holds the entry.
 */
@ExtendWith(ApplicationExtension.class)
class ReportImportWindowTest {

    private static final String PROGRESS = "完成了源头替代的摸底，形成问题清单";

    @TempDir
    static Path dir;
    private static Path master;
    private static Path report;
    private static Path broken;
    private static long taskId;

    private TestWindow opened;

    @BeforeAll
    static void departmentReports() throws Exception {
        SeededLedger.prepare();
        master = SeededLedger.copyTo(dir.resolve("master.planledger"));
        Path out = Files.createDirectories(dir.resolve("exchange"));
        Path pkg;
        long lead;
        try (Ledger ledger = Ledger.open(master, TestClock.get())) {
            taskId = ExchangeUi.task(ledger, "5.3.6");
            lead = ExchangeUi.lead(ledger, taskId);
            PackageExporter.Issued issued = ExchangeUi.issue(ledger, lead, out);
            pkg = issued.file();
        }
        Path department = dir.resolve("department.planledger");
        new PackageOpener(ExchangeUi.CLOCK).openInto(pkg, department);
        try (Ledger ledger = Ledger.open(department, TestClock.get())) {
            // the entry, and the 推进中 it starts the task with: two records
            ExchangeUi.entry(ledger, ExchangeUi.task(ledger, "5.3.6"), lead, PROGRESS);
            report = new ReportExporter(ledger, ExchangeUi.CLOCK).export(out).file();
        }
        broken = Files.writeString(out.resolve("水务局-进展报告-半截.plrpt"), "复制中断的文件");
    }

    @Start
    void start(Stage stage) {
        opened = ExchangeUi.openChoosing(stage, master, () -> List.of(report, broken));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void thePreviewShowsWhatWouldMergeAndWhyAFileIsRefusedThenTheMergeWritesIt(FxRobot robot) {
        FxWait.until("the manager's ledger is open", () -> robot.lookup("#status-mode").tryQuery()
                .map(n -> "督办台账".equals(((Label) n).getText())).orElse(false));
        FxWait.onFx(() -> {
            opened.window().viewModel().openTask(taskId);
            return null;
        });
        FxWait.until("the task is shown", () -> opened.window().viewModel().task().progressProperty().get() != null
                && opened.window().viewModel().task().progressProperty().get().taskId() == taskId);
        MenuItem item = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-import-reports"));
        FxWait.until("导入进展报告… is offered", () -> item.isVisible() && !item.isDisable());
        Platform.runLater(item::fire);

        FxWait.until("the preview is shown", () -> robot.lookup("#report-preview-dialog").tryQuery().isPresent());
        String summary = FxWait.onFx(() -> ((Label) robot.lookup("#report-import-summary").query()).getText());
        assertTrue(summary.contains("共 2 份报告：1 份可合并，1 份拒收") && summary.contains("新增 2 条记录"), summary);
        String shown = FxWait.onFx(() -> texts(robot.lookup("#report-preview-dialog").query()));
        assertTrue(shown.contains("新增 2 条 · 已有 0 条 · 拒收 0 条"), shown);
        assertTrue(shown.contains("将合并") && shown.contains("拒收"), shown);
        assertTrue(shown.contains("“水务局-进展报告-半截.plrpt”不是 PlanLedger 任务包或进展报告"), "the refused file says why: " + shown);
        boolean before = FxWait.onLedger(opened.window().viewModel().session(), l -> ExchangeUi.hasEntry(l, taskId, PROGRESS));
        assertFalse(before, "the preview writes nothing");

        Button merge = FxWait.onFx(() -> (Button) robot.lookup("#report-preview-merge").query());
        assertFalse(FxWait.onFx(merge::isDisabled));
        FxWait.click(robot, "#report-preview-merge");
        FxWait.until("the result is shown", () -> robot.lookup("#report-result-dialog").tryQuery().isPresent());
        String result = FxWait.onFx(() -> ((Label) robot.lookup("#report-result-dialog #report-import-summary").query())
                .getText());
        assertTrue(result.startsWith("已合并 1 份报告"), result);
        boolean after = FxWait.onLedger(opened.window().viewModel().session(), l -> ExchangeUi.hasEntry(l, taskId, PROGRESS));
        assertTrue(after, "the merge wrote the department's entry");
        FxWait.click(robot, "#report-result-close");
        FxWait.until("the task view read the merged entry again", () -> opened.window().viewModel().task().history()
                .stream().anyMatch(h -> h instanceof org.planledger.ui.progress.HistoryLine.EntryLine e
                        && PROGRESS.equals(e.entry().progress())));
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
            if (t.getGraphic() != null) {
                collect(t.getGraphic(), sb);
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, sb);
            }
        }
    }
}
