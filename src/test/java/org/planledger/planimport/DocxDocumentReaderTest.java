package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planledger.planimport.DocumentBlock.Cell;
import org.planledger.planimport.DocumentBlock.Paragraph;
import org.planledger.planimport.DocumentBlock.Table;

class DocxDocumentReaderTest {

    private static final String NAME = "tianqiao-eco-plan-2021-2025.docx";
    private static final int TARGET = 2;

    private static byte[] styledDocx;
    private static SourceDocument styled;

    private final DocxDocumentReader reader = new DocxDocumentReader();

    @BeforeAll
    static void convertShippedPlan() throws IOException {
        styledDocx = PlainTextToDocx.convert(planText());
        styled = new DocxDocumentReader().read(NAME, styledDocx);
    }

    @Test
    void headingStylesGiveTwelveChaptersAndFiftySections() {
        assertEquals(SourceDocument.LocationKind.PARAGRAPH, styled.locationKind());
        assertEquals(NAME, styled.name());
        assertEquals(12, paragraphs(styled).stream().filter(p -> p.headingLevel() == 1).count());
        assertEquals(50, paragraphs(styled).stream().filter(p -> p.headingLevel() == 2).count());
        Paragraph chapter = paragraph(styled, "第二章 优化空间布局 塑造黄河生态样板");
        assertEquals(1, chapter.headingLevel());
        assertEquals(2, paragraph(styled, "第一节 夯实绿色发展根基").headingLevel());
    }

    @Test
    void headingStyleBoldIsInherited() {
        Paragraph chapter = paragraph(styled, "第二章 优化空间布局 塑造黄河生态样板");
        assertEquals(chapter.text(), chapter.boldLead());
    }

    @Test
    void taskParagraphsOpenWithTheirBoldLeadSentence() {
        Paragraph task = startingWith(styled, "推进黄河滩区综合整治。");
        assertEquals("推进黄河滩区综合整治。", task.boldLead());
        assertEquals(0, task.headingLevel());
        assertTrue(task.text().length() > task.boldLead().length());
        assertEquals("淘汰低效落后产能。", startingWith(styled, "淘汰低效落后产能。").boldLead());
        assertEquals("", startingWith(styled, "“十四五”时期是我国").boldLead());
    }

    @Test
    void emptyParagraphsAreDroppedAndBookmarksGone() {
        assertTrue(paragraphs(styled).stream().noneMatch(p -> p.text().isBlank()));
        assertTrue(paragraphs(styled).stream().noneMatch(p -> p.text().contains("[bookmark:")));
        assertEquals("济天政字〔2023〕11号", paragraphs(styled).get(0).text());
        // blank lines before it are still body elements
        assertTrue(paragraphs(styled).get(0).location() > 1);
    }

    @Test
    void locationsCountBodyElementsIncludingTheTable() {
        List<DocumentBlock> blocks = styled.blocks();
        for (int i = 1; i < blocks.size(); i++) {
            assertTrue(blocks.get(i).location() > blocks.get(i - 1).location());
        }
        Table table = table(styled);
        assertEquals(paragraph(styled, "天桥区“十四五”生态环境保护主要指标").location() + 1, table.location());
        // the table is one element, then two empty paragraphs before the note
        assertEquals(table.location() + 3, startingWith(styled, "注：").location());
    }

    @Test
    void indicatorTableHasHeaderFourGroupsAndTwentyIndicators() {
        assertEquals(1, styled.blocks().stream().filter(Table.class::isInstance).count());
        List<List<Cell>> rows = table(styled).rows();
        assertEquals(25, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.size() == 4));
        assertEquals(List.of("指标", "2020年", "2025年", "指标属性"), rows.get(0).stream().map(Cell::text).toList());

        // a group row is one cell spanning the grid: the reader repeats it in every column
        List<List<Cell>> groups = rows.stream().filter(row -> row.get(0).text().startsWith("（")).toList();
        assertEquals(List.of("（一）环境治理", "（二）应对气候变化", "（三）环境风险防控", "（四）生态保护"),
                groups.stream().map(row -> row.get(0).text()).toList());
        groups.forEach(row -> assertTrue(row.stream().allMatch(cell -> cell.equals(row.get(0)))));

        List<List<Cell>> indicators = rows.stream().filter(row -> row.get(0).text().matches("\\d+\\..*")).toList();
        assertEquals(20, indicators.size());
        assertTrue(indicators.get(0).get(0).text().startsWith("1.城市细颗粒物"));
        assertEquals(List.of("52", "42", "约束性"), indicators.get(0).subList(1, 4).stream().map(Cell::text).toList());
    }

    @Test
    void targetsOfIndicatorsEightToTenAreMergedIntoSeven() {
        List<List<Cell>> indicators = table(styled).rows().stream()
                .filter(row -> row.get(0).text().matches("\\d+\\..*")).toList();
        assertEquals(Cell.of("完成市分解任务"), indicators.get(6).get(TARGET));
        for (int number = 8; number <= 10; number++) {
            Cell target = indicators.get(number - 1).get(TARGET);
            assertEquals(new Cell("", true), target, "indicator " + number);
            assertEquals("约束性", indicators.get(number - 1).get(3).text());
        }
        assertFalse(indicators.get(10).get(TARGET).mergedFromAbove());
        assertEquals(3, table(styled).rows().stream().flatMap(List::stream).filter(Cell::mergedFromAbove).count());
    }

    @Test
    void boldHeadingParagraphsAreNotHeadingsButCarryTheirTextAsBoldLead() throws IOException {
        SourceDocument bold = reader.read(NAME, PlainTextToDocx.convert(planText(), true));
        assertTrue(paragraphs(bold).stream().allMatch(p -> p.headingLevel() == 0));
        List<Paragraph> headings = paragraphs(bold).stream()
                .filter(p -> p.text().matches("^第[一二三四五六七八九十百]+[章节].*")).toList();
        assertEquals(62, headings.size());
        headings.forEach(p -> assertEquals(p.text(), p.boldLead()));
        assertEquals("推进黄河滩区综合整治。", startingWith(bold, "推进黄河滩区综合整治。").boldLead());
    }

    @Test
    void chineseWordStyleIdsAndOutlineLevelsAreHeadings() throws IOException {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(PlainTextToDocx.paragraphStyle("1", "heading 1"));
            styles.addStyle(PlainTextToDocx.paragraphStyle("2", "标题 2"));
            styles.addStyle(PlainTextToDocx.paragraphStyle("3", "heading 3"));
            styles.addStyle(PlainTextToDocx.paragraphStyle("a5", "Title"));
            var custom = PlainTextToDocx.paragraphStyle("MySection", "my section");
            custom.getCTStyle().addNewBasedOn().setVal("2");
            styles.addStyle(custom);

            styled(document, "1", "第一章 总则");
            styled(document, "2", "第一节 形势");
            styled(document, "3", "一、细目");
            styled(document, "a5", "规划标题");
            styled(document, "MySection", "第二节 继承");
            XWPFParagraph outline = document.createParagraph();
            outline.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            outline.createRun().setText("第二章 大纲级别");
            XWPFParagraph partlyBold = document.createParagraph();
            XWPFRun indent = partlyBold.createRun();
            indent.setText("　　");
            XWPFRun lead = partlyBold.createRun();
            lead.setBold(true);
            lead.setText("加强监管。");
            partlyBold.createRun().setText("具体措施。");
            document.write(out);
            bytes = out.toByteArray();
        }
        List<Paragraph> paragraphs = paragraphs(reader.read("small.docx", bytes));
        assertEquals(List.of(1, 2, 0, 0, 2, 1, 0), paragraphs.stream().map(Paragraph::headingLevel).toList());
        assertEquals("", paragraphs.get(5).boldLead());
        assertEquals("加强监管。具体措施。", paragraphs.get(6).text());
        assertEquals("加强监管。", paragraphs.get(6).boldLead());
    }

    // ---- bad input ----

    @Test
    void emptyBytesAreNotAZip() {
        assertProblem("import.error.docx.notZip", new byte[0]);
    }

    @Test
    void randomBytesAreNotAZip() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertProblem("import.error.docx.notZip", noise);
    }

    @Test
    void truncatedDocxIsBroken() {
        assertProblem("import.error.docx.broken", Arrays.copyOf(styledDocx, styledDocx.length / 2));
    }

    @Test
    void docxCutBetweenTwoEntriesIsBroken() {
        // POI alone opens such a file and silently drops the missing parts (here: the styles).
        int lastLocalHeader = -1;
        for (int i = 0; i + 3 < styledDocx.length; i++) {
            if (styledDocx[i] == 'P' && styledDocx[i + 1] == 'K' && styledDocx[i + 2] == 3 && styledDocx[i + 3] == 4) {
                lastLocalHeader = i;
            }
        }
        assertTrue(lastLocalHeader > 0);
        assertProblem("import.error.docx.broken", Arrays.copyOf(styledDocx, lastLocalHeader));
    }

    @Test
    void spreadsheetRenamedToDocxIsNotWord() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("指标").createRow(0).createCell(0).setCellValue("PM2.5");
            workbook.write(out);
            assertProblem("import.error.docx.notWord", out.toByteArray());
        }
    }

    @Test
    void zipWithOnlyATextFileIsNotWord() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("plan.txt"));
            zip.write(planText().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertProblem("import.error.docx.notWord", bytes.toByteArray());
    }

    private void assertProblem(String key, byte[] bytes) {
        PlanImportException e = assertThrows(PlanImportException.class, () -> reader.read("规划.docx", bytes));
        assertAll(
                () -> assertEquals(key, e.problem().key()),
                () -> assertTrue(e.problem().args().contains("规划.docx"), e.problem().args()::toString));
    }

    // ---- helpers ----

    private static String planText() throws IOException {
        try (InputStream in = DocxDocumentReaderTest.class.getResourceAsStream("/plans/tianqiao-eco-plan-2021-2025.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void styled(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        paragraph.createRun().setText(text);
    }

    private static List<Paragraph> paragraphs(SourceDocument document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    private static Paragraph paragraph(SourceDocument document, String text) {
        return paragraphs(document).stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
    }

    private static Paragraph startingWith(SourceDocument document, String prefix) {
        return paragraphs(document).stream().filter(p -> p.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Table table(SourceDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    }
}
