package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.export.LedgerDetail;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** 文件 → 导出汇总表… with English headers: the workbook is written where chosen, its sheets and headers in English. */
@ExtendWith(ApplicationExtension.class)
class SummaryExportWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;
    private volatile Path chosen;
    private volatile String offeredName;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("summary.planledger")), context -> context
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showSaveDialog(String title, String name,
                                                         List<FileChooser.ExtensionFilter> filters) {
                        offeredName = name;
                        return Optional.ofNullable(chosen);
                    }
                }));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void englishHeadersAreWrittenWhereChosen(FxRobot robot) throws Exception {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        MenuItem item = FxWait.onFx(() -> menuItem(robot, "menu-file", "menu-export-summary"));
        assertEquals("导出汇总表…", item.getText());
        FxWait.until("the menu item is enabled", () -> !item.isDisable());
        Platform.runLater(item::fire);

        FxWait.until("the dialog is shown", () -> robot.lookup("#summary-export-dialog").tryQuery().isPresent());
        FxWait.click(robot, "#summary-export-language-en");
        @SuppressWarnings("unchecked")
        ComboBox<LedgerDetail> ledgerDetail = (ComboBox<LedgerDetail>) robot.lookup("#summary-export-ledger-detail")
                .query();
        @SuppressWarnings("unchecked")
        ComboBox<LedgerDetail> departmentDetail = (ComboBox<LedgerDetail>) robot
                .lookup("#summary-export-department-detail").query();
        assertEquals("完整（含具体措施）", FxWait.onFx(() -> ledgerDetail.getConverter().toString(ledgerDetail.getValue())));
        assertEquals(LedgerDetail.COMPACT, FxWait.onFx(departmentDetail::getValue), "按部门 starts compact");
        FxWait.onFx(() -> {
            ledgerDetail.setValue(LedgerDetail.COMPACT);
            return null;
        });
        chosen = dir.resolve("汇总.xlsx");
        FxWait.click(robot, "#summary-export-ok");

        FxWait.until("the export is done", () -> robot.lookup(".alert").tryQuery()
                .map(n -> ((DialogPane) n).getContentText() != null
                        && ((DialogPane) n).getContentText().contains(chosen.toAbsolutePath().toString()))
                .orElse(false));
        assertNotNull(offeredName);
        assertTrue(offeredName.startsWith("规划任务台账汇总-") && offeredName.endsWith(".xlsx"), offeredName);
        assertTrue(Files.exists(chosen));
        FxWait.click(robot, "确定");

        try (InputStream in = Files.newInputStream(chosen); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet ledger = wb.getSheet("Ledger");
            assertNotNull(ledger, "a Ledger sheet");
            assertNull(wb.getSheet("台账"), "no Chinese sheet names");
            assertNotNull(wb.getSheet("Overview"));
            assertNotNull(wb.getSheet("By department"), "one grouped sheet by department");
            assertEquals("No.", ledger.getRow(2).getCell(0).getStringCellValue());
            assertTrue(ledger.getLastRowNum() > 129, "the tasks and their milestones: " + ledger.getLastRowNum());
            XSSFRow task = null;
            for (int r = 3; task == null; r++) {
                XSSFRow row = ledger.getRow(r);
                if (row.getCell(0).getCellType() == CellType.NUMERIC) {
                    task = row;
                }
            }
            assertEquals(CellType.BLANK, task.getCell(3).getCellType(), "the compact ledger chosen leaves out the measures");
        }
    }

    private static MenuItem menuItem(FxRobot robot, String menuId, String itemId) {
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }
}
