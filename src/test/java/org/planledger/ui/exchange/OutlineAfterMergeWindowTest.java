package org.planledger.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
 * The outline keeps up with writes that do not come from the task pane: after 导入进展报告 →
 * 确认合并 the merged task's row says 推进中 at once, and after the backup taken before the
 * merge is restored it says 未启动 again — no restart in between.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineAfterMergeWindowTest {

    private static final String CODE = "5.3.6";

    @TempDir
    static Path dir;
    private static Path master;
    private static Path report;
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
            taskId = ExchangeUi.task(ledger, CODE);
            lead = ExchangeUi.lead(ledger, taskId);
            pkg = ExchangeUi.issue(ledger, lead, out).file();
        }
        Path department = dir.resolve("department.planledger");
        new PackageOpener(ExchangeUi.CLOCK).openInto(pkg, department);
        try (Ledger ledger = Ledger.open(department, TestClock.get())) {
            ExchangeUi.entry(ledger, ExchangeUi.task(ledger, CODE), lead, "摸底完成，开始整治");
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
    void theOutlineRowFollowsAMergeAndARestoreWithoutARestart(FxRobot robot) {
        FxWait.until("the manager's ledger is open", () -> robot.lookup("#status-mode").tryQuery()
                .map(n -> "督办台账".equals(((Label) n).getText())).orElse(false));
        FxWait.onFx(() -> {
            opened.window().viewModel().openTask(taskId);
            return null;
        });
        FxWait.until("the outline row says 未启动 before the merge", () -> "未启动".equals(outlineStatus(robot, CODE)));

        MenuItem item = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-import-reports"));
        FxWait.until("导入进展报告… is offered", () -> item.isVisible() && !item.isDisable());
        Platform.runLater(item::fire);
        FxWait.click(robot, "#report-preview-merge");
        FxWait.until("the result is shown", () -> robot.lookup("#report-result-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#report-result-close");

        FxWait.until("the task pane says 推进中", () -> robot.lookup("#task-status-pill").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().contains("推进中")).orElse(false));
        FxWait.until("the outline row says 推进中 after the merge", () -> "推进中".equals(outlineStatus(robot, CODE)));

        // 备份与恢复…: the newest backup is the one the merge took before it wrote
        MenuItem backups = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-backups"));
        FxWait.until("备份与恢复… is offered", () -> !backups.isDisable());
        Platform.runLater(backups::fire);
        FxWait.until("the backups are listed", () -> robot.lookup("#backup-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        FxWait.onFx(() -> {
            ((TableView<?>) robot.lookup("#backup-table").query()).getSelectionModel().select(0);
            return null;
        });
        FxWait.click(robot, "#backup-restore");
        FxWait.click(robot, "#restore-ok");
        FxWait.until("the restored ledger is shown", () -> opened.window().viewModel().readyProperty().get()
                && opened.window().viewModel().busyProperty().get() == null);
        FxWait.onFx(() -> {
            opened.window().viewModel().openTask(taskId);
            return null;
        });
        FxWait.until("the outline row says 未启动 again after the restore", () -> "未启动".equals(outlineStatus(robot, CODE)));
        assertEquals(0L, (long) FxWait.onLedger(opened.window().viewModel().session(), l -> l.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM progress_entry")) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        })), "the restore took the merged entry away");
    }

    /** What the outline row of the task shows beside its title, or null while the row is not on screen. */
    private static String outlineStatus(FxRobot robot, String code) {
        for (Node n : robot.lookup("#outline .outline-cell").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) n;
            if (cell.isEmpty() || cell.getGraphic() == null) {
                continue;
            }
            Node codeLabel = cell.getGraphic().lookup(".outline-code");
            if (codeLabel instanceof Label l && code.equals(l.getText())) {
                return ((Label) cell.getGraphic().lookup(".outline-info")).getText();
            }
        }
        return null;
    }
}
