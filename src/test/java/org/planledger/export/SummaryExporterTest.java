package org.planledger.export;

import org.planledger.testing.TestLedger;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Department;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Rollup;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;

/** The summary workbook read back with POI: sheets, headers, rows, styles, print setup, counts, safety. */
@BothBackends
class SummaryExporterTest {

    @Parameter
    Backend backend;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

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

    private ExportResult export(SummaryOptions o, Path target) {
        try (Ledger l = ledgerFile.open()) {
            return new SummaryExporter(l, CLOCK).write(o, target, ExportProgress.NONE);
        }
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static XSSFRow rowOf(XSSFSheet sh, int column, String value) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            XSSFRow row = sh.getRow(r);
            if (row != null && row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private static String text(XSSFRow row, int col) {
        return row.getCell(col).getStringCellValue();
    }

    @Test
    void theWorkbookHasItsSheetsColumnsRowsAndLook() throws Exception {
        Path file = dir.resolve("汇总.xlsx");
        ExportResult result = export(SummaryOptions.wholePlan(planId, TODAY), file);
        assertEquals(List.of("总览", "台账", "按部门", "逾期清单", "指标"), result.sheets());
        assertTrue(result.rows() > 164, "rows: " + result.rows());
        try (XSSFWorkbook wb = read(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(result.sheets(), names);

            XSSFSheet ledger = wb.getSheet("台账");
            XSSFRow header = ledger.getRow(2);
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < 14; i++) {
                headers.add(text(header, i));
            }
            assertEquals(List.of("序号", "章节", "重点任务", "具体措施/节点", "牵头单位", "配合单位", "完成时限", "进展情况",
                    "存在问题", "下步计划", "状态", "灯色", "佐证材料", "备注"), headers);

            XSSFRow task = rowOf(ledger, 1, "5.3.6");
            assertNotNull(task, "5.3.6's row");
            ItemLight light;
            List<String> measures;
            try (Ledger l = ledgerFile.open()) {
                light = l.progress(CLOCK).lights(planId, TODAY).stream()
                        .filter(il -> il.item().code().equals("5.3.6") && !il.item().isMilestone()).findFirst().orElseThrow();
                measures = l.plans().task(light.item().key().taskId()).measures();
            }
            assertTrue(!measures.isEmpty() && text(task, 3).contains(measures.get(measures.size() - 1)),
                    "具体措施 holds the task's measures: " + text(task, 3));
            assertEquals(light.item().leadName(), text(task, 4));
            XSSFCell due = task.getCell(6);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals(light.item().due(), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy\"年\"m\"月\"d\"日\"", due.getCellStyle().getDataFormatString());
            assertEquals("未启动", text(task, 10));
            assertEquals("红灯", text(task, 11));
            assertEquals(Light.RED, light.verdict().light());
            XSSFCellStyle red = task.getCell(11).getCellStyle();
            assertEquals("D23B2A", red.getFillForegroundColorColor().getARGBHex().substring(2));
            assertEquals("宋体", red.getFont().getFontName());
            assertEquals("宋体", task.getCell(2).getCellStyle().getFont().getFontName());
            assertTrue(task.getCell(2).getCellStyle().getWrapText());

            // chapter and section rows are merged headings across all 14 columns
            XSSFRow chapter5 = null;
            for (int r = 3; r <= ledger.getLastRowNum() && chapter5 == null; r++) {
                XSSFRow row = ledger.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().startsWith("第5章")) {
                    chapter5 = row;
                }
            }
            assertNotNull(chapter5);
            int chapterRow = chapter5.getRowNum();
            assertTrue(ledger.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == chapterRow
                    && m.getFirstColumn() == 0 && m.getLastColumn() == 13), "chapter row merged");
            XSSFRow section53 = rowOf(ledger, 0, ledger.getRow(task.getRowNum()).getCell(1).getStringCellValue()
                    .substring(0, 3) + "　" + sectionTitle("5.3.6"));
            assertNotNull(section53, "section 5.3 heading");
            assertTrue(ledger.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == section53.getRowNum()
                    && m.getLastColumn() == 13));

            // frozen header, autofilter, A3 landscape, repeated rows, page numbers
            assertEquals(3, ledger.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(ledger.getPaneInformation().isFreezePane());
            assertNotNull(ledger.getCTWorksheet().getAutoFilter());
            assertEquals("A3:N" + (ledger.getLastRowNum() + 1), ledger.getCTWorksheet().getAutoFilter().getRef());
            PrintSetup ps = ledger.getPrintSetup();
            assertEquals(PrintSetup.A3_PAPERSIZE, ps.getPaperSize());
            assertTrue(ps.getLandscape());
            assertEquals(CellRangeAddress.valueOf("$3:$3").formatAsString(), ledger.getRepeatingRows().formatAsString());
            assertTrue(ledger.getFooter().getCenter().contains("&P"));

            // 按部门: the lead's group holds 5.3.6
            XSSFSheet byDept = wb.getSheet("按部门");
            assertNotNull(rowOf(byDept, 1, "5.3.6"));
            assertTrue(text(byDept.getRow(3), 0).startsWith(""));

            // 逾期清单: 5.3.6 is late, with its lead, due date and days late
            XSSFSheet late = wb.getSheet("逾期清单");
            XSSFRow lateRow = rowOf(late, 1, "5.3.6");
            assertNotNull(lateRow);
            assertEquals(light.item().leadName(), text(lateRow, 3));
            assertTrue(DateUtil.isCellDateFormatted(lateRow.getCell(4)));
            LocalDate lateDue = lateRow.getCell(4).getLocalDateTimeCellValue().toLocalDate();
            assertTrue(lateDue.isBefore(TODAY));
            assertEquals(java.time.temporal.ChronoUnit.DAYS.between(lateDue, TODAY),
                    (long) lateRow.getCell(5).getNumericCellValue());

            // 指标: 20 indicators with baseline, target and an evaluation
            XSSFSheet ind = wb.getSheet("指标");
            assertEquals("基期值", text(ind.getRow(1), 4));
            assertEquals(20, ind.getLastRowNum() - 1);
            assertEquals(1.0, ind.getRow(2).getCell(0).getNumericCellValue());

            // 总览: one page
            XSSFSheet overview = wb.getSheet("总览");
            assertTrue(overview.getFitToPage());
            assertEquals(1, overview.getPrintSetup().getFitHeight());
            assertEquals(1, overview.getPrintSetup().getFitWidth());
        }
    }

    private String sectionTitle(String code) {
        try (Ledger l = ledgerFile.open()) {
            var in = l.rollup(CLOCK).input(planId, TODAY);
            long taskId = in.items().stream().filter(il -> il.item().code().equals(code)).findFirst().orElseThrow()
                    .item().key().taskId();
            return in.places().get(taskId).sectionTitle();
        }
    }

    /** The light counts and status counts of 总览, under their headings. */
    private static int[] overviewCounts(XSSFWorkbook wb) {
        XSSFSheet o = wb.getSheet("总览");
        XSSFRow lights = rowOf(o, 2, "红灯");
        XSSFRow statuses = rowOf(o, 2, "未启动");
        int[] counts = new int[4 + 7 + 1];
        for (int i = 0; i < 4; i++) {
            counts[i] = (int) o.getRow(lights.getRowNum() + 1).getCell(2 + i).getNumericCellValue();
        }
        for (int i = 0; i < 7; i++) {
            counts[4 + i] = (int) o.getRow(statuses.getRowNum() + 1).getCell(2 + i).getNumericCellValue();
        }
        counts[11] = (int) o.getRow(lights.getRowNum() + 1).getCell(6).getNumericCellValue();
        return counts;
    }

    private int[] rollupCounts() {
        try (Ledger l = ledgerFile.open()) {
            OutlineRollup r = Rollup.byOutline(l.rollup(CLOCK).input(planId, TODAY));
            int[] counts = new int[12];
            for (Light light : Light.values()) {
                counts[light.ordinal()] = r.plan().light(light).count();
            }
            for (TaskStatus s : TaskStatus.values()) {
                counts[4 + s.ordinal()] = r.plan().status(s).count();
            }
            counts[11] = r.plan().all().count();
            return counts;
        }
    }

    @Test
    void theOverviewCountsAreTheRollupsAndMoveWhenATaskIsClosedOut() throws Exception {
        Path before = dir.resolve("before.xlsx");
        export(SummaryOptions.wholePlan(planId, TODAY), before);
        int[] expected = rollupCounts();
        try (XSSFWorkbook wb = read(before)) {
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(overviewCounts(wb)));
        }
        assertEquals(129, expected[11]);
        Path evidence = Files.writeString(dir.resolve("验收.txt"), "验收意见");
        try (Ledger l = ledgerFile.open()) {
            var progress = l.progress(CLOCK);
            var item = progress.lights(planId, TODAY).stream()
                    .filter(il -> il.item().code().equals("5.3.6") && !il.item().isMilestone()).findFirst().orElseThrow()
                    .item();
            progress.requestCloseOut(item.key(), item.leadId(), TODAY, "完成", List.of(new EvidenceFile(evidence)));
            progress.acceptCloseOut(item.key(), TODAY, "");
        }
        Path after = dir.resolve("after.xlsx");
        export(SummaryOptions.wholePlan(planId, TODAY), after);
        int[] moved = rollupCounts();
        assertEquals(expected[4 + TaskStatus.CLOSED.ordinal()] + 1, moved[4 + TaskStatus.CLOSED.ordinal()]);
        try (XSSFWorkbook wb = read(after)) {
            assertEquals(java.util.Arrays.toString(moved), java.util.Arrays.toString(overviewCounts(wb)));
            XSSFRow task = rowOf(wb.getSheet("台账"), 1, "5.3.6");
            assertEquals("已销号", text(task, 10));
            assertEquals("绿灯", text(task, 11));
            assertEquals("验收.txt", text(task, 12));
        }
    }

    @Test
    void englishHeadersAndOneDepartment() throws Exception {
        Department dept;
        try (Ledger l = ledgerFile.open()) {
            String lead = l.progress(CLOCK).lights(planId, TODAY).stream()
                    .filter(il -> il.item().code().equals("5.3.6")).findFirst().orElseThrow().item().leadName();
            dept = l.departments().all().stream().filter(d -> d.name().equals(lead)).findFirst().orElseThrow();
        }
        Path file = dir.resolve("en.xlsx");
        ExportResult r = export(new SummaryOptions(planId, dept.id(), null, TODAY, true, true), file);
        assertEquals("Overview", r.sheets().get(0));
        assertEquals("Ledger", r.sheets().get(1));
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet ledger = wb.getSheet("Ledger");
            assertEquals("No.", text(ledger.getRow(2), 0));
            assertEquals("Lead", text(ledger.getRow(2), 4));
            assertEquals("Light", text(ledger.getRow(2), 11));
            for (int row = 3; row <= ledger.getLastRowNum(); row++) {
                XSSFRow x = ledger.getRow(row);
                if (x.getCell(4) != null && x.getCell(1).getCellType() == CellType.STRING
                        && !x.getCell(1).getStringCellValue().isEmpty()) {
                    String lead = text(x, 4);
                    String coop = text(x, 5);
                    assertTrue(lead.equals(dept.name()) || coop.contains(dept.name()), "row " + row + ": " + lead);
                }
            }
            assertNotNull(rowOf(ledger, 1, "5.3.6"));
            // one sheet per department: only this one
            assertEquals(5, wb.getNumberOfSheets());
            assertEquals(dept.name().length() > 31 ? dept.name().substring(0, 31) : dept.name(), wb.getSheetName(2));
        }
    }

    @Test
    void anUnwritableTargetIsRefusedAndLeavesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("已存在的文件夹.xlsx"));
        ExportException e = assertThrows(ExportException.class,
                () -> export(SummaryOptions.wholePlan(planId, TODAY), folder));
        assertEquals("export.error.isDirectory", e.problem().key());
        assertTrue(org.planledger.i18n.Messages.chinese().format(e.problem()).contains("已存在的文件夹.xlsx"));

        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        assertTrue(readOnly.toFile().setWritable(false, false));
        try {
            if (!Files.isWritable(readOnly)) { // root may write anyway
                Path target = readOnly.resolve("x.xlsx");
                ExportException e2 = assertThrows(ExportException.class,
                        () -> export(SummaryOptions.wholePlan(planId, TODAY), target));
                assertEquals("export.error.notWritable", e2.problem().key());
                assertFalse(Files.exists(target));
            }
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
        Path missing = dir.resolve("no-such-folder").resolve("x.xlsx");
        assertThrows(ExportException.class, () -> export(SummaryOptions.wholePlan(planId, TODAY), missing));
        assertFalse(Files.exists(missing));
    }

    @Test
    void aCancelledExportLeavesTheTargetUntouched() throws Exception {
        Path target = Files.writeString(dir.resolve("old.xlsx"), "the previous file");
        long[] seen = {0};
        ExportProgress cancelAfterFirst = new ExportProgress() {
            @Override
            public void update(long done, long total) {
                seen[0] = Math.max(seen[0], total);
            }

            @Override
            public boolean cancelled() {
                return seen[0] > 0;
            }
        };
        ExportException e;
        try (Ledger l = ledgerFile.open()) {
            e = assertThrows(ExportException.class, () -> new SummaryExporter(l, CLOCK)
                    .write(SummaryOptions.wholePlan(planId, TODAY), target, cancelAfterFirst));
        }
        assertEquals("export.cancelled", e.problem().key());
        assertEquals("the previous file", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temp file deleted");
        }
    }

    @Test
    void progressIsReportedUpToTheTotal() {
        List<long[]> calls = new ArrayList<>();
        ExportResult result;
        try (Ledger l = ledgerFile.open()) {
            result = new SummaryExporter(l, CLOCK).write(SummaryOptions.wholePlan(planId, TODAY), dir.resolve("p.xlsx"),
                    new ExportProgress() {
                        @Override
                        public void update(long done, long total) {
                            calls.add(new long[] {done, total});
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    });
        }
        assertTrue(calls.size() >= 2);
        long[] last = calls.get(calls.size() - 1);
        assertEquals(last[1], last[0]);
        // the total counts 按部门's rows too (an item once per department): never past 100 %
        assertEquals(result.rows(), last[1]);
        assertTrue(calls.stream().allMatch(c -> c[0] <= c[1] && c[1] == last[1]));
    }

    @Test
    void aChapterOfItsOwn() throws Exception {
        Path file = dir.resolve("ch5.xlsx");
        export(new SummaryOptions(planId, null, 5, TODAY, false, false), file);
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet ledger = wb.getSheet("台账");
            for (int row = 3; row <= ledger.getLastRowNum(); row++) {
                String code = text(ledger.getRow(row), 1);
                assertTrue(code.isEmpty() || code.startsWith("5."), code);
            }
        }
        assertThrows(ExportException.class, () -> export(new SummaryOptions(planId, null, 99, TODAY, false, false),
                dir.resolve("ch99.xlsx")));
        assertFalse(Files.exists(dir.resolve("ch99.xlsx")));
    }
}
