package org.planledger.exchange;

import java.util.HexFormat;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.export.TableExport;

/** The fonts, cell styles and cells the workbooks sent to departments share (填报表, 终期评估填报表). */
final class SheetStyles {

    private SheetStyles() {
    }

    /** A text's width in a column's character units: a Chinese character takes two. */
    static int units(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return units;
    }

    static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    static XSSFFont font(XSSFWorkbook wb, int points, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName(TableExport.FONT);
        f.setCharSet(Font.DEFAULT_CHARSET);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    /** Wrapped, centred vertically; {@code rgb} a fill such as "FFF2CC" or null; {@code locked} under the sheet's protection. */
    static CellStyle style(XSSFWorkbook wb, Font font, boolean border, HorizontalAlignment h, String rgb, boolean locked) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(h);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setLocked(locked);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (rgb != null) {
            s.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
