package org.planledger.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Turns the shipped plan text back into a Word document shaped like the official .docx:
 * heading styles (or bold heading paragraphs), bold lead sentences, and the indicator table
 * with spanned group rows and the vertically merged target cell.
 */
public final class PlainTextToDocx {

    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百]+章.*");
    private static final Pattern SECTION = Pattern.compile("^第[一二三四五六七八九十百]+节.*");
    private static final int COLUMNS = 4;
    private static final int TARGET_COLUMN = 2;
    private static final int[] COLUMN_TWIPS = {4600, 1300, 1700, 1300};
    private static final int MAX_LEAD_LENGTH = 30;

    private PlainTextToDocx() {
    }

    public static byte[] convert(String planText) {
        return convert(planText, false);
    }

    /** With {@code headingsAsBoldParagraphs}, headings are plain paragraphs in one bold run instead of styled. */
    public static byte[] convert(String planText, boolean headingsAsBoldParagraphs) {
        List<String> lines = BOOKMARK.matcher(planText).replaceAll("").lines().toList();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addHeadingStyles(document);
            int i = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.startsWith("\t")) {
                    i = writeTable(document, lines, i);
                } else {
                    writeParagraph(document.createParagraph(), line, headingsAsBoldParagraphs);
                    i++;
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Named like Word's built-in headings, bold like them, but without an outline level. */
    static void addHeadingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(paragraphStyle(HEADING_1, "heading 1"));
        styles.addStyle(paragraphStyle(HEADING_2, "heading 2"));
    }

    static XWPFStyle paragraphStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewRPr().addNewB();
        return new XWPFStyle(style);
    }

    private static void writeParagraph(XWPFParagraph paragraph, String line, boolean headingsAsBoldParagraphs) {
        String style = CHAPTER.matcher(line).matches() ? HEADING_1 : SECTION.matcher(line).matches() ? HEADING_2 : null;
        if (style != null && headingsAsBoldParagraphs) {
            boldRun(paragraph, line);
        } else if (style != null) {
            paragraph.setStyle(style);
            paragraph.createRun().setText(line);
        } else if (!line.isEmpty()) {
            writeBody(paragraph, line);
        }
    }

    /** A short first sentence without a comma is the task's bold lead (推进黄河滩区综合整治。). */
    private static void writeBody(XWPFParagraph paragraph, String line) {
        int end = line.indexOf('。') + 1;
        String lead = line.substring(0, end);
        if (end > 0 && lead.strip().length() <= MAX_LEAD_LENGTH && !lead.contains("，")) {
            boldRun(paragraph, lead);
            if (end < line.length()) {
                paragraph.createRun().setText(line.substring(end));
            }
        } else {
            paragraph.createRun().setText(line);
        }
    }

    private static void boldRun(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(text);
    }

    /**
     * Cells are TAB-led lines, rows are separated by one empty line. Returns the index of the
     * first line after the table.
     */
    private static int writeTable(XWPFDocument document, List<String> lines, int start) {
        List<List<String>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.size() && lines.get(i).startsWith("\t")) {
            List<String> row = new ArrayList<>();
            while (i < lines.size() && lines.get(i).startsWith("\t")) {
                row.add(lines.get(i++).substring(1).strip());
            }
            rows.add(row);
            // A TAB-only line is an empty cell, so only a truly empty line separates rows.
            if (i + 1 < lines.size() && lines.get(i).isEmpty() && lines.get(i + 1).startsWith("\t")) {
                i++;
            }
        }
        fillTable(document.createTable(rows.size(), COLUMNS), rows);
        return i;
    }

    private static void fillTable(XWPFTable table, List<List<String>> rows) {
        // POI's createTable writes no <w:tblGrid>; Word always does, and spans are counted against it.
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int width : COLUMN_TWIPS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> texts = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            if (texts.size() == 1) {
                spanGroupRow(row, texts.get(0));
                continue;
            }
            for (int c = 0; c < COLUMNS; c++) {
                String text = c < texts.size() ? texts.get(c) : "";
                if (!text.isEmpty()) {
                    row.getCell(c).setText(text);
                }
            }
            if (r > 0 && texts.get(TARGET_COLUMN).isEmpty() && rows.get(r - 1).size() > TARGET_COLUMN) {
                mergeTargetIntoRowAbove(table, r);
            }
        }
    }

    /**
     * Group rows (（一）环境治理) are written as one cell with gridSpan=4 rather than text in
     * the first cell and three empty ones; the reader repeats a spanned cell in every column.
     */
    private static void spanGroupRow(XWPFTableRow row, String text) {
        for (int c = COLUMNS - 1; c > 0; c--) {
            row.removeCell(c);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.setText(text);
        tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS));
    }

    /**
     * An empty target under a filled one continues its merge: 完成市分解任务 covers indicators
     * 7–10. Like Word, the continuing cells carry a bare {@code <w:vMerge/>} without a value.
     */
    private static void mergeTargetIntoRowAbove(XWPFTable table, int r) {
        CTTcPr above = tcPr(table.getRow(r - 1).getCell(TARGET_COLUMN));
        if (!above.isSetVMerge()) {
            above.addNewVMerge().setVal(STMerge.RESTART);
        }
        tcPr(table.getRow(r).getCell(TARGET_COLUMN)).addNewVMerge();
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
