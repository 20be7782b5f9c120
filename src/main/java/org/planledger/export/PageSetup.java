package org.planledger.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How a long table prints: landscape, one page wide and as many long as it takes, "page / pages" below. */
public final class PageSetup {

    private PageSetup() {
    }

    public static void landscapeOnePageWide(Sheet sheet, short paperSize) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(paperSize);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getFooter().setCenter("&P / &N");
    }
}
