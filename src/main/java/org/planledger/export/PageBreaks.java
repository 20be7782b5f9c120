package org.planledger.export;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The printed pages of a long table, decided here and set as manual row breaks, so Excel, WPS
 * and LibreOffice all end the pages at the same rows: a heading (chapter, section) is kept on
 * the page of the row after it, never left alone at the foot of a page, and a heading can ask
 * for a page of its own (each department of 按部门). The rows' heights are the ones set on
 * them; the page holds a little less than the paper, so a program never needs a break of its own.
 * Excel allows 1,026 manual breaks in a sheet: past them (a city's whole ledger) the program
 * breaks the remaining pages itself.
 */
final class PageBreaks {

    /** Excel's limit of manual page breaks in one sheet. */
    static final int EXCEL_MAX = 1026;

    private final Sheet sheet;
    private final double page;
    private final double repeated;
    private double used;
    private boolean fresh = true;
    private int pendingFirst = -1;
    private double pendingHeight;
    private boolean pendingNewPage;
    private int breaks;

    /**
     * @param page     the height a page holds for rows, in points
     * @param repeated the rows repeated at the top of every later page, in points
     * @param above    the rows above the first body row on the first page, in points
     */
    PageBreaks(Sheet sheet, double page, double repeated, double above) {
        this.sheet = sheet;
        this.page = page;
        this.repeated = repeated;
        this.used = above;
    }

    /** A heading row: it goes with the next item, on a new page if {@code newPage}. */
    void heading(int row, float height, boolean newPage) {
        if (pendingFirst < 0) {
            pendingFirst = row;
        }
        pendingHeight += height;
        pendingNewPage |= newPage;
    }

    /** A body row, with any headings waiting before it. */
    void item(int row, float height) {
        int first = pendingFirst >= 0 ? pendingFirst : row;
        double block = pendingHeight + height;
        if (!fresh && (pendingNewPage || used + block > page) && breaks < EXCEL_MAX) {
            sheet.setRowBreak(first - 1);
            breaks++;
            used = repeated;
        }
        used += block;
        fresh = false;
        pendingFirst = -1;
        pendingHeight = 0;
        pendingNewPage = false;
    }

    /** The pages so far. */
    int pages() {
        return breaks + 1;
    }
}
