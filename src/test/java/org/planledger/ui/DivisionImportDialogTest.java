package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 文件 → 导入分工表…: a workbook built here is read, its dry-run report names the matched rows,
 * the row that matches no task and the unit the registry lacks; 取消 writes nothing, 导入 with
 * 新建 writes the divisions and the new unit. The file chooser is the only dialog answered.
 */
@ExtendWith(ApplicationExtension.class)
class DivisionImportDialogTest {

    @TempDir
    static Path dir;

    private volatile Path chosen;
    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("division-" + System.nanoTime() + ".planledger")),
                context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(chosen);
                    }
                }));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aDivisionTableIsPreviewedAndWrittenOnlyOnImport(FxRobot robot) throws Exception {
        Path table = workbook(dir.resolve("分工表.xlsx"), List.of(
                List.of("序号", "重点任务", "牵头单位", "配合单位"),
                List.of("6.2.4", "巩固城市建成区黑臭水体治理成效", "区水务局", "区住建局、区河湖保洁中心"),
                List.of("7.4.3", "实施农村黑臭水体治理", "区农业农村局", "生态环境分局、各街道"),
                List.of("99.1", "规划里没有的任务", "区水务局", "")));
        FxWait.until("the plan is loaded", () -> opened.window().viewModel().selectedPlanProperty().get() != null
                && opened.window().viewModel().statsProperty().get() != null);
        TaskDivision draft = division("6.2.4");

        importVia(robot, table);
        DialogPane report = awaitReport(robot);
        List<String> labels = robot.from(report).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(labels.contains("3 行：匹配 2 行（按编号 2，按名称 0），未匹配 1 行"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("• 区河湖保洁中心")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("99.1 规划里没有的任务")), labels.toString());
        assertTrue(labels.contains("• 6.2.4 巩固城市建成区黑臭水体治理成效：配合单位 住建局、生态环境分局、城管局 → 住建局"),
                "what the import replaces, before → after: " + labels);
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("• 7.4.3 实施农村黑臭水体治理：牵头单位 生态环境分局 → 农业农村局")),
                labels.toString());
        FxWait.click(robot, "#division-import-create");
        FxWait.until("the change shows the unit that will be created", () -> robot.from(report).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch("• 6.2.4 巩固城市建成区黑臭水体治理成效：配合单位 住建局、生态环境分局、城管局 → 住建局、区河湖保洁中心（新建）"::equals));
        FxWait.click(robot, "取消");
        assertEquals(draft, division("6.2.4"), "取消 writes nothing");

        importVia(robot, table);
        awaitReport(robot);
        FxWait.click(robot, "#division-import-create");
        FxWait.click(robot, "导入");
        FxWait.until("the import says what it wrote", () -> robot.lookup(".alert").tryQuery()
                .map(n -> ((DialogPane) n).getHeaderText().equals("已按“分工表.xlsx”写入 2 项任务的分工。")).orElse(false));
        String result = robot.lookup(".alert").queryAs(DialogPane.class).getContentText();
        assertTrue(result.contains("分工已改变的任务（2 项，改前 → 改后）：\n• 6.2.4 巩固城市建成区黑臭水体治理成效：配合单位 "
                + "住建局、生态环境分局、城管局 → 住建局、区河湖保洁中心（新建）"), result);
        FxWait.click(robot, "确定");
        TaskDivision imported = division("6.2.4");
        assertEquals(DivisionState.CONFIRMED, imported.state());
        assertEquals("区水务局", imported.lead().name());
        assertTrue(imported.cooperating().stream().anyMatch(c -> c.name().equals("区河湖保洁中心")), imported.toString());
        assertTrue(division("7.4.3").territorial(), "各街道 is 属地");
        FxWait.until("the registry has the new unit", () -> opened.window().viewModel().departments().all().stream()
                .map(Department::name).anyMatch("区河湖保洁中心"::equals));
    }

    private void importVia(FxRobot robot, Path file) {
        chosen = file;
        FxWait.click(robot, "文件");
        FxWait.click(robot, "导入分工表…");
    }

    private static DialogPane awaitReport(FxRobot robot) {
        FxWait.until("the dry-run report shows", () -> robot.lookup("#division-import-report").tryQuery().isPresent());
        return robot.lookup("#division-import-report").queryAs(DialogPane.class);
    }

    private TaskDivision division(String code) {
        return FxWait.onLedger(opened.window().viewModel().session(), ledger -> ledger.divisions().rows(0).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow().division());
    }

    private static Path workbook(Path file, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("分工");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return file;
    }
}
