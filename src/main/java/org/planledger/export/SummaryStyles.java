package org.planledger.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.planledger.model.Light;

/** The summary workbook's styles, every one with the Chinese font; the body prints at 五号 (10.5 pt). */
final class SummaryStyles {

    /** 五号, the size of an official document's body text. */
    static final double BODY_POINTS = 10.5;
    /** The font column widths are counted in. */
    static final String WIDTH_FONT = "Arial";

    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle bold;
    final CellStyle header;
    final CellStyle wrap;
    final CellStyle centre;
    final CellStyle numberCentre;
    final CellStyle numberCentreBorder;
    final CellStyle percentCentre;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle dateLeft;
    final CellStyle chapter;
    final CellStyle sectionRow;
    final Map<Light, CellStyle> light = new EnumMap<>(Light.class);

    SummaryStyles(SXSSFWorkbook wb, boolean english) {
        // The Normal style's font is the unit of every column width. Arial 10 is 7 px a digit in
        // Excel and WPS, and its metric twins (Liberation Sans, Nimbus Sans) make LibreOffice's
        // columns as wide; a Chinese font here would be replaced by whatever CJK font a Linux PC
        // has, and the columns would come out a quarter wider than the page. Cells have 宋体.
        XSSFFont normal = (XSSFFont) wb.getFontAt(0);
        normal.setFontName(WIDTH_FONT);
        normal.setFontHeightInPoints((short) 10);
        XSSFFont body = font(wb, BODY_POINTS, false, null);
        XSSFFont strong = font(wb, BODY_POINTS, true, null);
        XSSFFont big = font(wb, 16, true, null);
        XSSFFont white = font(wb, BODY_POINTS, true, "FFFFFF");
        short dateFormat = wb.createDataFormat().getFormat(english ? SummaryExporter.DATE_FORMAT_EN
                : SummaryExporter.DATE_FORMAT_ZH);
        short percentFormat = wb.createDataFormat().getFormat("0.0%");
        short decimalFormat = wb.createDataFormat().getFormat("General");
        title = style(wb, big, false, false, HorizontalAlignment.CENTER);
        section = style(wb, strong, false, false, HorizontalAlignment.LEFT);
        label = style(wb, strong, false, false, HorizontalAlignment.LEFT);
        plain = style(wb, body, false, false, HorizontalAlignment.LEFT);
        bold = style(wb, strong, true, false, HorizontalAlignment.CENTER);
        header = style(wb, strong, true, true, HorizontalAlignment.CENTER);
        fill(header, "DDE4EC");
        wrap = style(wb, body, true, true, HorizontalAlignment.LEFT);
        centre = style(wb, body, true, true, HorizontalAlignment.CENTER);
        numberCentre = style(wb, body, true, false, HorizontalAlignment.CENTER);
        numberCentreBorder = style(wb, body, true, true, HorizontalAlignment.CENTER);
        percentCentre = style(wb, body, true, false, HorizontalAlignment.CENTER);
        percentCentre.setDataFormat(percentFormat);
        decimal = style(wb, body, true, true, HorizontalAlignment.CENTER);
        decimal.setDataFormat(decimalFormat);
        date = style(wb, body, true, true, HorizontalAlignment.CENTER);
        date.setDataFormat(dateFormat);
        dateLeft = style(wb, body, false, false, HorizontalAlignment.LEFT);
        dateLeft.setDataFormat(dateFormat);
        chapter = style(wb, strong, true, false, HorizontalAlignment.LEFT);
        fill(chapter, "EEF1F5");
        sectionRow = style(wb, strong, true, false, HorizontalAlignment.LEFT);
        for (Light l : Light.values()) {
            CellStyle s = style(wb, l == Light.YELLOW ? strong : white, true, true, HorizontalAlignment.CENTER);
            fill(s, SummaryExporter.COLOURS.get(l));
            light.put(l, s);
        }
    }

    private static XSSFFont font(SXSSFWorkbook wb, double points, boolean bold, String rgb) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setFontName(SummaryExporter.FONT);
        f.setCharSet(Font.DEFAULT_CHARSET);
        f.setFontHeight((short) Math.round(points * 20));
        f.setBold(bold);
        if (rgb != null) {
            f.setColor(new XSSFColor(hex(rgb), null));
        }
        return f;
    }

    private static CellStyle style(SXSSFWorkbook wb, Font font, boolean border, boolean wrap, HorizontalAlignment h) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(h);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private static void fill(CellStyle s, String rgb) {
        ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(hex(rgb), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static byte[] hex(String rgb) {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(rgb.substring(i * 2, i * 2 + 2), 16);
        }
        return b;
    }
}
