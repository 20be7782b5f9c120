package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** 视图 → 语言 → English rebuilds the window in English at once, keeps what is on screen, and is saved. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    @TempDir
    static Path dir;

    private Path ledger;
    private Stage stage;
    private TestWindow opened;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ledger = dir.resolve("lang.planledger");
        opened = TestWindow.open(stage, ledger);
        window = opened.window();
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndIsRemembered(FxRobot robot) {
        FxWait.until("the first task shows", () -> robot.lookup("#task-title").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("2.1.1")).orElse(false));
        FxWait.click(robot, "#search").write("黑臭水体");
        FxWait.until("hits show", () -> !window.viewModel().search().hits().isEmpty());

        FxWait.click(robot, "视图");
        FxWait.click(robot, "语言");
        FxWait.click(robot, "English");
        FxWait.until("the window speaks English", () -> robot.lookup("File").tryQuery().isPresent()
                && stage.getTitle().startsWith("PlanLedger — "));
        assertEquals("Search tasks…", robot.lookup("#search").queryAs(TextField.class).getPromptText());
        assertEquals("黑臭水体", robot.lookup("#search").queryAs(TextField.class).getText(), "the search is kept");
        FxWait.until("the hits are counted in English", () ->
                robot.lookup("#search-summary").queryAs(Label.class).getText().endsWith("tasks found"));
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText().startsWith("12 chapters · 50 sections · 129 tasks"));
        assertTrue(robot.lookup("#task-title").queryAs(Label.class).getText().startsWith("2.1.1"), "the task is kept");
        assertEquals("Status:", robot.lookup("Status:").queryAs(Label.class).getText());

        FxWait.click(robot, "#search").eraseText(4);
        FxWait.until("chapter rows in English", () -> {
            List<String> infos = robot.lookup(".outline-code").queryAllAs(Label.class).stream().map(Label::getText).toList();
            return infos.contains("Ch. 2");
        });
        FxWait.until("the choice is saved", () -> "en".equals(
                Settings.load(UiContext.settingsFile(ledger)).get(Settings.LANGUAGE)));
    }
}
