package org.planledger.export;

import org.planledger.testing.TestLedger;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemState;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;

/**
 * The summary workbook as it prints, read back with POI: what a manager holding the printed pages
 * would notice — the size of the body text on paper, where pages end, the page header, blank
 * cells, the 最近报送 column, and the compact 台账.
 */
@BothBackends
class SummaryPrintTest {

    @Parameter
    Backend backend;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    /** A3 landscape. */
    static final double PAGE_WIDTH = 420 / 25.4 * 72;
    static final double PAGE_HEIGHT = 297 / 25.4 * 72;

    @TempDir
    Path dir;
    TestLedger ledgerFile;
    long planId;

    @BeforeEach
    void seed() {
        ledgerFile = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        try (Ledger l = ledgerFile.open()) {
            planId = l.plans().plans().get(0).id();
        }
    }

    private XSSFWorkbook export(SummaryOptions o) throws Exception {
        Path file = dir.resolve("s-" + System.nanoTime() + ".xlsx");
        try (Ledger l = ledgerFile.open()) {
            new SummaryExporter(l, CLOCK).write(o, file, ExportProgress.NONE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The size the body text has on paper: its font size times the scale the sheet prints at. */
    private static double printedBodyPoints(XSSFSheet sh, Row bodyRow) {
        double font = sh.getWorkbook().getFontAt(bodyRow.getCell(2).getCellStyle().getFontIndex()).getFontHeight()
                / 20.0;
        double columns = 0;
        for (int i = 0; i < 14; i++) {
            columns += sh.getColumnWidthInPixels(i) * 0.75;
        }
        double printable = PAGE_WIDTH - (sh.getMargin(Sheet.LeftMargin) + sh.getMargin(Sheet.RightMargin)) * 72;
        double scale;
        if (sh.getFitToPage()) {
            // fit to one page wide shrinks the sheet as far as its columns need
            scale = Math.min(1, printable / columns);
        } else {
            assertTrue(columns <= printable, "the columns (" + columns + " pt) fit the page (" + printable + " pt)");
            scale = sh.getPrintSetup().getScale() / 100.0;
        }
        return font * scale;
    }

    private static boolean isTaskRow(Row row) {
        return row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC;
    }

    private static boolean isHeading(Row row) {
        return row != null && row.getRowNum() > 2 && row.getCell(1) != null
                && row.getCell(0).getCellType() == CellType.STRING && row.getCell(1).getCellType() == CellType.BLANK;
    }

    @Test
    void theLedgerBodyPrintsAtWuHaoOnA3AndEveryPageHoldsItsRows() throws Exception {
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            for (String name : List.of("台账", "按部门")) {
                XSSFSheet sh = wb.getSheet(name);
                PrintSetup ps = sh.getPrintSetup();
                assertEquals(PrintSetup.A3_PAPERSIZE, ps.getPaperSize(), name);
                assertTrue(ps.getLandscape(), name);
                // Excel ignores manual page breaks on a sheet scaled to fit: 100 % and breaks of our own
                assertFalse(sh.getFitToPage(), name);
                assertEquals(100, ps.getScale(), name);
                XSSFRow task = null;
                for (Row r : sh) {
                    if (isTaskRow(r)) {
                        task = (XSSFRow) r;
                        break;
                    }
                }
                assertNotNull(task, name);
                assertTrue(printedBodyPoints(sh, task) >= 10.5, name + " body prints at " + printedBodyPoints(sh, task));

                // the rows between two breaks fit the page below the repeated header, so no program
                // needs a break of its own (which could leave a heading alone at the foot of a page)
                double rows = PAGE_HEIGHT - (sh.getMargin(Sheet.TopMargin) + sh.getMargin(Sheet.BottomMargin)) * 72;
                double header = sh.getRow(2).getHeightInPoints();
                Set<Integer> breaks = new TreeSet<>();
                Arrays.stream(sh.getRowBreaks()).forEach(breaks::add);
                assertFalse(breaks.isEmpty(), name);
                double used = 0;
                for (int r = 0; r <= sh.getLastRowNum(); r++) {
                    used += sh.getRow(r).getHeightInPoints();
                    assertTrue(used <= rows, name + ": the page ending at row " + (r + 1) + " holds " + used + " pt of "
                            + rows);
                    if (breaks.contains(r)) {
                        used = header;
                    }
                }
            }
        }
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheFootOfAPageAndEachDepartmentStartsOne() throws Exception {
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            for (String name : List.of("台账", "按部门")) {
                XSSFSheet sh = wb.getSheet(name);
                for (int b : sh.getRowBreaks()) {
                    assertFalse(isHeading(sh.getRow(b)), () -> name + ": page ends with a heading at row " + (b + 1)
                            + ": " + sh.getRow(b).getCell(0).getStringCellValue());
                    assertTrue(isTaskRow(sh.getRow(b)) || sh.getRow(b).getCell(3).getCellType() == CellType.STRING,
                            name + ": page ends with a task or milestone, row " + (b + 1));
                }
            }
            XSSFSheet byDepartment = wb.getSheet("按部门");
            Set<Integer> breaks = new TreeSet<>();
            Arrays.stream(byDepartment.getRowBreaks()).forEach(breaks::add);
            List<Integer> departments = new ArrayList<>();
            for (Row r : byDepartment) {
                if (isHeading(r) && r.getCell(0).getStringCellValue().contains("（重点任务")) {
                    departments.add(r.getRowNum());
                }
            }
            assertTrue(departments.size() > 10, "departments: " + departments.size());
            assertEquals(3, departments.get(0), "the first department follows the column header");
            for (int d : departments.subList(1, departments.size())) {
                assertTrue(breaks.contains(d - 1), "a new page before the department at row " + (d + 1) + ": "
                        + byDepartment.getRow(d).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void laterPagesRepeatTheColumnsUnderAHeaderWithThePlanAndTheDayAndAreNumbered() throws Exception {
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            String plan = wb.getSheet("台账").getRow(0).getCell(0).getStringCellValue().replace("重点任务台账", "");
            for (String name : List.of("台账", "按部门", "逾期清单", "指标")) {
                XSSFSheet sh = wb.getSheet(name);
                assertTrue(sh.getHeaderFooterProperties().getDifferentFirst(), name);
                assertEquals(plan, sh.getOddHeader().getLeft(), name);
                assertEquals("截至2026年11月29日", sh.getOddHeader().getRight(), name);
                assertEquals("", sh.getFirstHeader().getLeft() + sh.getFirstHeader().getRight(),
                        name + ": the first page has the title instead");
                assertEquals("第 &P 页，共 &N 页", sh.getOddFooter().getCenter(), name);
                assertEquals("第 &P 页，共 &N 页", sh.getFirstFooter().getCenter(), name);
                assertNotNull(sh.getRepeatingRows(), name);
            }
            assertEquals(CellRangeAddress.valueOf("$3:$3").formatAsString(),
                    wb.getSheet("台账").getRepeatingRows().formatAsString());
        }
    }

    @Test
    void nothingToSayLeavesACellBlankNeverAnEmptyText() throws Exception {
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            int blanks = 0;
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            assertFalse(c.getStringCellValue().isEmpty(),
                                    sh.getSheetName() + "!" + c.getAddress() + " holds \"\"");
                        } else if (c.getCellType() == CellType.BLANK) {
                            blanks++;
                        }
                    }
                }
            }
            assertTrue(blanks > 1000, "bordered empty cells stay, blank: " + blanks);
        }
    }

    @Test
    void lastReportedHoldsOnlyDatesAndNeverReportedIsSaidInWords() throws Exception {
        ItemState reported;
        LocalDate writtenOn = TODAY.minusDays(3);
        try (Ledger l = ledgerFile.open()) {
            var progress = l.progress(CLOCK);
            reported = progress.lights(planId, TODAY).stream()
                    .filter(il -> il.item().code().equals("5.3.6") && !il.item().isMilestone()).findFirst()
                    .orElseThrow().item();
            progress.addEntry(new NewEntry(ItemKey.task(reported.key().taskId()), reported.leadId(),
                    ReportingPeriod.containing(PeriodKind.MONTH, writtenOn), writtenOn, "已完成方案编制", null, null,
                    null, null, List.of()));
        }
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            XSSFSheet late = wb.getSheet("逾期清单");
            assertEquals("最近报送", late.getRow(1).getCell(7).getStringCellValue());
            int dates = 0;
            int never = 0;
            for (int r = 2; r <= late.getLastRowNum(); r++) {
                Cell last = late.getRow(r).getCell(7);
                if (last.getCellType() == CellType.NUMERIC) {
                    assertTrue(DateUtil.isCellDateFormatted(last));
                    assertEquals(SummaryExporter.DATE_FORMAT_ZH, last.getCellStyle().getDataFormatString());
                    assertEquals(writtenOn, last.getLocalDateTimeCellValue().toLocalDate());
                    assertEquals("5.3.6", late.getRow(r).getCell(1).getStringCellValue());
                    assertEquals("已完成方案编制", late.getRow(r).getCell(8).getStringCellValue());
                    dates++;
                } else {
                    assertEquals(CellType.BLANK, last.getCellType(), "row " + (r + 1) + " 最近报送");
                    assertEquals("未报送", late.getRow(r).getCell(8).getStringCellValue());
                    never++;
                }
            }
            assertEquals(1, dates);
            assertTrue(never > 100, "never reported: " + never);
        }
    }

    /** The rows of tasks (not milestones) and what their 具体措施/节点 cell holds. */
    private static List<Cell> taskMeasures(XSSFSheet sh) {
        List<Cell> cells = new ArrayList<>();
        for (Row r : sh) {
            if (isTaskRow(r)) {
                cells.add(r.getCell(3));
            }
        }
        return cells;
    }

    private static int milestoneRows(XSSFSheet sh) {
        int n = 0;
        for (Row r : sh) {
            if (r.getRowNum() > 2 && !isTaskRow(r) && !isHeading(r) && r.getCell(3) != null
                    && r.getCell(3).getCellType() == CellType.STRING) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theCompactLedgerListsTasksAndMilestonesWithoutMeasuresAndIsTheDefaultByDepartment() throws Exception {
        int fullPages;
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            XSSFSheet full = wb.getSheet("台账");
            fullPages = full.getRowBreaks().length + 1;
            assertTrue(taskMeasures(full).stream().allMatch(c -> c.getCellType() == CellType.STRING),
                    "台账 lists every task's measures by default");
            XSSFSheet byDepartment = wb.getSheet("按部门");
            assertTrue(taskMeasures(byDepartment).stream().allMatch(c -> c.getCellType() == CellType.BLANK),
                    "按部门 leaves the measures out by default");
            assertTrue(milestoneRows(byDepartment) > 0, "but lists the milestones");
            assertTrue(byDepartment.getRow(1).getCell(0).getStringCellValue().contains("不含具体措施"));
            assertFalse(full.getRow(1).getCell(0).getStringCellValue().contains("不含具体措施"));
        }
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY)
                .withDetail(LedgerDetail.COMPACT, LedgerDetail.FULL))) {
            XSSFSheet compact = wb.getSheet("台账");
            assertEquals(129, taskMeasures(compact).size(), "every task still has its row");
            assertTrue(taskMeasures(compact).stream().allMatch(c -> c.getCellType() == CellType.BLANK));
            assertTrue(milestoneRows(compact) > 0);
            assertTrue(taskMeasures(wb.getSheet("按部门")).stream().allMatch(c -> c.getCellType() == CellType.STRING));
            // the compact one is much shorter to print
            int compactPages = compact.getRowBreaks().length + 1;
            assertTrue(compactPages * 3 < fullPages * 2, "compact " + compactPages + " pages, full " + fullPages);
        }
    }

    @Test
    void theOverviewHeadersAreTallEnoughForTheirWordsAndTheSmallTablesUseTheEqualColumns() throws Exception {
        try (XSSFWorkbook wb = export(SummaryOptions.wholePlan(planId, TODAY))) {
            XSSFSheet o = wb.getSheet("总览");
            XSSFRow verdicts = null;
            XSSFRow lights = null;
            for (Row r : o) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("滞后于序时进度")) {
                        verdicts = (XSSFRow) r;
                    }
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("红灯") && lights == null) {
                        lights = (XSSFRow) r;
                    }
                }
            }
            assertNotNull(verdicts);
            // "滞后于序时进度" is wider than its column: it wraps, and its row is tall enough for two lines
            assertTrue(o.getColumnWidthInPixels(4) * 0.75 < 7 * 10.5);
            assertTrue(verdicts.getHeightInPoints() >= 2 * 10.5 * 1.2, "row height " + verdicts.getHeightInPoints());
            assertTrue(verdicts.getCell(4).getCellStyle().getWrapText());
            // the counts sit in C–I, all one width; A:B label the row
            assertNotNull(lights);
            assertTrue(lights.getCell(1) == null || lights.getCell(1).getCellType() == CellType.BLANK,
                    "column B holds no count");
            assertEquals("红灯", lights.getCell(2).getStringCellValue());
            for (int c = 3; c <= 8; c++) {
                assertEquals(o.getColumnWidth(2), o.getColumnWidth(c), "column " + c);
            }
            assertTrue(o.getColumnWidth(1) > 2 * o.getColumnWidth(2));
            // an empty row sets each section apart from the table above it
            for (Row r : o) {
                Cell c = r.getCell(0);
                if (r.getRowNum() > 4 && c != null && c.getCellType() == CellType.STRING
                        && c.getStringCellValue().matches("^[二三四五六]、.*")) {
                    Row above = o.getRow(r.getRowNum() - 1);
                    assertTrue(above == null || above.getPhysicalNumberOfCells() == 0, "space above " + c);
                }
            }
        }
    }
}
