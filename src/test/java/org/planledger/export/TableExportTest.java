package org.planledger.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;

class TableExportTest {

    private static final List<String> HEADERS = List.of("序号", "重点任务", "完成时限", "权重", "已完成");

    @TempDir
    Path dir;

    private static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(1, "推进大气污染综合治理，\"清洁取暖\"改造", LocalDate.of(2023, 12, 31), 2.5, true));
        rows.add(Arrays.asList(2, "第一行\n第二行, 带逗号", LocalDate.of(2021, 1, 5), 10L, false));
        rows.add(Arrays.asList(3, null, null, null, null));
        return rows;
    }

    @Test
    void xlsxReadsBackWithTypedCellsFrozenHeaderAndFilter() throws Exception {
        Path file = dir.resolve("期限.xlsx");
        ExportResult result = TableExport.xlsx("期限", HEADERS, rows(), false, file, ExportProgress.NONE);
        assertEquals(file.toAbsolutePath().normalize(), result.file());
        assertEquals(List.of("期限"), result.sheets());
        assertEquals(3, result.rows());
        assertEquals(Files.size(file), result.bytes());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet sheet = wb.getSheet("期限");
            assertNotNull(sheet);
            for (int c = 0; c < HEADERS.size(); c++) {
                XSSFCell h = sheet.getRow(0).getCell(c);
                assertEquals(HEADERS.get(c), h.getStringCellValue());
                assertTrue(h.getCellStyle().getFont().getBold(), "header bold");
                assertEquals(TableExport.FONT, h.getCellStyle().getFont().getFontName());
            }
            assertEquals(3, sheet.getLastRowNum()); // header (0) + 3 rows
            XSSFCell date = sheet.getRow(1).getCell(2);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date), "a real date cell");
            assertEquals(TableExport.DATE_FORMAT_ZH, date.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2023, 12, 31), date.getLocalDateTimeCellValue().toLocalDate());
            XSSFCell number = sheet.getRow(1).getCell(3);
            assertEquals(CellType.NUMERIC, number.getCellType());
            assertEquals(2.5, number.getNumericCellValue());
            assertFalse(DateUtil.isCellDateFormatted(number));
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(0).getCellType());
            assertEquals(CellType.BOOLEAN, sheet.getRow(1).getCell(4).getCellType());
            assertEquals("第一行\n第二行, 带逗号", sheet.getRow(2).getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(1).getCellStyle().getWrapText());
            assertEquals(TableExport.FONT, sheet.getRow(1).getCell(1).getCellStyle().getFont().getFontName());
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "frozen header");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
            assertEquals("A1:E4", sheet.getCTWorksheet().getAutoFilter().getRef());
            // CJK aware widths: the long Chinese task column is wider than the number column
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0) * 2);
        }
        assertNoTemporaryFiles();
    }

    @Test
    void englishDatesUseAnEnglishFormat() throws Exception {
        Path file = dir.resolve("deadlines.xlsx");
        TableExport.xlsx("Deadlines", HEADERS, rows(), true, file, ExportProgress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(TableExport.DATE_FORMAT_EN, wb.getSheetAt(0).getRow(1).getCell(2).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void csvStartsWithBomUsesCrlfAndParsesBack() throws Exception {
        Path file = dir.resolve("期限.csv");
        ExportResult result = TableExport.csv(HEADERS, rows(), file, ExportProgress.NONE);
        assertEquals(3, result.rows());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("序号,重点任务,完成时限,权重,已完成\r\n"), text);
        List<List<String>> parsed = parseCsv(text);
        assertEquals(4, parsed.size());
        assertEquals(List.of("1", "推进大气污染综合治理，\"清洁取暖\"改造", "2023-12-31", "2.5", "TRUE"), parsed.get(1));
        assertEquals(List.of("2", "第一行\n第二行, 带逗号", "2021-01-05", "10", "FALSE"), parsed.get(2));
        assertEquals(List.of("3", "", "", "", ""), parsed.get(3));
        assertNoTemporaryFiles();
    }

    @Test
    void aFolderAsTargetIsAClearProblemAndLeavesNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("期限.xlsx"));
        ExportException e = assertThrows(ExportException.class,
                () -> TableExport.xlsx("期限", HEADERS, rows(), false, folder, ExportProgress.NONE));
        assertEquals("export.error.isDirectory", e.problem().key());
        String message = Messages.chinese().format(e.problem());
        assertTrue(message.contains(folder.toAbsolutePath().toString()), message);
        assertTrue(Files.isDirectory(folder));
        ExportException c = assertThrows(ExportException.class,
                () -> TableExport.csv(HEADERS, rows(), folder, ExportProgress.NONE));
        assertEquals("export.error.isDirectory", c.problem().key());
        assertNoTemporaryFiles();
    }

    /** A killed export leaves its hidden temporary file; the next export of that file removes it, never the file itself. */
    @Test
    void theNextExportRemovesWhatAKilledExportLeft() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path file = dir.resolve("期限.csv");
        Files.writeString(file, "上次导出的表");
        Path older = Files.write(dir.resolve(".期限.csv.123456789.tmp"), new byte[4096]);
        Path killed = Files.write(dir.resolve(".期限.csv.p" + ended.pid() + "-42.tmp"), new byte[4096]);
        Path running = Files.write(dir.resolve(".期限.csv.p" + ProcessHandle.current().parent().orElseThrow().pid()
                + "-43.tmp"), new byte[10]);

        TableExport.csv(HEADERS, rows(), file, ExportProgress.NONE);

        assertFalse(Files.exists(older), "an older version's leftover");
        assertFalse(Files.exists(killed), "a killed export's leftover");
        assertTrue(Files.exists(running), "what a running export writes");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("序号"), "the new table");
    }

    @Test
    void aMissingFolderIsAClearProblem() {
        Path file = dir.resolve("不存在").resolve("期限.xlsx");
        ExportException e = assertThrows(ExportException.class,
                () -> TableExport.csv(HEADERS, rows(), file, ExportProgress.NONE));
        assertEquals("export.error.notWritable", e.problem().key());
        assertFalse(Files.exists(file));
        assertTrue(Messages.forLanguage("en").format(e.problem()).contains("期限.xlsx"));
    }

    @Test
    void cancellingLeavesTheTargetUntouched() throws Exception {
        Path xlsx = dir.resolve("期限.xlsx");
        Path csv = dir.resolve("期限.csv");
        Files.writeString(csv, "old");
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(List.of(i, "任务" + i, LocalDate.of(2023, 1, 1).plusDays(i % 300), 1, true));
        }
        for (boolean asCsv : List.of(false, true)) {
            ExportProgress cancelHalfway = new ExportProgress() {
                long seen;

                @Override
                public void update(long done, long total) {
                    seen = done;
                }

                @Override
                public boolean cancelled() {
                    return seen >= 512;
                }
            };
            ExportException e = assertThrows(ExportException.class, () -> {
                if (asCsv) {
                    TableExport.csv(HEADERS, many, csv, cancelHalfway);
                } else {
                    TableExport.xlsx("期限", HEADERS, many, false, xlsx, cancelHalfway);
                }
            });
            assertEquals("export.cancelled", e.problem().key());
        }
        assertFalse(Files.exists(xlsx));
        assertEquals("old", Files.readString(csv));
        assertNoTemporaryFiles();
    }

    @Test
    void progressReachesTheEnd() {
        long[] last = {-1, -1};
        ExportProgress p = new ExportProgress() {
            @Override
            public void update(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        TableExport.xlsx("期限", HEADERS, rows(), false, dir.resolve("a.xlsx"), p);
        assertArrayEquals(new long[] {3, 3}, last);
    }

    @Test
    void widthCountsChineseAsTwo() {
        assertEquals(4, TableExport.displayWidth("ab中"));
        assertEquals(6, TableExport.displayWidth("第一行\nab"));
        assertEquals("\"a,b\"", TableExport.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TableExport.csvField("say \"hi\""));
        assertEquals("2023-12-31", TableExport.csvField(LocalDate.of(2023, 12, 31)));
        assertEquals("10000000", TableExport.csvField(1.0e7));
    }

    private void assertNoTemporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> left = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertTrue(left.isEmpty(), "temporary files left: " + left);
        }
    }

    /** A small RFC 4180 reader, independent of the writer. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
