package org.planledger.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How the summary's long sheets print on A3 landscape: the column header repeated on every page,
 * page numbers in the footer, and from the second page on a page header with the plan's name and
 * the 截至日期 (the first page has them in its title). The 台账 sheets print at 100 % with their
 * own page breaks ({@link PageBreaks}): Excel ignores manual breaks on a sheet scaled to fit.
 */
final class SheetPrint {

    static final double LEFT_RIGHT = 0.3;
    static final double TOP = 0.7;
    static final double BOTTOM = 0.6;
    static final double HEADER_FOOTER = 0.3;
    /** A3 is 420 × 297 mm. */
    static final double A3_LONG = 420 / 25.4 * 72;
    static final double A3_SHORT = 297 / 25.4 * 72;
    /** The width an A3 landscape page has for columns, in points. */
    static final double A3_LANDSCAPE_WIDTH = A3_LONG - 2 * LEFT_RIGHT * 72;
    /** The height it has for rows, less a margin of safety so no program breaks a page before us. */
    static final double A3_LANDSCAPE_ROWS = A3_SHORT - (TOP + BOTTOM) * 72 - 12;
    /** Excel refuses a header longer than 255 characters in all. */
    private static final int TITLE_MAX = 120;

    private final String planTitle;
    private final String asOf;
    private final String footer;

    SheetPrint(String planTitle, String asOf, String footer) {
        this.planTitle = planTitle.length() > TITLE_MAX ? planTitle.substring(0, TITLE_MAX - 1) + "…" : planTitle;
        this.asOf = asOf;
        this.footer = footer;
    }

    /** A 台账 sheet: A3 landscape at 100 %, one page wide by its column widths, breaks already set. */
    void ledger(SXSSFSheet sheet, int headerRow) {
        a3(sheet, headerRow);
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) 100);
    }

    /** A list (逾期清单, 指标): A3 landscape, shrunk to one page wide if its columns need it. */
    void list(SXSSFSheet sheet, int headerRow) {
        a3(sheet, headerRow);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private void a3(SXSSFSheet sh, int headerRow) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A3_PAPERSIZE);
        ps.setLandscape(true);
        sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sh.setMargin(Sheet.LeftMargin, LEFT_RIGHT);
        sh.setMargin(Sheet.RightMargin, LEFT_RIGHT);
        sh.setMargin(Sheet.TopMargin, TOP);
        sh.setMargin(Sheet.BottomMargin, BOTTOM);
        sh.setMargin(Sheet.HeaderMargin, HEADER_FOOTER);
        sh.setMargin(Sheet.FooterMargin, HEADER_FOOTER);
        XSSFSheet x = sh.getWorkbook().getXSSFWorkbook().getSheet(sh.getSheetName());
        x.getHeaderFooterProperties().setDifferentFirst(true);
        x.getOddHeader().setLeft(escape(planTitle));
        x.getOddHeader().setRight(escape(asOf));
        x.getOddFooter().setCenter(footer);
        x.getFirstFooter().setCenter(footer);
    }

    /** An ampersand starts a code in a header: a literal one is doubled. */
    static String escape(String text) {
        return text.replace("&", "&&");
    }
}
