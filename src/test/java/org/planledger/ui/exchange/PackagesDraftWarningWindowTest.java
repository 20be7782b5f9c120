package org.planledger.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 导出部门任务包… on the shipped plan, whose division is all 草案: the manager is told first and
 * 取消 exports nothing; 仍要导出 goes on to the choice of departments.
 */
@ExtendWith(ApplicationExtension.class)
class PackagesDraftWarningWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("drafts-" + System.nanoTime() + ".planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void exportingPackagesWhileEveryDivisionIsADraftAsksFirst(FxRobot robot) {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        Platform.runLater(() -> opened.window().exportPackages());
        FxWait.until("the warning shows", () -> robot.lookup("#packages-all-draft").tryQuery().isPresent());
        DialogPane warning = robot.lookup("#packages-all-draft").queryAs(DialogPane.class);
        assertTrue(warning.getHeaderText().equals("129 项任务的分工都还是草案，没有一项经过确认。"), warning.getHeaderText());
        FxWait.click(robot, "取消");
        FxWait.until("the warning is gone", () -> robot.lookup("#packages-all-draft").tryQuery().isEmpty());
        assertFalse(robot.lookup("#package-export-all").tryQuery().isPresent(), "取消 exports nothing");

        Platform.runLater(() -> opened.window().exportPackages());
        FxWait.until("the warning shows again", () -> robot.lookup("#packages-all-draft").tryQuery().isPresent());
        FxWait.click(robot, "仍要导出");
        FxWait.until("仍要导出 goes on to the departments", () -> robot.lookup("#package-export-all").tryQuery().isPresent());
        FxWait.click(robot, "取消");
    }
}
