package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.export.TableExport;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** 期限 → 2023 → 导出…: the workbook holds the 18 rows shown, in the columns shown, due dates as dates. */
@ExtendWith(ApplicationExtension.class)
class DeadlineExportWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;
    private volatile Path chosen;
    private final List<Path> handedToDesktop = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("export.planledger")), context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showSaveDialog(String title, String name,
                                                         List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(chosen);
                    }

                    @Override
                    protected void open(Path fileOrFolder, String title) {
                        handedToDesktop.add(fileOrFolder);
                    }
                }));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void theShownRowsOf2023AreExported(FxRobot robot) throws Exception {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("163 items", () -> table(robot).getItems().size() == 163);
        FxWait.click(robot, "#deadline-scope-year-2023");
        FxWait.until("the 18 milestones of 2023", () -> table(robot).getItems().size() == 18);
        List<String> columns = FxWait.onFx(() -> table(robot).getVisibleLeafColumns().stream()
                .map(TableColumn::getText).toList());

        chosen = dir.resolve("期限2023.xlsx");
        FxWait.click(robot, "#deadline-export");
        FxWait.until("the export is done", () -> robot.lookup(".alert").tryQuery()
                .map(n -> "已导出 18 行。".equals(((DialogPane) n).getHeaderText())).orElse(false));
        DialogPane done = (DialogPane) robot.lookup(".alert").query();
        assertTrue(done.getContentText().contains(chosen.toAbsolutePath().toString()), done.getContentText());
        assertTrue(robot.lookup("#written-open-file").tryQuery().isPresent(), "打开文件 is offered");
        FxWait.click(robot, "#written-open-folder");
        FxWait.until("打开所在文件夹 hands the folder to the desktop",
                () -> handedToDesktop.equals(List.of(chosen.toAbsolutePath().getParent())));

        try (InputStream in = Files.newInputStream(chosen); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("期限");
            assertEquals(18, sheet.getLastRowNum(), "18 rows under the header");
            for (int c = 0; c < columns.size(); c++) {
                assertEquals(columns.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
            }
            int due = columns.indexOf("完成时限");
            assertTrue(due >= 0, columns.toString());
            int item = columns.indexOf("事项");
            for (int r = 1; r <= 18; r++) {
                XSSFCell date = sheet.getRow(r).getCell(due);
                assertEquals(CellType.NUMERIC, date.getCellType());
                assertTrue(DateUtil.isCellDateFormatted(date));
                assertEquals(TableExport.DATE_FORMAT_ZH, date.getCellStyle().getDataFormatString());
                assertEquals(2023, date.getLocalDateTimeCellValue().getYear());
                assertTrue(!sheet.getRow(r).getCell(item).getStringCellValue().isBlank());
            }
            assertEquals("红灯", sheet.getRow(1).getCell(columns.indexOf("灯色")).getStringCellValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemLight> table(FxRobot robot) {
        return (TableView<ItemLight>) robot.lookup("#deadline-table").query();
    }
}
