package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.Outcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The task view's progress part as a user drives it on 6.3.3: 写进展 with a photo attached, then
 * 申请销号 (refused at first for lack of evidence, the refusal gone once a file is added, then with
 * the acceptance report), then 通过销号, which asks before closing the task's two open milestones;
 * the status reads 已销号, the light 绿灯, the history shows the entry and its evidence, and the
 * deadline view has three red items fewer and shows 6.3.3 and its milestones green, done late.
 * Files are put into the dialogs' lists directly, as a file chooser cannot be driven headless.
 */
@ExtendWith(ApplicationExtension.class)
class TaskProgressWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("task-progress.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
        // later tests look nodes up by id: this window, also on 6.3.3, must not answer them
        stage.hide();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntryWithEvidenceThenACloseOutAcceptedMakeTheTaskClosedAndGreen(FxRobot robot) throws Exception {
        Path photo = Files.write(dir.resolve("现场照片.jpg"), new byte[2048]);
        Path report = Files.write(dir.resolve("验收报告.pdf"), new byte[300]);
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        SearchSteps.openHit(robot, opened.window().viewModel(), "深度节水", "推进深度节水控水");
        FxWait.until("6.3.3 shows, red and not started", () -> robot.lookup("#task-title").queryAs(Label.class)
                .getText().startsWith("6.3.3") && "未启动".equals(text(robot, "#task-status-pill"))
                && "红灯".equals(text(robot, "#task-light")));
        assertTrue(text(robot, "#task-light-reasons").contains("已过"), text(robot, "#task-light-reasons"));

        // 写进展, with a photo
        FxWait.click(robot, "#progress-write");
        FxWait.until("the entry dialog is open", () -> robot.lookup("#entry-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#entry-progress").write("改造12处");
        addFile(robot, photo);
        FxWait.click(robot, "#progress-save");
        FxWait.until("the entry is saved and the task is in progress", () -> robot.lookup("#entry-dialog").tryQuery().isEmpty()
                && "推进中".equals(text(robot, "#task-status-pill")));

        // 申请销号: refused without evidence, the dialog stays open; then with the report
        FxWait.click(robot, "#progress-closeout");
        FxWait.until("the close-out dialog is open", () -> robot.lookup("#closeout-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#closeout-explanation").write("已验收");
        FxWait.click(robot, "#progress-save");
        FxWait.until("the refusal shows in the dialog", () -> robot.lookup("#closeout-dialog #progress-problem").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("申请销号必须附佐证材料")).orElse(false));
        addFile(robot, report);
        FxWait.until("the refusal is taken back once a file is added", () -> robot.lookup("#closeout-dialog #progress-problem")
                .tryQuery().map(n -> ((Label) n).getText().isEmpty()).orElse(false));
        FxWait.click(robot, "#progress-save");
        FxWait.until("close-out requested", () -> robot.lookup("#closeout-dialog").tryQuery().isEmpty()
                && "申请销号".equals(text(robot, "#task-status-pill")));

        // 通过销号, as the manager
        FxWait.click(robot, "#progress-accept");
        FxWait.until("the decision dialog is open", () -> robot.lookup("#decision-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#progress-save");
        // accepting the whole task closes its two open milestones: asked first
        FxWait.until("the manager is asked first", () -> robot.lookup("#closes-milestones-dialog").tryQuery().isPresent());
        String asked = FxWait.onFx(() -> robot.lookup("#closes-milestones-dialog .content").queryAs(Label.class).getText());
        assertTrue(asked.startsWith("通过销号将同时关闭其 2 个未完成的节点：节点1（") && asked.contains("、节点2（"), asked);
        robot.clickOn(FxWait.onFx(() -> robot.lookup("#closes-milestones-dialog .button")
                .match(LabeledMatchers.hasText("通过销号")).queryAs(Node.class)));
        FxWait.until("closed and green", () -> robot.lookup("#decision-dialog").tryQuery().isEmpty()
                && "已销号".equals(text(robot, "#task-status-pill")) && "绿灯".equals(text(robot, "#task-light")));

        long taskId = FxWait.onFx(() -> opened.window().viewModel().selectedTaskIdProperty().get());
        assertEquals(TaskStatus.CLOSED, FxWait.onLedger(opened.window().viewModel().session(),
                l -> l.plans().task(taskId).task().status()), "saved in the ledger");

        FxWait.click(robot, "#task-tab-history");
        FxWait.until("the history shows the entry", () -> robot.lookup("#task-history .history-text").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("进展情况：改造12处") && l.isVisible()));
        List<String> links = robot.lookup("#task-history .evidence-link").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertTrue(links.contains("现场照片.jpg（2.0 KB）"), links.toString());
        assertTrue(links.contains("验收报告.pdf（300 字节）"), links.toString());
        assertEquals(TaskStatus.CLOSED, FxWait.onFx(() -> opened.window().viewModel().outline().savedStatuses().get(taskId)),
                "the outline row learns 已销号");

        // the deadline view: one red fewer, and 6.3.3 green, closed after its due date
        FxWait.click(robot, "#search").type(javafx.scene.input.KeyCode.ESCAPE);
        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("the deadline view counts the closed task and its milestones",
                () -> "红灯 160".equals(text(robot, "#deadline-count-red"))
                && "绿灯 3".equals(text(robot, "#deadline-count-green")));
        FxWait.click(robot, "#deadline-count-green");
        FxWait.until("only 6.3.3 and its milestones are green, done late", () -> {
            TableView<ItemLight> table = robot.lookup("#deadline-table").queryAs(TableView.class);
            return table.getItems().size() == 3
                    && table.getItems().stream().allMatch(i -> i.item().key().taskId() == taskId
                            && i.verdict().outcome() == Outcome.DONE_LATE)
                    && table.getItems().stream().filter(i -> !i.item().isMilestone()).count() == 1;
        });
        assertTrue(robot.lookup("#deadline-table .table-cell").match(LabeledMatchers.hasText("逾期完成")).tryQuery().isPresent());
    }

    /** What a file chooser would give: the file put into the open dialog's evidence list. */
    @SuppressWarnings("unchecked")
    private static void addFile(FxRobot robot, Path file) {
        FxWait.onFx(() -> ((ListView<Path>) robot.lookup("#progress-evidence").query()).getItems().add(file));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }
}
