package org.planledger.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The ledger file is found empty (0 bytes) at the start — a copy cut short. The window never fills
 * it with a new ledger unasked: it names the newest good backup and what it holds, and restores
 * it on request; or starts afresh with the shipped plan; or leaves the file as it is.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyLedgerWindowTest {

    private static final String BACKUP = "ledger_20261128-090000_manual.planledger";

    @TempDir
    Path dir;
    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void seeded() {
        SeededLedger.prepare();
    }

    /** Closed and waited for: the restored or new ledger takes its daily backup while the test ends. */
    @AfterEach
    void close() {
        if (opened != null) {
            opened.closeAndWait(stage);
        }
    }

    @Test
    void theNewestGoodBackupIsNamedAndRestoredInPlaceOfTheEmptyFile(FxRobot robot) throws Exception {
        Path ledger = dir.resolve("ledger.planledger");
        SeededLedger.copyTo(Files.createDirectories(dir.resolve("backups")).resolve(BACKUP));
        Files.createFile(ledger);

        open(robot, ledger);
        DialogPane asked = asked(robot);
        assertTrue(texts(asked).contains(BACKUP), texts(asked));
        assertTrue(texts(asked).contains("任务 129 项"), texts(asked));
        FxWait.click(robot, "#empty-ledger-restore");

        FxWait.until("the restored ledger's plan is shown", () -> FxWait.onFx(
                () -> opened.window().viewModel().selectedPlanProperty().get() != null));
        assertTrue(Files.size(ledger) > 0);
    }

    @Test
    void leftAsItIsTheFileStaysEmptyAndNothingIsBackedUp(FxRobot robot) throws Exception {
        Path ledger = Files.createFile(dir.resolve("ledger.planledger"));

        open(robot, ledger);
        DialogPane asked = asked(robot);
        assertTrue(texts(asked).contains("没有完好的备份"), texts(asked));
        assertTrue(robot.lookup("#empty-ledger-restore").tryQuery().isEmpty(), "nothing to restore");
        FxWait.click(robot, "#empty-ledger-leave");

        FxWait.until("the dialog is gone", () -> robot.lookup("#empty-ledger").tryQuery().isEmpty());
        assertEquals(0, Files.size(ledger));
        assertTrue(!Files.exists(dir.resolve("backups")), "no backup of nothing");
        FxWait.until("the status bar says why nothing is shown", () -> FxWait.onFx(
                () -> opened.window().viewModel().failureProperty().get() != null));
    }

    @Test
    void startedAfreshTheLedgerGetsTheShippedPlan(FxRobot robot) throws Exception {
        Path ledger = Files.createFile(dir.resolve("ledger.planledger"));

        open(robot, ledger);
        asked(robot);
        FxWait.click(robot, "#empty-ledger-new");

        FxWait.until("the shipped plan is shown", () -> FxWait.onFx(() -> {
            var plan = opened.window().viewModel().selectedPlanProperty().get();
            return plan != null && plan.title().contains("天桥区");
        }));
        assertTrue(Files.size(ledger) > 0);
    }

    private void open(FxRobot robot, Path ledger) {
        FxWait.onFx(() -> {
            stage = new Stage();
            opened = TestWindow.open(stage, ledger);
            return null;
        });
    }

    private static DialogPane asked(FxRobot robot) {
        FxWait.until("the window asks what to do with the empty file", () -> robot.lookup("#empty-ledger").tryQuery().isPresent());
        return robot.lookup("#empty-ledger").query();
    }

    private static String texts(javafx.scene.Node root) {
        return FxWait.onFx(() -> {
            StringBuilder all = new StringBuilder();
            collect(root, all);
            return all.toString();
        });
    }

    private static void collect(javafx.scene.Node node, StringBuilder all) {
        if (node instanceof Labeled l) {
            all.append(l.getText()).append('\n');
        }
        if (node instanceof DialogPane d && d.getHeaderText() != null) {
            all.append(d.getHeaderText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, all));
        }
    }
}
