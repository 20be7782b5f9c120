package org.planledger.ui.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.docs.LibreOfficeSearch;
import org.planledger.docs.PdfConverter;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.documents.DocumentTools;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 文件 → 导出督查通报/进展情况报告… on the shipped plan (today 2026-11-29): the quarter's 进展情况报告
 * is written where asked and reads back; 打开 and 打开所在文件夹 hand the file and its folder to the
 * system; 转为 PDF puts the PDF beside it, or, without LibreOffice, says to save as PDF from WPS or Word.
 * A form without a file is refused in words and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class BulletinWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestWindow opened;
    private final List<Path> handedToSystem = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

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

    private void open(PdfConverter pdf, FxRobot robot) {
        Path ledger = SeededLedger.copyTo(dir.resolve("l.planledger"));
        DocumentTools tools = new DocumentTools(pdf, handedToSystem::add);
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledger, c -> c.withDocuments(tools)));
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        MenuItem item = FxWait.onFx(() -> {
            MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
            Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
            return file.getItems().stream().filter(i -> "menu-export-bulletin".equals(i.getId())).findFirst().orElseThrow();
        });
        assertEquals("导出督查通报/进展情况报告…", item.getText());
        FxWait.until("the menu item is enabled", () -> !item.isDisable() && item.isVisible());
        Platform.runLater(item::fire);
        FxWait.until("the dialog is shown", () -> robot.lookup("#bulletin-dialog").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String id) {
        return FxWait.onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    private static void setFile(FxRobot robot, String path) {
        FxWait.onFx(() -> {
            ((TextField) robot.lookup("#bulletin-file").query()).setText(path);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Path> listed(FxRobot robot) {
        return FxWait.onFx(() -> List.copyOf(((ListView<Path>) robot.lookup("#documents-list").query()).getItems()));
    }

    @Test
    void theQuartersReportIsWrittenOpenedAndMadeAPdf(FxRobot robot) throws Exception {
        LibreOfficeSearch search = LibreOfficeSearch.system();
        Assumptions.assumeTrue(search.find().isPresent(),
                "LibreOffice (soffice) is not installed on this PC, so 转为 PDF cannot make a PDF here");
        open(new PdfConverter(search, dir.resolve("lo-profile"), PdfConverter.DEFAULT_TIMEOUT), robot);
        FxWait.click(robot, "#bulletin-kind-report");
        FxWait.click(robot, "#bulletin-scope-quarter");
        String offered = FxWait.onFx(() -> ((TextField) robot.lookup("#bulletin-file").query()).getText());
        assertTrue(offered.endsWith("2026年第3季度进展情况报告.docx"), "the name follows the kind and the last quarter ended: " + offered);
        Path out = Files.createDirectory(dir.resolve("报告"));
        Path target = out.resolve("2026年第3季度进展情况报告.docx");
        setFile(robot, target.toString());

        FxWait.click(robot, "#bulletin-write");
        FxWait.until("the report is written", () -> !text(robot, "#bulletin-done").isEmpty());

        assertTrue(text(robot, "#bulletin-done").startsWith(
                "已写出“关于《济南市天桥区“十四五”生态环境保护规划》2026年第3季度实施进展情况的报告”，数字截至2026年9月30日。"),
                text(robot, "#bulletin-done"));
        assertEquals(List.of(target), listed(robot));
        try (InputStream in = Files.newInputStream(target); XWPFDocument d = new XWPFDocument(in)) {
            String all = String.join("\n", d.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(all.contains("2026年第3季度实施进展情况的报告"), all);
            assertTrue(all.contains("总体情况"), all);
        }

        FxWait.click(robot, "#documents-open");
        FxWait.click(robot, "#documents-open-folder");
        FxWait.until("the file and its folder were handed to the system", () -> handedToSystem.size() == 2);
        assertEquals(List.of(target, out), handedToSystem);

        FxWait.click(robot, "#documents-pdf");
        Path pdf = out.resolve("2026年第3季度进展情况报告.pdf");
        FxWait.until("the PDF is listed", () -> listed(robot).contains(pdf));
        FxWait.until("the conversion is over", () -> text(robot, "#documents-status").startsWith("已转为 PDF：1 份"));
        assertEquals(List.of(target, pdf), listed(robot));
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void withoutLibreOfficeTheUserIsToldToSaveAsPdfInWpsOrWord(FxRobot robot) throws Exception {
        open(new PdfConverter(new LibreOfficeSearch(List.of()), dir.resolve("none"), PdfConverter.DEFAULT_TIMEOUT), robot);
        setFile(robot, "");
        FxWait.click(robot, "#bulletin-write");
        FxWait.until("a form without a file is refused", () -> !text(robot, "#bulletin-problem").isEmpty());
        assertEquals("请填写要保存的 .docx 文件（完整路径），或点“浏览…”选择。未写入任何文件。", text(robot, "#bulletin-problem"));

        Path target = dir.resolve("2026年10月督查通报.docx");
        setFile(robot, target.toString());
        FxWait.click(robot, "#bulletin-write");
        FxWait.until("the bulletin is written", () -> !text(robot, "#bulletin-done").isEmpty());
        assertTrue(Files.isRegularFile(target));
        assertEquals("", text(robot, "#bulletin-problem"), "the refusal is gone once written");

        FxWait.click(robot, "#documents-pdf");
        FxWait.until("the user is told what to do", () -> text(robot, "#documents-status")
                .equals("未找到 LibreOffice，请在 WPS 或 Word 中打开后“另存为 PDF”。"));
        assertEquals(List.of(target), listed(robot));
        assertFalse(Files.exists(dir.resolve("2026年10月督查通报.pdf")));
    }
}
