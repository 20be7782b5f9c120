package org.planledger.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 文件 → 备份与恢复…: the day's first start has backed the ledger up; 立即备份 adds one; a
 * progress entry written afterwards is gone once the earlier backup is restored — after the
 * two ledgers were shown side by side — and the window shows the restored ledger.
 */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {

    private static final String LATER = "备份之后才写的进展";

    @TempDir
    Path dir;
    private Path ledgerFile;
    private TestWindow opened;

    @org.junit.jupiter.api.BeforeAll
    static void seeded() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) throws Exception {
        ledgerFile = SeededLedger.copyTo(dir.resolve("ledger.planledger"));
        opened = TestWindow.open(stage, ledgerFile);
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aBackupMadeInTheAppIsRestoredAfterShowingWhatItHolds(FxRobot robot) throws Exception {
        FxWait.until("the day's backup is taken on the first start", () -> backups().size() == 1);
        assertTrue(backups().get(0).getFileName().toString().endsWith("_daily.planledger"), backups().toString());

        open(robot);
        assertEquals(1, rows(robot));
        FxWait.click(robot, "#backup-create");
        FxWait.until("the backup is reported", () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> texts(n).contains("台账已备份")));
        Platform.runLater(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> texts(n).contains("台账已备份")).findFirst()
                .ifPresent(n -> ((javafx.scene.control.DialogPane) n).getScene().getWindow().hide()));
        FxWait.until("the list comes back with the new backup", () -> robot.lookup("#backup-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 2).orElse(false));
        Platform.runLater(() -> ((javafx.scene.control.DialogPane) robot.lookup("#backup-dialog").query())
                .getScene().getWindow().hide());
        FxWait.until("the list is closed", () -> robot.lookup("#backup-dialog").tryQuery().isEmpty());

        long taskId = FxWait.onLedger(opened.window().viewModel().session(), l -> {
            long task = count(l, "SELECT min(id) FROM task");
            long lead = count(l, "SELECT department_id FROM task_assignment WHERE role = 'LEAD' AND task_id = " + task);
            l.progress(opened.window().viewModel().session().clock()).addEntry(new NewEntry(ItemKey.task(task), lead,
                    ReportingPeriod.containing(PeriodKind.MONTH, java.time.LocalDate.of(2026, 10, 1)),
                    java.time.LocalDate.of(2026, 11, 29), LATER, "", "", 30, null, List.of()));
            return task;
        });
        assertEquals(1L, (long) FxWait.onLedger(opened.window().viewModel().session(),
                l -> count(l, "SELECT count(*) FROM progress_entry")));

        open(robot);
        FxWait.onFx(() -> {
            TableView<?> table = (TableView<?>) robot.lookup("#backup-table").query();
            table.getSelectionModel().select(0); // newest: the backup made just now, before the entry
            return null;
        });
        FxWait.click(robot, "#backup-restore");
        FxWait.until("the two ledgers are shown side by side", () -> robot.lookup("#restore-compare").tryQuery().isPresent());
        String compare = FxWait.onFx(() -> texts(robot.lookup("#restore-confirm").query()));
        assertTrue(compare.contains("备份中") && compare.contains("当前台账") && compare.contains("手动备份")
                && compare.contains("129") && compare.contains("2026年11月29日"), compare);
        FxWait.click(robot, "#restore-ok");

        FxWait.until("the restore is reported", () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> texts(n).contains("台账已用")));
        assertEquals(0L, fileCount("SELECT count(*) FROM progress_entry"), "the entry written after the backup is gone");
        assertEquals(129L, fileCount("SELECT count(*) FROM task"));
        assertTrue(backups().stream().anyMatch(p -> p.getFileName().toString().endsWith("_restore.planledger")),
                "the ledger as it was is kept: " + backups());
        FxWait.until("the window shows the restored ledger afresh", () -> opened.window().viewModel().readyProperty().get()
                && opened.window().viewModel().busyProperty().get() == null && taskId > 0);
        assertEquals(0L, (long) FxWait.onLedger(opened.window().viewModel().session(),
                l -> count(l, "SELECT count(*) FROM progress_entry")));
    }

    private long fileCount(String sql) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ledgerFile); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private void open(FxRobot robot) {
        MenuItem item = FxWait.onFx(() -> {
            MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
            Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
            return file.getItems().stream().filter(i -> "menu-backups".equals(i.getId())).findFirst().orElseThrow();
        });
        FxWait.until("备份与恢复… is offered", () -> !item.isDisable());
        Platform.runLater(item::fire);
        FxWait.until("the backups are listed", () -> robot.lookup("#backup-table").tryQuery().isPresent());
    }

    private static int rows(FxRobot robot) {
        return FxWait.onFx(() -> ((TableView<?>) robot.lookup("#backup-table").query()).getItems().size());
    }

    private List<Path> backups() throws Exception {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".planledger")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static long count(Ledger l, String sql) {
        return l.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }

    private static String texts(Node root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, sb);
            }
        }
    }
}
