package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.IndicatorVerdict;
import org.planledger.progress.ItemLight;
import org.planledger.store.division.DivisionRow;
import org.planledger.ui.common.FxDialogService;
import org.planledger.ui.common.TableOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A header click sorts 分工 by its lead (pinyin) and by code (5.3.10 after 5.3.9), and 指标 by
 * its number; a right-click on 期限 rows exports just the selected rows, and 写进展 from a row
 * opens the task with the entry dialog.
 */
@ExtendWith(ApplicationExtension.class)
class SortAndMenuWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;
    private volatile Path chosen;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("sort-" + System.nanoTime() + ".planledger")),
                context -> context.withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showSaveDialog(String title, String name,
                                                         List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(chosen);
                    }
                }));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void headersSortAndRowsHaveTheirMenu(FxRobot robot) throws Exception {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));

        FxWait.click(robot, "#tab-assignment");
        FxWait.until("分工 lists 129 tasks", () -> assignment(robot).getItems().size() == 129);
        robot.clickOn(header(robot, "#assign-table", "牵头单位"));
        FxWait.until("sorted by lead", () -> !assignment(robot).getSortOrder().isEmpty());
        List<String> leads = FxWait.onFx(() -> assignment(robot).getItems().stream()
                .map(r -> r.division().lead() == null ? "" : r.division().lead().shortName()).toList());
        List<String> expected = new ArrayList<>(leads);
        expected.sort(TableOrder.text(Collator.getInstance(Locale.CHINA)));
        assertEquals(expected, leads, "by pinyin, tasks without a lead last");
        robot.clickOn(header(robot, "#assign-table", "编号"));
        FxWait.until("sorted by code", () -> assignment(robot).getSortOrder().size() == 1
                && assignment(robot).getSortOrder().get(0).getText().equals("编号"));
        List<String> codes = FxWait.onFx(() -> assignment(robot).getItems().stream().map(DivisionRow::code).toList());
        assertTrue(codes.indexOf("5.3.9") < codes.indexOf("5.3.10") || !codes.contains("5.3.10"), codes.toString());
        assertTrue(codes.indexOf("1.1.1") < codes.indexOf("10.1.1") || !codes.contains("10.1.1"), codes.toString());
        assertEquals(codes.stream().sorted(TableOrder.natural()).toList(), codes);

        FxWait.click(robot, "#tab-indicators");
        FxWait.until("指标 lists its indicators", () -> robot.lookup("#indicator-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() > 10).orElse(false));
        robot.clickOn(header(robot, "#indicator-table", "评价"));
        FxWait.until("sorted by verdict", () -> !indicators(robot).getSortOrder().isEmpty());
        List<IndicatorVerdict> verdicts = FxWait.onFx(() -> indicators(robot).getItems().stream()
                .map(r -> r.evaluation().verdict()).toList());
        assertEquals(verdicts.stream().sorted().toList(), verdicts);

        FxWait.click(robot, "#tab-deadlines");
        FxWait.until("163 items", () -> deadlines(robot).getItems().size() == 163);
        robot.clickOn(row(robot, "#deadline-table", 0));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "#deadline-table", 2)).release(KeyCode.CONTROL);
        FxWait.until("two rows selected", () -> deadlines(robot).getSelectionModel().getSelectedItems().size() == 2);
        List<String> selected = FxWait.onFx(() -> deadlines(robot).getSelectionModel().getSelectedItems().stream()
                .map(r -> r.item().code()).toList());
        chosen = dir.resolve("所选两行.xlsx");
        rightClick(robot, row(robot, "#deadline-table", 2));
        robot.clickOn(menuItem(robot, "导出所选行…"));
        FxWait.until("the export is done", () -> robot.lookup(".alert").tryQuery()
                .map(n -> "已导出 2 行。".equals(((javafx.scene.control.DialogPane) n).getHeaderText())).orElse(false));
        FxWait.click(robot, "确定");
        try (InputStream in = Files.newInputStream(chosen); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "the two selected rows under the header");
            String all = sheet.getRow(1).getCell(1).getStringCellValue() + sheet.getRow(2).getCell(1).getStringCellValue()
                    + sheet.getRow(1).getCell(0).getStringCellValue() + sheet.getRow(2).getCell(0).getStringCellValue();
            for (String code : selected) {
                assertTrue(all.contains(code), code + " in " + all);
            }
        }

        ItemLight third = FxWait.onFx(() -> deadlines(robot).getItems().get(2));
        robot.clickOn(row(robot, "#deadline-table", 2));
        rightClick(robot, row(robot, "#deadline-table", 2));
        robot.clickOn(menuItem(robot, "写进展…"));
        FxWait.until("任务 shows the task with 写进展 open", () -> opened.window().viewModel().screenProperty().get()
                == MainScreen.TASKS && opened.window().viewModel().selectedTaskIdProperty().get()
                == third.item().key().taskId() && robot.lookup("#entry-period").tryQuery().isPresent());
        FxWait.click(robot, "取消");
    }

    @SuppressWarnings("unchecked")
    private static TableView<DivisionRow> assignment(FxRobot robot) {
        return robot.lookup("#assign-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<org.planledger.store.indicator.IndicatorRow> indicators(FxRobot robot) {
        return robot.lookup("#indicator-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemLight> deadlines(FxRobot robot) {
        return robot.lookup("#deadline-table").queryAs(TableView.class);
    }

    /** An item of the context menu on screen, found by its words once it shows. */
    private static Node menuItem(FxRobot robot, String text) {
        FxWait.until("the menu shows " + text, () -> robot.lookup(".context-menu .menu-item .label")
                .queryAllAs(Label.class).stream().anyMatch(l -> text.equals(l.getText()) && l.isVisible()));
        return FxWait.onFx(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst().orElseThrow());
    }

    /**
     * A right-click as the control sees it: the context-menu request on the node (Monocle's
     * headless robot sends the mouse button but no menu request).
     */
    private static void rightClick(FxRobot robot, Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            javafx.geometry.Point2D local = new javafx.geometry.Point2D(b.getWidth() / 2, b.getHeight() / 2);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getMinX() + local.getX(), b.getMinY() + local.getY(), false, null));
        });
    }

    /** A column's header, found by its title. */
    private static Node header(FxRobot robot, String table, String title) {
        return FxWait.onFx(() -> robot.lookup(table + " .column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> title.equals(l.getText())).findFirst().orElseThrow());
    }

    private static Node row(FxRobot robot, String table, int index) {
        return FxWait.onFx(() -> robot.lookup(table + " .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow());
    }
}
