package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.i18n.Messages;
import org.planledger.store.LedgerStats;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 文件 → 导入规划…: a bad document is refused with its reason and writes nothing; a good one
 * shows its dry-run report, writes nothing on 取消, and on 导入 becomes a plan of the ledger.
 * The file chooser is the only dialog answered by the test; the others are the real ones.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    static Path dir;

    private final Messages zh = Messages.chinese();
    private volatile Path chosen;
    private TestWindow opened;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // a ledger of its own for each test
        Path ledger = dir.resolve("import-" + System.nanoTime() + ".planledger");
        opened = TestWindow.open(stage, ledger, context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(chosen);
                    }
                }));
        window = opened.window();
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aBadFileIsRefusedWithItsReasonAndTheLedgerIsUnchanged(FxRobot robot) throws Exception {
        awaitPlans(1);
        LedgerStats before = stats();
        List<PlanSummary> plansBefore = plans();

        Path empty = Files.write(dir.resolve("空白.txt"), new byte[0]);
        importVia(robot, empty);
        assertEquals(zh.get("import.error.empty", "空白.txt"), awaitError(robot));
        FxWait.click(robot, "确定");

        Path binary = Files.write(dir.resolve("照片.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        importVia(robot, binary);
        assertEquals(zh.get("import.error.binary", "照片.txt"), awaitError(robot));
        FxWait.click(robot, "确定");

        assertEquals(before, stats());
        assertEquals(plansBefore, plans());
    }

    @Test
    void aNewPlanIsWrittenOnlyAfterItsReportIsConfirmed(FxRobot robot) throws Exception {
        awaitPlans(1);
        LedgerStats before = stats();
        String text = new String(ShippedPlans.class.getResourceAsStream(ShippedPlans.RESOURCES.get(0)).readAllBytes(),
                StandardCharsets.UTF_8).replace("济南市天桥区“十四五”生态环境保护规划", "示范区“十四五”生态环境保护规划");
        Path plan = Files.writeString(dir.resolve("示范区规划.txt"), text);

        importVia(robot, plan);
        DialogPane report = awaitDialog(robot, "#import-report");
        assertTrue(report.getHeaderText().contains("示范区规划.txt"));
        List<String> labels = robot.from(report).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(labels.contains("示范区“十四五”生态环境保护规划"), labels.toString());
        assertTrue(labels.contains("20 项，分 4 组（约束性 11 项，预期性 9 项）"), labels.toString());
        assertTrue(labels.contains(zh.get("ui.import.report.new")), labels.toString());
        FxWait.click(robot, "取消");
        assertEquals(before, stats(), "取消 writes nothing");

        importVia(robot, plan);
        awaitDialog(robot, "#import-report");
        FxWait.click(robot, "导入");
        DialogPane done = awaitDialog(robot, ".alert");
        assertEquals("已导入新规划“示范区“十四五”生态环境保护规划”。", done.getHeaderText());
        assertEquals("新增任务 129 项，更新 0 项，撤销 0 项。", done.getContentText());
        FxWait.click(robot, "确定");

        awaitPlans(2);
        FxWait.until("the new plan is on screen", () -> robot.lookup("#plan-selector").query().isVisible()
                && ((PlanSummary) robot.lookup("#plan-selector").queryAs(ComboBox.class).getValue()).title()
                        .startsWith("示范区"));
        assertEquals(129 * 2, stats().tasks());
    }

    private void importVia(FxRobot robot, Path file) {
        chosen = file;
        FxWait.click(robot, "文件");
        FxWait.click(robot, "导入规划…");
    }

    private static String awaitError(FxRobot robot) {
        DialogPane pane = awaitDialog(robot, ".alert.error");
        assertEquals("无法导入规划", ((Stage) pane.getScene().getWindow()).getTitle());
        return pane.getContentText();
    }

    private static DialogPane awaitDialog(FxRobot robot, String query) {
        FxWait.until("a dialog " + query + " shows", () -> robot.lookup(query).tryQuery().isPresent());
        Node pane = robot.lookup(query).query();
        return (DialogPane) pane;
    }

    private void awaitPlans(int n) {
        FxWait.until(n + " plan(s) loaded", () -> window.viewModel().plans().size() == n
                && window.viewModel().outline().outline() != null && window.viewModel().busyProperty().get() == null);
    }

    private LedgerStats stats() {
        return FxWait.onLedger(window.viewModel().session(), ledger -> ledger.plans().stats(0));
    }

    private List<PlanSummary> plans() {
        return FxWait.onLedger(window.viewModel().session(), ledger -> ledger.plans().plans());
    }
}
