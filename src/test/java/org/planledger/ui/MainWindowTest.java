package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.Settings;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.store.plan.SearchHit;
import org.planledger.ui.common.FxTaskExecutor;
import org.planledger.ui.outline.OutlineNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.matcher.control.LabeledMatchers;
import org.planledger.testing.TestClock;

/**
 * The main window on a new ledger, as a user meets it: the shipped plan is imported, a Chinese
 * search finds tasks, a task shows its text and dated milestones, a status change is saved
 * and is still there after the window is closed and started again on the same file.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private Path ledgerFile;
    private FxTaskExecutor executor;
    private Stage stage;
    private MainWindow window;
    private final List<Text> busyMessages = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ledgerFile = dir.resolve("台账.planledger");
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError("unhandled background failure", e);
        });
        window = open(stage);
    }

    private MainWindow open(Stage on) {
        MainWindow w = new MainWindow(on, UiContext.of(ledgerFile, Settings.load(UiContext.settingsFile(ledgerFile)),
                executor, TestClock.get()));
        busyMessages.clear();
        w.viewModel().busyProperty().addListener((o, old, now) -> {
            if (now != null) {
                busyMessages.add(now);
            }
        });
        w.show();
        return w;
    }

    @Stop
    void stop() {
        window.close();
        executor.shutdown();
    }

    @Test
    void searchSelectChangeStatusAndSeeItAgainAfterRestart(FxRobot robot) throws Exception {
        awaitOutline(robot);
        assertTrue(busyMessages.contains(Text.of("ui.progress.seeding")), "first start says it imports the plan");
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText().startsWith("12 章 · 50 节 · 129 项任务"));
        // the outline's rows settle once the background rollup has drawn their bars
        FxWait.until("chapter 1 is the situation and goals, chapter 2 counts its sections and tasks", () -> {
            List<String> infos = robot.lookup(".outline-info").queryAllAs(Label.class).stream().map(Label::getText).toList();
            return infos.contains("形势与目标") && infos.contains("2 节 · 5 项任务");
        });

        FxWait.click(robot, "#search").write("黑臭水体");
        FxWait.until("the hits for 黑臭水体 show", () -> "黑臭水体".equals(window.viewModel().search().answeredProperty().get())
                && hitCodes(robot).containsAll(List.of("6.2.4", "7.4.3"))
                && hitShown(robot, "巩固城市建成区黑臭水体治理成效") && hitShown(robot, "实施农村黑臭水体治理"));
        assertFalse(robot.lookup("#outline").query().isVisible(), "the hits replace the outline");

        FxWait.clickOn(robot, "the hit 加快推进农村生活污水治理", () -> robot.lookup("#search-results .search-hit-title")
                .match(LabeledMatchers.hasText("加快推进农村生活污水治理")).queryAll());
        FxWait.until("7.4.2 shows", () -> robot.lookup("#task-title").queryAs(Label.class).getText().startsWith("7.4.2"));
        assertTrue(robot.lookup("#task-text").queryAs(TextArea.class).getText().contains("到2025年，60%以上的行政村完成农村生活污水治理任务"));
        assertTrue(robot.lookup("#task-milestones .table-cell").match(LabeledMatchers.hasText("2025年12月31日"))
                .tryQuery().isPresent(), "the milestone's due date is written the Chinese way");
        assertTrue(robot.lookup("#task-milestones .table-cell").match(LabeledMatchers.hasText("60%以上"))
                .tryQuery().isPresent(), "the milestone's target shows");

        FxWait.click(robot, "#progress-status");
        FxWait.click(robot, "#progress-status-in-progress");
        FxWait.until("the status dialog is open", () -> robot.lookup("#status-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#progress-save");
        long taskId = FxWait.onFx(() -> window.viewModel().selectedTaskIdProperty().get());
        FxWait.until("the status is saved", () -> window.viewModel().outline().savedStatuses().get(taskId) == TaskStatus.IN_PROGRESS);
        assertEquals(TaskStatus.IN_PROGRESS, FxWait.onLedger(window.viewModel().session(),
                ledger -> ledger.plans().task(taskId).task().status()));

        FxWait.click(robot, "#search").type(KeyCode.ESCAPE);
        FxWait.until("the outline is back, on 7.4.2", () -> robot.lookup("#outline").query().isVisible()
                && "推进中".equals(outlineInfoOf(robot, "7.4.2")));

        // close, then start again on the same file
        FxWait.onFx(() -> window.close()).get(FxWait.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        robot.interact(stage::hide);
        Stage again = FxWait.onFx(Stage::new);
        window = FxWait.onFx(() -> open(again));
        awaitOutline(robot);
        assertFalse(busyMessages.contains(Text.of("ui.progress.seeding")), "a ledger with a plan is not seeded again");
        SearchSteps.openHit(robot, window.viewModel(), "农村生活污水", "加快推进农村生活污水治理");
        FxWait.until("7.4.2 shows, in progress", () -> robot.lookup("#task-title").queryAs(Label.class).getText().startsWith("7.4.2")
                && "推进中".equals(robot.lookup("#task-status-pill").queryAs(Label.class).getText()));
        FxWait.click(robot, "#search").type(KeyCode.ESCAPE);
        FxWait.until("the outline row of 7.4.2 says 推进中", () -> "推进中".equals(outlineInfoOf(robot, "7.4.2")));
        FxWait.onFx(() -> window.close()).get(FxWait.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        robot.interact(again::hide);
    }

    /** The window opens on 工作台; 任务 is one click away. */
    private static void awaitOutline(FxRobot robot) {
        FxWait.until("the window opens on the desk", () -> robot.lookup("#desk-title").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("工作台 · ")).orElse(false));
        FxWait.click(robot, "#tab-tasks");
        FxWait.until("the outline shows the plan's 12 chapters", () -> robot.lookup("#outline").tryQuery()
                .map(n -> ((TreeView<?>) n).getRoot() != null && ((TreeView<?>) n).getRoot().getChildren().size() == 12)
                .orElse(false));
    }

    /** What the status box shows (its button cell), not the cells of its pop-up list. */
    private static boolean hitShown(FxRobot robot, String title) {
        return robot.lookup("#search-results .search-hit-title").match(LabeledMatchers.hasText(title))
                .tryQuery().isPresent();
    }

    private static List<String> hitCodes(FxRobot robot) {
        ListView<?> list = robot.lookup("#search-results").queryAs(ListView.class);
        return list.getItems().stream().map(h -> ((SearchHit) h).code()).toList();
    }

    /** The status label of a task's row in the outline, if the row is on screen. */
    private static String outlineInfoOf(FxRobot robot, String code) {
        return robot.lookup(".outline-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof OutlineNode.TaskNode t && t.task().code().equals(code))
                .findFirst()
                .map(c -> ((Label) c.lookup(".outline-info")).getText())
                .orElse(null);
    }
}
