package org.planledger.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Filled-in workbooks from hostile or broken sources, previewed and merged: cells of every type
 * (formulas, huge text, dates, errors, booleans), rows and sheets deleted, the hidden sheet
 * unhidden, renamed or emptied, check codes and ids altered, and the file's bytes or its XML
 * parts damaged. The import ends in a merge with per-row refusals or a worded refusal of the
 * file, and a refused file changes nothing.
 *
 * <p>Default tries are small for {@code mvn verify}; {@code -Djqwik.tries.default=2000} runs more.
 */
@AddLifecycleHook(FuzzKit.Tries.class)
class WorkbookHostileInputProperties {

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(12)
    void editedInExcel(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        ReportHostileInputProperties.check(dir -> {
            try {
                return FuzzKit.editWorkbook(t.workbook(), dir.resolve("edited.xlsx"), wb -> edit(wb, random));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(10)
    void damagedBytes(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = random.nextInt(5) == 0 ? FuzzKit.randomBytes(random)
                : FuzzKit.mutateBytes(FuzzKit.read(t.workbook()), random);
        ReportHostileInputProperties.check(dir -> FuzzKit.write(dir, "damaged.xlsx", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(10)
    void damagedParts(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        List<Map.Entry<String, byte[]>> parts = new ArrayList<>();
        for (Map.Entry<String, byte[]> p : ExchangeFixture.parts(t.workbook()).entrySet()) {
            parts.add(Map.entry(p.getKey(), p.getValue()));
        }
        int at = random.nextInt(parts.size());
        Map.Entry<String, byte[]> p = parts.get(at);
        switch (random.nextInt(4)) {
            case 0 -> parts.remove(at);
            case 1 -> parts.set(at, Map.entry(p.getKey(), FuzzKit.mutateBytes(p.getValue(), random)));
            case 2 -> parts.set(at, Map.entry(p.getKey(), xmlEdit(new String(p.getValue(), StandardCharsets.UTF_8), random)));
            default -> parts.add(Map.entry(p.getKey(), p.getValue()));
        }
        byte[] bytes = FuzzKit.zip(parts, random.nextBoolean());
        ReportHostileInputProperties.check(dir -> FuzzKit.write(dir, "parts.xlsx", bytes));
    }

    /** Small edits of the XML that keep it XML, or nearly: values typed wrong, attributes changed. */
    private static byte[] xmlEdit(String xml, Random r) {
        String[][] swaps = {{"t=\"s\"", "t=\"n\""}, {"t=\"s\"", "t=\"e\""}, {"t=\"s\"", "t=\"b\""}, {"<v>", "<v>x"},
                {"<v>", "<v>1e999"}, {"<v>", "<v>-"}, {"state=\"veryHidden\"", ""}, {"r=\"", "r=\"ZZZ"},
                {"<sheet ", "<sheet name=\"x\" "}, {"<row ", "<row r=\"1048577\" "}, {"<si>", "<si><t>"},
                {"<c ", "<c t=\"str\" "}, {"<f>", "<f>1/0"}, {"<sheetData>", "<sheetData><row r=\"0\"/>"}};
        String[] s = swaps[r.nextInt(swaps.length)];
        String out = r.nextBoolean() ? xml.replaceFirst(java.util.regex.Pattern.quote(s[0]), s[1]) : xml.replace(s[0], s[1]);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void edit(XSSFWorkbook wb, Random r) {
        int rounds = 1 + r.nextInt(6);
        for (int i = 0; i < rounds; i++) {
            try {
                editOnce(wb, r);
            } catch (IllegalArgumentException | IllegalStateException refusedByPoi) {
                // an edit Excel would not allow either (a sheet name taken, a formula it cannot parse)
            }
        }
    }

    private static void editOnce(XSSFWorkbook wb, Random r) {
        {
            Sheet sheet = wb.getSheetAt(r.nextInt(4) == 0 && wb.getNumberOfSheets() > 1 ? 1 : 0);
            switch (r.nextInt(9)) {
                case 0 -> {
                    if (wb.getNumberOfSheets() > 1 && r.nextBoolean()) {
                        wb.setSheetVisibility(1, SheetVisibility.VISIBLE);
                    } else {
                        wb.setSheetName(r.nextInt(wb.getNumberOfSheets()), "表" + r.nextInt(9));
                    }
                }
                case 1 -> {
                    if (r.nextInt(4) == 0) {
                        wb.removeSheetAt(r.nextInt(wb.getNumberOfSheets()));
                        if (wb.getNumberOfSheets() == 0) {
                            wb.createSheet("空");
                        }
                    } else {
                        wb.setSheetOrder(wb.getSheetName(wb.getNumberOfSheets() - 1), 0);
                    }
                }
                case 2 -> {
                    Row row = sheet.getRow(r.nextInt(Math.max(1, sheet.getLastRowNum() + 1)));
                    if (row != null) {
                        sheet.removeRow(row);
                    }
                }
                default -> {
                    Row row = randomRow(sheet, r);
                    int col = sheet == wb.getSheetAt(0) ? pickColumn(r) : r.nextInt(2);
                    Cell cell = row.getCell(col);
                    if (cell == null) {
                        cell = row.createCell(col);
                    }
                    setHostile(cell, r);
                }
            }
        }
    }

    private static Row randomRow(Sheet sheet, Random r) {
        int n = r.nextInt(10) == 0 ? r.nextInt(2000) : r.nextInt(Math.max(1, sheet.getLastRowNum() + 2));
        Row row = sheet.getRow(n);
        return row == null ? sheet.createRow(n) : row;
    }

    private static int pickColumn(Random r) {
        int[] cols = {FillInWorkbookExporter.PROGRESS, FillInWorkbookExporter.PROBLEMS, FillInWorkbookExporter.NEXT_STEPS,
                FillInWorkbookExporter.PERCENT, FillInWorkbookExporter.CLOSE_OUT, FillInWorkbookExporter.KEY,
                FillInWorkbookExporter.CODE, FillInWorkbookExporter.YEAR};
        return cols[r.nextInt(cols.length)];
    }

    private static void setHostile(Cell cell, Random r) {
        String old = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
        switch (r.nextInt(16)) {
            case 0 -> cell.setCellValue("长".repeat(1 + r.nextInt(32_000)));
            case 1 -> cell.setCellValue(r.nextBoolean() ? Double.MAX_VALUE : -1e300);
            case 2 -> cell.setCellValue(r.nextDouble() * 200 - 50);
            case 3 -> cell.setCellValue(LocalDateTime.of(2023, 2, 28, 0, 0).plusDays(r.nextInt(1000)));
            case 4 -> cell.setCellValue(r.nextBoolean());
            case 5 -> cell.setCellFormula(r.nextBoolean() ? "1/0" : "A1&B1");
            case 6 -> cell.setCellFormula("SUM(1,2)*" + r.nextInt(100));
            case 7 -> cell.setBlank();
            case 8 -> cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            case 9 -> cell.setCellValue(old.isEmpty() ? "1/2/3" : old.substring(0, old.length() - 1) + "0");
            case 10 -> cell.setCellValue(old.replaceFirst("^[0-9]+", String.valueOf(r.nextInt(100_000))));
            case 11 -> cell.setCellValue(r.nextBoolean() ? "是" : "YES");
            case 12 -> cell.setCellValue(FuzzKit.HOSTILE_DATES.get(r.nextInt(FuzzKit.HOSTILE_DATES.size())));
            case 13 -> cell.setCellValue(FuzzKit.HOSTILE_NAMES.get(r.nextInt(FuzzKit.HOSTILE_NAMES.size()))
                    .replace("\u0000", "").replace("\uD800", ""));
            case 14 -> cell.setCellValue(r.nextBoolean() ? "80%" : "１００％");
            default -> cell.setCellValue(String.valueOf(r.nextLong()));
        }
    }
}
