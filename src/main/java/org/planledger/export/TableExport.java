package org.planledger.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planledger.i18n.Text;
import org.planledger.store.Leftovers;

/**
 * A table (headers and rows of plain values) written as a spreadsheet that opens cleanly in
 * Excel, WPS and LibreOffice, or as a CSV file Excel reads as UTF-8. Written to a temporary file
 * in the target folder and moved into place, so a failed or cancelled export never leaves half a
 * file under the target name.
 */
public final class TableExport {

    /** A font on every Chinese office PC (Windows, WPS, UOS/Kylin ship a SimSun-metric face). */
    public static final String FONT = "宋体";
    public static final String DATE_FORMAT_ZH = "yyyy\"年\"m\"月\"d\"日\"";
    public static final String DATE_FORMAT_EN = "d mmm yyyy";
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;
    private static final char BOM = '\uFEFF';
    private static final int GB2312 = 134;

    private TableExport() {
    }

    /**
     * Values: String, Number (written as numbers), LocalDate (a real date cell, format
     * yyyy"年"m"月"d"日" in Chinese / d mmm yyyy in English), Boolean, null; anything else as its text.
     */
    public static ExportResult xlsx(String sheetName, List<String> headers, List<List<Object>> rows, boolean english,
            Path target, ExportProgress progress) {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
        if (rows.size() > maxRows) {
            throw new ExportException(Text.of("export.error.tooManyRows", rows.size(), maxRows), null);
        }
        String name = WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName);
        return write(target, p, rows.size(), List.of(name), out -> writeWorkbook(name, headers, rows, english, out, p));
    }

    /** UTF-8 with a BOM so Excel opens Chinese correctly; dates as 2023-12-31; CRLF; quoted where needed. */
    public static ExportResult csv(List<String> headers, List<List<Object>> rows, Path target, ExportProgress progress) {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        return write(target, p, rows.size(), List.of(), out -> writeCsv(headers, rows, out, p));
    }

    /** One CSV field, quoted when it holds a comma, quote, line break or edge spaces. */
    static String csvField(Object value) {
        String s = csvText(value);
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    /** Display width in Excel character units: a CJK or full-width character counts two. */
    static int displayWidth(String text) {
        int widest = 0;
        for (String line : text.split("\r?\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                w += isWide(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Thrown inside a body when the user cancels; turned into an ExportException after cleanup. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static ExportResult write(Path target, ExportProgress progress, int rows, List<String> sheets, Body body) {
        Path file = target.toAbsolutePath().normalize();
        String shown = file.toString();
        if (Files.isDirectory(file)) {
            throw new ExportException(Text.of("export.error.isDirectory", shown), null);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(Text.of("export.error.notWritable", shown), null);
        }
        Path temp;
        try {
            removeLeftovers(folder, file);
            temp = Files.createTempFile(folder, "." + file.getFileName() + Leftovers.processTag(), ".tmp");
        } catch (IOException | SecurityException e) {
            throw problem(e, shown, false);
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.writeTo(out);
            }
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw problem(e, shown, true);
            }
            done = true;
            return new ExportResult(file, sheets, rows, Files.size(file));
        } catch (Cancelled e) {
            throw new ExportException(Text.of("export.cancelled", shown), null);
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw problem(e, shown, false);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file has a dot name in the target folder; nothing under the target name
                }
                removeLeftovers(folder, file);
            }
        }
    }

    /** Removes what killed exports of {@code file} left in {@code folder}: hidden temporary files whose process is gone. */
    static void removeLeftovers(Path folder, Path file) {
        String prefix = "." + file.getFileName() + ".";
        Leftovers.remove(folder, n -> n.startsWith(prefix) && n.endsWith(".tmp"));
    }

    /** The user-facing reason for a failed write. */
    static ExportException problem(Throwable e, String shown, boolean moving) {
        String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            reason += " " + String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        }
        if (reason.contains("no space") || reason.contains("not enough space") || reason.contains("disk full")
                || reason.contains("quota")) {
            return new ExportException(Text.of("export.error.diskFull", shown), e);
        }
        if (reason.contains("another process") || reason.contains("being used") || reason.contains("locked")) {
            return new ExportException(Text.of("export.error.inUse", shown), e);
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return new ExportException(Text.of(moving ? "export.error.inUse" : "export.error.notWritable", shown), e);
        }
        if (e instanceof NoSuchFileException) {
            return new ExportException(Text.of("export.error.notWritable", shown), e);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new ExportException(Text.of("export.error.write", shown, fse.getReason()), e);
        }
        return new ExportException(Text.of("export.error.write", shown, String.valueOf(e.getMessage())), e);
    }

    private static void writeCsv(List<String> headers, List<List<Object>> rows, OutputStream out, ExportProgress progress)
            throws IOException {
        Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(BOM);
        writeCsvLine(w, List.copyOf(headers));
        long total = rows.size();
        long n = 0;
        for (List<Object> row : rows) {
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            writeCsvLine(w, row);
            n++;
            if (n % 256 == 0 || n == total) {
                progress.update(n, total);
            }
        }
        if (total == 0) {
            progress.update(0, 0);
        }
        w.flush();
    }

    private static void writeCsvLine(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(values.get(i)));
        }
        w.write("\r\n");
    }

    private static void writeWorkbook(String sheetName, List<String> headers, List<List<Object>> rows, boolean english,
            OutputStream out, ExportProgress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            Font normal = wb.getFontAt(0); // the workbook's Normal style: every unstyled cell too
            normal.setFontName(FONT);
            normal.setCharSet(GB2312);
            normal.setFontHeightInPoints((short) 11);
            Font bold = wb.createFont();
            bold.setFontName(FONT);
            bold.setFontHeightInPoints((short) 11);
            bold.setBold(true);
            bold.setCharSet(GB2312);

            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            thinBorders(header);
            CellStyle text = body(wb, normal);
            text.setWrapText(true);
            CellStyle number = body(wb, normal);
            CellStyle date = body(wb, normal);
            date.setDataFormat(wb.createDataFormat().getFormat(english ? DATE_FORMAT_EN : DATE_FORMAT_ZH));
            date.setAlignment(HorizontalAlignment.LEFT);
            CellStyle bool = body(wb, normal);
            bool.setAlignment(HorizontalAlignment.CENTER);
            int dateWidth = english ? 12 : 15;

            Sheet sheet = wb.createSheet(sheetName);
            int columns = headers.size();
            int[] widths = new int[columns];
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = head.createCell(c);
                String h = headers.get(c) == null ? "" : headers.get(c);
                cell.setCellValue(h);
                cell.setCellStyle(header);
                widths[c] = displayWidth(h) + 3; // room for the filter button
            }
            long total = rows.size();
            int r = 0;
            for (List<Object> values : rows) {
                if (progress.cancelled()) {
                    throw new Cancelled();
                }
                Row row = sheet.createRow(++r);
                for (int c = 0; c < Math.min(columns, values.size()); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    int w;
                    if (v == null) {
                        cell.setCellStyle(text);
                        w = 0;
                    } else if (v instanceof Number n) {
                        double d = n instanceof BigInteger || n instanceof BigDecimal ? new BigDecimal(n.toString()).doubleValue()
                                : n.doubleValue();
                        if (Double.isNaN(d) || Double.isInfinite(d)) {
                            cell.setBlank();
                        } else {
                            cell.setCellValue(d);
                        }
                        cell.setCellStyle(number);
                        w = csvText(v).length();
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                        w = dateWidth;
                    } else if (v instanceof LocalDateTime d) {
                        cell.setCellValue(d.toLocalDate());
                        cell.setCellStyle(date);
                        w = dateWidth;
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                        cell.setCellStyle(bool);
                        w = 6;
                    } else {
                        String s = v.toString();
                        if (s.length() > MAX_CELL_TEXT) {
                            s = s.substring(0, MAX_CELL_TEXT);
                        }
                        cell.setCellValue(s);
                        cell.setCellStyle(text);
                        w = displayWidth(s.length() > 400 ? s.substring(0, 400) : s);
                    }
                    widths[c] = Math.max(widths[c], w + 1);
                }
                for (int c = values.size(); c < columns; c++) {
                    row.createCell(c).setCellStyle(text);
                }
                if (r % 256 == 0 || r == total) {
                    progress.update(r, total);
                }
            }
            if (total == 0) {
                progress.update(0, 0);
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])) * 256);
            }
            if (columns > 0) {
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 0), 0, columns - 1));
                sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            }
            PageSetup.landscapeOnePageWide(sheet, PrintSetup.A4_PAPERSIZE);
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            wb.write(out);
        } finally {
            wb.close(); // also deletes SXSSF's own temporary files
        }
    }

    private static CellStyle body(SXSSFWorkbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        thinBorders(s);
        return s;
    }

    private static void thinBorders(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
