package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;
import static org.planledger.exchange.ExchangeFixture.count;
import static org.planledger.exchange.ExchangeFixture.fingerprint;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.strings;
import static org.planledger.exchange.FillInWorkbookExporter.CLOSE_OUT;
import static org.planledger.exchange.FillInWorkbookExporter.CODE;
import static org.planledger.exchange.FillInWorkbookExporter.CONTENT;
import static org.planledger.exchange.FillInWorkbookExporter.DUE;
import static org.planledger.exchange.FillInWorkbookExporter.FIRST_ROW;
import static org.planledger.exchange.FillInWorkbookExporter.KEY;
import static org.planledger.exchange.FillInWorkbookExporter.LEAD;
import static org.planledger.exchange.FillInWorkbookExporter.NEXT_STEPS;
import static org.planledger.exchange.FillInWorkbookExporter.PERCENT;
import static org.planledger.exchange.FillInWorkbookExporter.PROBLEMS;
import static org.planledger.exchange.FillInWorkbookExporter.PROGRESS;
import static org.planledger.exchange.FillInWorkbookExporter.YEAR;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * The fill-in workbook on the shipped plan: the manager exports it for the lead of 5.3.6, the
 * department fills two rows in Excel (here: with POI), the manager previews and merges; the same
 * file twice adds nothing; altered keys, bad percents and foreign or broken files are refused.
 */
@BothBackends
class FillInWorkbookTest {

    @Parameter
    Backend backend;

    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;
    private Ledger master;
    private Path out;
    private long leadA;
    private String nameA;

    @BeforeEach
    void setUp() throws IOException {
        master = ExchangeFixture.master(backend, dir, "master.planledger").open();
        out = Files.createDirectories(dir.resolve("out"));
        leadA = lead(master, "5.3.6");
        nameA = strings(master, "SELECT name FROM department WHERE id = " + leadA).get(0);
    }

    @AfterEach
    void close() {
        master.close();
    }

    private FillInWorkbookExporter.Written export() {
        return new FillInWorkbookExporter(master, CLOCK).export(leadA, out, ZH);
    }

    @Test
    void theWorkbookLocksTheLedgerColumnsAndOpensTheProgressColumns() throws IOException {
        FillInWorkbookExporter.Written w = export();
        assertEquals(out.resolve(FillInWorkbookExporter.defaultFileName(nameA, TODAY)), w.file());
        assertEquals(nameA + "-填报表-2026-11-29.xlsx", w.file().getFileName().toString());
        assertEquals("2026年10月", w.periodLabel(), "the last closed month on 29 November, reports due by the 5th");
        long held = count(master, "SELECT count(*) FROM task t WHERE t.withdrawn = 0 AND (t.id IN (SELECT task_id FROM "
                + "task_assignment WHERE department_id = " + leadA + ") OR t.id IN (SELECT m.task_id FROM milestone m JOIN "
                + "milestone_lead l ON l.milestone_id = m.id WHERE l.department_id = " + leadA + "))");
        long milestones = count(master, "SELECT count(*) FROM milestone m JOIN task t ON t.id = m.task_id WHERE m.withdrawn = 0 "
                + "AND t.withdrawn = 0 AND (t.id IN (SELECT task_id FROM task_assignment WHERE department_id = " + leadA
                + ") OR m.id IN (SELECT milestone_id FROM milestone_lead WHERE department_id = " + leadA + "))");
        assertEquals(held + milestones, w.rows());

        try (XSSFWorkbook wb = open(w.file())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getProtect(), "the sheet is protected");
            assertTrue(wb.isStructureLocked());
            String title = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains(nameA) && title.contains("2026年10月"), title);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("白色单元格"));
            assertEquals("任务编号", sheet.getRow(FIRST_ROW - 1).getCell(CODE).getStringCellValue());
            assertEquals("申请销号", sheet.getRow(FIRST_ROW - 1).getCell(CLOSE_OUT).getStringCellValue());
            assertEquals(w.rows(), sheet.getLastRowNum() - FIRST_ROW + 1);
            assertTrue(sheet.isColumnHidden(KEY));
            assertEquals(2, sheet.getDataValidations().size(), "percent 0–100 and 是/否");

            Row task = row(sheet, "5.3.6", "");
            for (int col : new int[] {CODE, YEAR, CONTENT, LEAD, DUE}) {
                assertTrue(task.getCell(col).getCellStyle().getLocked(), "key column " + col + " locked");
            }
            for (int col : new int[] {PROGRESS, PROBLEMS, NEXT_STEPS, PERCENT, CLOSE_OUT}) {
                assertFalse(task.getCell(col).getCellStyle().getLocked(), "fill column " + col + " open");
            }
            Cell due = task.getCell(DUE);
            assertTrue(DateUtil.isCellDateFormatted(due), "a real date cell");
            assertEquals(LocalDate.of(2025, 12, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(due.getCellStyle().getDataFormatString().contains("年"), due.getCellStyle().getDataFormatString());
            assertEquals(nameA, task.getCell(LEAD).getStringCellValue());
            String[] key = task.getCell(KEY).getStringCellValue().split("/");
            assertEquals(String.valueOf(ExchangeFixture.task(master, "5.3.6")), key[0]);
            assertTrue(key[2].matches("[0-9a-f]{16,}"), key[2]);
            int others = 0;
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (!nameA.equals(row.getCell(LEAD).getStringCellValue())) {
                    others++;
                    assertTrue(row.getCell(CLOSE_OUT).getCellStyle().getLocked(), "no close-out on a row it does not lead");
                }
            }
            assertTrue(others > 0, "the department also cooperates on tasks led by others");

            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(1));
            XSSFSheet meta = wb.getSheet(FillInWorkbookExporter.META_SHEET);
            assertEquals(master.identity().ledgerId(), meta.getRow(1).getCell(1).getStringCellValue());
            assertEquals(String.valueOf(leadA), meta.getRow(2).getCell(1).getStringCellValue());
            assertEquals("2026-10", meta.getRow(3).getCell(1).getStringCellValue());
            assertFalse(meta.getRow(4).getCell(1).getStringCellValue().isBlank(), "a workbook id");
        }
        assertEquals(1, count(master, "SELECT count(*) FROM exchange_batch WHERE kind = 'WORKBOOK_OUT' AND department_id = " + leadA));
        assertEquals(1, count(master, "SELECT count(*) FROM exchange_department WHERE department_id = " + leadA));
        try (var files = Files.list(out)) {
            assertEquals(List.of(w.file()), files.toList(), "no temporary file left");
        }
    }

    @Test
    void filledRowsMergeOnceAndACloseOutRequestCarriesTheWorkbook() throws IOException {
        Path issued = export().file();
        Path filled = fill(issued, "filled.xlsx", sheet -> {
            Row task = row(sheet, "5.3.6", "");
            task.getCell(PROGRESS).setCellValue("已完成源头替代摸底和整改");
            task.getCell(PERCENT).setCellValue(100);
            task.getCell(CLOSE_OUT).setCellValue("是");
            Row other = otherRow(sheet);
            other.getCell(PROGRESS).setCellValue("推进中");
            other.getCell(PROBLEMS).setCellValue("资金未到位");
            other.getCell(NEXT_STEPS).setCellValue("下月完成招标");
            other.getCell(PERCENT).setCellValue(40);
        });

        String before = fingerprint(master);
        ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(filled));
        assertTrue(preview.dryRun());
        assertEquals(before, fingerprint(master), "a dry run changes nothing");
        ReportImport.FileOutcome p = preview.files().get(0);
        assertEquals(ReportImport.Verdict.MERGED, p.verdict(), () -> ZH.format(p.problem()));
        assertEquals(4, p.fresh(), "two entries, the request and its evidence");
        assertEquals(nameA, p.departmentName());

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(filled));
        assertEquals(preview.fresh(), merged.fresh(), "the preview is what the merge does");
        assertEquals(0, merged.refusedRecords(), () -> merged.files().get(0).refused().toString());
        assertEquals(List.of("2026-10-01|2026-10-31|2026-11-29|" + leadA + "|100", "2026-10-01|2026-10-31|2026-11-29|" + leadA + "|40"),
                strings(master, "SELECT period_start || '|' || period_end || '|' || written_on || '|' || department_id || '|' "
                        + "|| percent FROM progress_entry ORDER BY percent DESC"));
        assertEquals("CLOSE_OUT_REQUESTED", strings(master, "SELECT status FROM task WHERE code = '5.3.6'").get(0));
        assertEquals(List.of("IN_PROGRESS|0|" + leadA, "IN_PROGRESS|0|" + leadA, "CLOSE_OUT_REQUESTED|0|" + leadA),
                strings(master, "SELECT status || '|' || by_manager || '|' || department_id FROM status_event ORDER BY id"),
                "progress starts both 未启动 tasks, as writing progress in the ledger does; then the request");
        assertArrayEquals(Files.readAllBytes(filled), master.progress(CLOCK).evidenceContent(ExchangeFixture.id(master,
                "SELECT e.id FROM evidence e JOIN status_event s ON s.id = e.status_event_id")), "the workbook is the evidence");
        assertEquals(List.of("WORKBOOK_IN|filled.xlsx"), strings(master, "SELECT DISTINCT b.kind || '|' || b.file_name "
                + "FROM exchange_origin o JOIN exchange_batch b ON b.id = o.batch_id"), "every merged item names the workbook");
        assertEquals(6, count(master, "SELECT count(*) FROM exchange_origin"), "the four records and the two starts");

        String after = fingerprint(master);
        ReportImport again = new ReportImporter(master, CLOCK).merge(List.of(filled));
        assertEquals(ReportImport.Verdict.NOTHING_NEW, again.files().get(0).verdict());
        assertEquals(after, fingerprint(master), "the same workbook twice changes nothing");

        Path refilled = fill(filled, "refilled.xlsx", sheet -> otherRow(sheet).getCell(PROGRESS).setCellValue("招标已完成"));
        ReportImport third = new ReportImporter(master, CLOCK).merge(List.of(refilled));
        assertEquals(1, third.fresh(), "only the re-filled row is new");
        assertEquals(3, count(master, "SELECT count(*) FROM progress_entry"));
    }

    @Test
    void aRowWithAlteredKeysOrABadPercentIsRefusedAndTheOthersMerge() throws IOException {
        Path issued = export().file();
        Path filled = fill(issued, "altered.xlsx", sheet -> {
            Row task = row(sheet, "5.3.6", "");
            task.getCell(PROGRESS).setCellValue("改了编号的一行");
            task.getCell(CODE).setCellValue("9.9.9");
            Row other = otherRow(sheet);
            other.getCell(PROGRESS).setCellValue("正常填写的一行");
            Row bad = sheet.getRow(sheet.getLastRowNum());
            assertTrue(bad.getRowNum() != other.getRowNum() && bad.getRowNum() != task.getRowNum());
            bad.getCell(PROGRESS).setCellValue("百分比写错");
            bad.getCell(PERCENT).setCellValue("120");
        });
        int alteredRow = rowNumber(filled, "9.9.9");
        ReportImport merged = new ReportImporter(master, CLOCK).merge(ReportImporter.expand(out));
        assertEquals(2, merged.files().size(), "expand picks up every .xlsx of the folder");
        ReportImport.FileOutcome f = merged.files().stream().filter(x -> x.file().equals(filled)).findFirst().orElseThrow();
        assertEquals(ReportImport.Verdict.MERGED, f.verdict());
        assertEquals(1, f.fresh());
        assertEquals(List.of("正常填写的一行"), strings(master, "SELECT progress FROM progress_entry"));
        assertEquals(2, f.refused().size(), f.refused().toString());
        ReportImport.Refusal altered = f.refused().stream().filter(r -> r.subject().equals("9.9.9")).findFirst().orElseThrow();
        String words = ZH.format(altered.reason());
        assertTrue(words.startsWith("第" + alteredRow + "行") && words.contains("被改动"), words);
        String percent = ZH.format(f.refused().stream().filter(r -> r != altered).findFirst().orElseThrow().reason());
        assertTrue(percent.contains("120") && percent.startsWith("第" + (sheetRows(filled) + FIRST_ROW) + "行"), percent);
        assertEquals(List.of("IN_PROGRESS"), strings(master, "SELECT status FROM status_event"),
                "only the merged row starts its task");
    }

    @Test
    void aWorkbookOfAnotherLedgerOrNeverIssuedOrNotAWorkbookIsRefusedWhole() throws IOException {
        Path foreign;
        try (Ledger other = ExchangeFixture.master(backend, dir, "other.planledger").open()) {
            other.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("UPDATE ledger_identity SET ledger_id = 'another'");
                }
            });
            Path otherOut = Files.createDirectories(dir.resolve("other"));
            foreign = fill(new FillInWorkbookExporter(other, CLOCK).export(leadA, otherOut, ZH).file(), "foreign.xlsx",
                    sheet -> row(sheet, "5.3.6", "").getCell(PROGRESS).setCellValue("别的台账"));
        }
        Path issued = export().file();
        Path forged = fill(issued, "forged.xlsx", sheet -> {
            row(sheet, "5.3.6", "").getCell(PROGRESS).setCellValue("换了表号");
            sheet.getWorkbook().getSheet(FillInWorkbookExporter.META_SHEET).getRow(4).getCell(1).setCellValue("not-issued");
        });
        Path text = Files.writeString(dir.resolve("renamed.xlsx"), "这只是一个文本文件");
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(plain)) {
            wb.createSheet("进展").createRow(0).createCell(0).setCellValue("进展情况");
            wb.write(o);
        }

        String before = fingerprint(master);
        ReportImport result = new ReportImporter(master, CLOCK).merge(List.of(foreign, forged, text, plain));
        assertEquals(before, fingerprint(master), "nothing of a refused workbook is written");
        List<String> problems = new ArrayList<>();
        for (ReportImport.FileOutcome f : result.files()) {
            assertEquals(ReportImport.Verdict.REFUSED, f.verdict());
            problems.add(ZH.format(f.problem()));
        }
        assertTrue(problems.get(0).contains("foreign.xlsx") && problems.get(0).contains("别的督办台账"), problems.get(0));
        assertTrue(problems.get(1).contains("forged.xlsx") && problems.get(1).contains("从未下发"), problems.get(1));
        assertTrue(problems.get(2).contains("renamed.xlsx") && problems.get(2).contains("不是可以读取的 Excel 工作簿"),
                problems.get(2));
        assertTrue(problems.get(3).contains("plain.xlsx") && problems.get(3).contains("不是 PlanLedger 导出的填报表"),
                problems.get(3));
        assertTrue(Messages.forLanguage("en").format(result.files().get(2).problem()).contains("not a readable Excel workbook"));
    }

    @Test
    void onlyTheManagersLedgerIssuesWorkbooks() {
        Path pkg = new PackageExporter(master, CLOCK).export(List.of(leadA), out).get(0).file();
        Path file = dir.resolve("a.planledger");
        new PackageOpener(CLOCK).openInto(pkg, file);
        try (Ledger a = Ledger.open(file, TestClock.get())) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> new FillInWorkbookExporter(a, CLOCK).export(leadA, out, ZH));
            assertTrue(ZH.format(e.problem()).contains("部门台账"), ZH.format(e.problem()));
        }
        FillInWorkbookExporter.Written en = new FillInWorkbookExporter(master, CLOCK).export(leadA, dir.resolve("en.xlsx"),
                Messages.forLanguage("en"));
        assertEquals("10/2026", en.periodLabel());
        assertEquals(1, count(master, "SELECT count(*) FROM exchange_batch WHERE kind = 'WORKBOOK_OUT'"));
        assertEquals(1, count(master, "SELECT count(*) FROM exchange_department"), "the package's key is reused");
    }

    // ---- the department's side: Excel, played by POI ----

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private Path fill(Path issued, String name, Consumer<XSSFSheet> edit) throws IOException {
        Path filled = issued.resolveSibling(name);
        try (XSSFWorkbook wb = open(issued); OutputStream o = Files.newOutputStream(filled)) {
            edit.accept(wb.getSheetAt(0));
            wb.write(o);
        }
        return filled;
    }

    /** The row of a task (year "") or one of its milestones. */
    private static Row row(XSSFSheet sheet, String code, String year) {
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell y = row.getCell(YEAR);
            String shownYear = y.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((long) y.getNumericCellValue()) : y.getStringCellValue();
            if (code.equals(row.getCell(CODE).getStringCellValue()) && year.equals(shownYear)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " " + year);
    }

    /** The first row of another task, the department cooperating or leading. */
    private static Row otherRow(XSSFSheet sheet) {
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            if (!"5.3.6".equals(sheet.getRow(r).getCell(CODE).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("the department holds only 5.3.6");
    }

    private static int rowNumber(Path file, String code) throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            return row(wb.getSheetAt(0), code, "").getRowNum() + 1;
        }
    }

    private static int sheetRows(Path file) throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            return wb.getSheetAt(0).getLastRowNum() - FIRST_ROW + 1;
        }
    }
}
