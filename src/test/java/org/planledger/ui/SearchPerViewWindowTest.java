package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The searched words are marked in 任务's hits. The toolbar's box belongs to the view on screen, as a filter belongs to its Excel sheet: a
 * search in 任务 leaves 期限 whole; words typed in 期限 narrow it and say so beside the count,
 * with a button that shows every row again; each view gets its words back when it returns.
 */
@ExtendWith(ApplicationExtension.class)
class SearchPerViewWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("search-" + System.nanoTime() + ".planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aSearchInTasksLeavesDeadlinesWholeAndAFilterThereIsShownAndCleared(FxRobot robot) {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.click(robot, "#search").write("黑臭水体");
        FxWait.until("hits show", () -> !opened.window().viewModel().search().hits().isEmpty());
        FxWait.until("the searched words are marked in the hits", () -> robot.lookup("#search-results .search-match")
                .queryAllAs(javafx.scene.text.Text.class).stream().anyMatch(t -> "黑臭水体".equals(t.getText())));

        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("期限 lists all 163 items", () -> table(robot).getItems().size() == 163);
        assertEquals("", box(robot).getText(), "the box is empty on 期限");
        assertFalse(robot.lookup("#deadline-filter-chip").query().isVisible(), "no filter, no chip");

        FxWait.click(robot, "#search").write("黑臭");
        FxWait.until("期限 narrows and says so", () -> table(robot).getItems().size() < 163
                && !table(robot).getItems().isEmpty()
                && robot.lookup("#deadline-filter-chip").query().isVisible());
        assertEquals("筛选：“黑臭”", text(robot, "#deadline-filter-chip-words"));

        FxWait.click(robot, "#tab-tasks");
        FxWait.until("任务 has its own words back", () -> "黑臭水体".equals(box(robot).getText()));
        FxWait.click(robot, "#tab-assignment");
        FxWait.until("分工 lists all 129 tasks", () -> robot.lookup("#assign-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 129).orElse(false));
        assertEquals("", box(robot).getText());

        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("期限 keeps its filter", () -> "黑臭".equals(box(robot).getText()));
        FxWait.click(robot, "#deadline-filter-chip-clear");
        FxWait.until("清除 shows every row again", () -> table(robot).getItems().size() == 163
                && !robot.lookup("#deadline-filter-chip").query().isVisible());
        assertEquals("", box(robot).getText(), "the box is cleared with it");
    }

    private static TextField box(FxRobot robot) {
        return robot.lookup("#search").queryAs(TextField.class);
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#deadline-table").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
