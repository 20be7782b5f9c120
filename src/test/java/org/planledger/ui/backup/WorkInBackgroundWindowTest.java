package org.planledger.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.backup.Backups;
import org.planledger.ui.FxWait;
import org.planledger.ui.MainScreen;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * While long work holds the ledger (here: the ledger's worker is kept busy, then 导出整个台账…
 * waits its turn behind it), the window stays usable: the status bar says what is going on, the
 * outline can be browsed and another view chosen; the work then finishes and says so.
 */
@ExtendWith(ApplicationExtension.class)
class WorkInBackgroundWindowTest {

    @TempDir
    static Path dir;
    private static Path ledgerFile;
    private static Path exported;
    private TestWindow opened;

    @BeforeAll
    static void seeded() {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("ledger.planledger"));
        exported = dir.resolve("U盘").resolve("带走的台账.planledger");
    }

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(exported.getParent());
        opened = TestWindow.open(stage, ledgerFile, context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showSaveDialog(String title, String name, List<FileChooser.ExtensionFilter> f) {
                        return Optional.of(exported);
                    }
                }));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void theWindowCanBeReadWhileTheLedgerIsBusy(FxRobot robot) throws Exception {
        FxWait.until("the outline is shown", () -> opened.window().viewModel().readyProperty().get()
                && opened.window().viewModel().busyProperty().get() == null
                && robot.lookup("#outline").tryQuery().map(t -> ((TreeView<?>) t).getExpandedItemCount() > 10)
                .orElse(false));
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        FxWait.onFx(() -> {
            opened.window().viewModel().session().task(ledger -> {
                holding.countDown();
                return hold.await(60, TimeUnit.SECONDS);
            }).executeWith(opened.window().viewModel().session().executor());
            return null;
        });
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the worker is busy");
        try {
            MenuItem export = FxWait.onFx(() -> {
                MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
                Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
                return file.getItems().stream().filter(i -> "menu-export-ledger".equals(i.getId())).findFirst().orElseThrow();
            });
            Platform.runLater(export::fire);
            FxWait.until("the status bar says the export waits its turn", () -> robot.lookup("#status-busy").tryQuery()
                    .map(n -> ((Label) n).getText().contains("正在导出整个台账")).orElse(false));

            // reading on: browse the outline, then switch to the deadlines, while the ledger is held
            int rows = FxWait.onFx(() -> {
                TreeView<?> tree = (TreeView<?>) robot.lookup("#outline").query();
                tree.getRoot().getChildren().forEach(c -> c.setExpanded(false));
                tree.getSelectionModel().select(3);
                return tree.getExpandedItemCount();
            });
            assertTrue(rows < 40, "the outline folded while the work runs: " + rows);
            FxWait.onFx(() -> {
                opened.window().viewModel().screenProperty().set(MainScreen.DEADLINES);
                return null;
            });
            assertEquals(MainScreen.DEADLINES, FxWait.onFx(() -> opened.window().viewModel().screenProperty().get()));
            assertFalse(Files.exists(exported), "the export has not run yet");
            assertTrue(FxWait.onFx(() -> ((Label) robot.lookup("#status-busy").query()).getText()).contains("正在导出整个台账"));
        } finally {
            hold.countDown();
        }
        FxWait.until("the export finishes and says so", () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n.lookupAll(".label").stream().anyMatch(l -> l instanceof Label lb && lb.getText() != null
                        && lb.getText().contains("整个台账已写成一个文件"))));
        assertEquals(129, Backups.describe(exported).tasks());
    }
}
