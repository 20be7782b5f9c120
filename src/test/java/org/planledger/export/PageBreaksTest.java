package org.planledger.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Where pages end: full pages, headings with the row after them, new pages on request, Excel's limit. */
class PageBreaksTest {

    @Test
    void aHeadingThatWouldEndAPageMovesToTheNextWithItsRow() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet();
            PageBreaks pages = new PageBreaks(sh, 100, 10, 10);
            pages.item(1, 40);            // 50
            pages.item(2, 40);            // 90
            pages.heading(3, 8, false);   // would fit (98) but its row would not
            pages.item(4, 20);
            pages.item(5, 60);            // 10 + 8 + 20 + 60 = 98
            pages.heading(6, 5, true);    // a department: a page of its own
            pages.item(7, 5);
            assertArrayEquals(new int[] {2, 5}, sh.getRowBreaks());
            assertEquals(3, pages.pages());
        }
    }

    @Test
    void noMoreThanExcelsManualBreaks() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet();
            PageBreaks pages = new PageBreaks(sh, 100, 10, 10);
            for (int r = 1; r <= 3000; r++) {
                pages.item(r, 80);
            }
            assertEquals(PageBreaks.EXCEL_MAX, sh.getRowBreaks().length);
        }
    }
}
