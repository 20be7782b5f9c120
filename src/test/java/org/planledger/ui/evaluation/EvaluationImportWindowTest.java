package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.exchange.EvaluationWorkbookExporter;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Importing a department's filled 终期评估填报表 in the 终期评估 tab: the dry run is shown first
 * (the rows to be recorded and the refused one, by row and cell) and nothing is written until 合并;
 * cancelled, the ledger is as it was; merged, the good rows are the department's submissions. The
 * report is then written where the manager chose.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationImportWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestWindow opened;
    private volatile Path chosen;
    private volatile boolean merge;
    private volatile String shownDryRun;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void theDryRunIsShownAndNothingIsWrittenUntilMerge(FxRobot robot) throws Exception {
        SeededLedger.prepare();
        Path ledger = SeededLedger.copyTo(dir.resolve("l.planledger"));
        Path workbook = dir.resolve("水务.xlsx");
        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            Evaluation e = l.evaluations(TestClock.get()).start(l.plans().plans().get(0).id(), EvaluationKind.FINAL, null);
            long water = l.read(c -> Sql.longOrNull(c, "SELECT id FROM department WHERE name = '区水务局'"));
            new EvaluationWorkbookExporter(l, TestClock.get()).export(e.id(), water, workbook, Messages.chinese());
        }
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheetAt(0).getRow(3).getCell(5).setCellValue("已完成");
            wb.getSheetAt(0).getRow(3).getCell(6).setCellValue(LocalDate.of(2025, 9, 1));
            wb.getSheetAt(0).getRow(4).getCell(5).setCellValue("未完成");
            wb.getSheetAt(0).getRow(4).getCell(8).setCellValue("资金未到位");
            wb.getSheetAt(0).getRow(5).getCell(5).setCellValue("已完成");
            wb.getSheetAt(0).getRow(5).getCell(6).setCellValue(LocalDate.of(2020, 1, 1));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledger, context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(chosen);
                    }

                    @Override
                    public Optional<Path> showSaveDialog(String title, String initialFileName,
                                                         List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(chosen);
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog) {
                        shownDryRun = dialog.getHeaderText() + "\n" + ((TextArea) dialog.getDialogPane().getContent()).getText();
                        return Optional.of((R) (merge ? dialog.getDialogPane().getButtonTypes().get(0) : ButtonType.CANCEL));
                    }
                })));
        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("the evaluation is listed", () -> FxWait.onFx(() ->
                ((Label) robot.lookup("#evaluation-title").query()).getText()).contains("评估中"));

        chosen = workbook;
        merge = false;
        FxWait.click(robot, "#evaluation-import");
        FxWait.until("the dry run is shown", () -> shownDryRun != null);
        assertTrue(shownDryRun.startsWith("（试运行，未作改动）区水务局的《"), shownDryRun);
        assertTrue(shownDryRun.contains("将记录 2 项，拒收 1 行"), shownDryRun);
        assertTrue(shownDryRun.contains("第 4 行 2.2.1：已完成（2025年9月1日）"), shownDryRun);
        assertTrue(shownDryRun.contains("第 6 行 G6 单元格的完成时间 2020年1月1日 不在规划期内"), shownDryRun);
        // the answer to the dry run is handled in the same FX event that showed it: once the FX thread
        // has moved on, a merge would already be queued on the ledger's worker, ahead of this read
        FxWait.onFx(() -> null);
        assertEquals(0L, (long) FxWait.onLedger(opened.window().viewModel().session(), l -> l.read(c ->
                Sql.longOrNull(c, "SELECT count(*) FROM evaluation_outcome"))), "cancelled: nothing written");

        shownDryRun = null;
        merge = true;
        FxWait.click(robot, "#evaluation-import");
        FxWait.until("merged", () -> FxWait.onFx(() -> ((Label) robot.lookup("#evaluation-message").query()).getText())
                .equals("已合并区水务局的填报表：记录 2 项（待确认），拒收 1 行。"));
        assertEquals(2L, (long) FxWait.onLedger(opened.window().viewModel().session(), l -> l.read(c ->
                Sql.longOrNull(c, "SELECT count(*) FROM evaluation_outcome WHERE state = 'SUBMITTED'"))));

        chosen = dir.resolve("终期评估报告.docx");
        FxWait.click(robot, "#evaluation-report");
        FxWait.until("the report is written", () -> FxWait.onFx(() -> ((Label) robot.lookup("#evaluation-message").query())
                .getText()).startsWith("已写出终期评估报告："));
        assertTrue(Files.size(chosen) > 0);
    }
}
