package org.planledger.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.docs.DocumentException;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.export.SummaryExporter;
import org.planledger.export.SummaryOptions;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.Tally;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.progress.ReportingGrid;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * The 督查通报 for October 2026 on the shipped plan with a few entries and one task closed, read
 * back with POI: the 公文 page, the seven headings in order, every figure equal to the rollup's
 * (the app's 汇总), the departments that did not report named and the one that did not, the
 * entries' problems and next steps under their lead units; bad input refused with nothing written.
 */
@BothBackends
class BulletinWriterTest {

    private static final InstalledFonts FONTS = InstalledFonts.of(Set.of("仿宋", "宋体", "黑体", "楷体"));
    private static final ReportingPeriod OCTOBER = new ReportingPeriod(PeriodKind.MONTH, LocalDate.of(2026, 10, 1));

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private BulletinWriter writer;
    private long planId;

    @BeforeEach
    void open() {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        writer = new BulletinWriter(ledger, TestClock.get(), Messages.chinese(), FONTS);
        planId = ledger.plans().plans().get(0).id();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long task(String code) {
        return ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = ?1", code));
    }

    private long lead(String code) {
        return ledger.read(c -> Sql.longOrNull(c, "SELECT a.department_id FROM task_assignment a JOIN task t ON t.id = a.task_id "
                + "WHERE t.code = ?1 AND a.role = 'LEAD'", code));
    }

    private String name(long department) {
        return ledger.departments().all().stream().filter(d -> d.id() == department).findFirst().orElseThrow().name();
    }

    private void report(String code, String written, String problems, String next) {
        ledger.progress(TestClock.get()).addEntry(new NewEntry(ItemKey.task(task(code)), lead(code), OCTOBER,
                LocalDate.parse(written), "按计划推进" + code, problems, next, 50, null, List.of()));
    }

    private static XWPFDocument read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void octobersBulletinCarriesTheRollupsFiguresTheMissingUnitsAndTheEntriesWords() throws Exception {
        // 9.2.2's lead leads nothing else: its report makes it the one unit that reported in full
        report("9.2.2", "2026-11-03", "专项资金尚未到位", "11月底前完成招标");
        report("2.2.1", "2026-11-04", "安置房配套道路征地未完成", "12月底前完成配套道路征地");
        Path evidence = Files.writeString(dir.resolve("验收意见.pdf"), "验收");
        ProgressStore progress = ledger.progress(TestClock.get());
        progress.requestCloseOut(ItemKey.task(task("3.1.7")), lead("3.1.7"), LocalDate.of(2026, 11, 10), "已完成",
                List.of(new EvidenceFile(evidence)));
        progress.acceptCloseOut(ItemKey.task(task("3.1.7")), LocalDate.of(2026, 11, 12), "同意销号");

        Path target = dir.resolve("通报.docx");
        BulletinWriter.Written w = writer.write(new BulletinRequest(planId, OCTOBER, LocalDate.of(2026, 11, 29), BulletinKind.BULLETIN), target);
        assertEquals(target.toAbsolutePath().normalize(), w.file());

        // the app's 汇总 reads the same: the rollup input as of the day, counted by outline
        OutlineRollup outline = Rollup.byOutline(ledger.rollup(TestClock.get()).input(planId, LocalDate.of(2026, 11, 29)));
        Tally plan = outline.plan();
        assertEquals(1, plan.closed().count(), "3.1.7 is closed");
        ReportingGrid grid = progress.reporting(planId, List.of(OCTOBER), LocalDate.of(2026, 11, 29));

        try (XWPFDocument doc = read(w.file())) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals(OfficialDocument.PAGE_WIDTH, ((BigInteger) sect.getPgSz().getW()).intValue());
            assertEquals(OfficialDocument.PAGE_HEIGHT, ((BigInteger) sect.getPgSz().getH()).intValue());
            assertEquals(OfficialDocument.MARGIN_TOP, ((BigInteger) sect.getPgMar().getTop()).intValue());
            assertEquals(OfficialDocument.MARGIN_BOTTOM, ((BigInteger) sect.getPgMar().getBottom()).intValue());
            assertEquals(OfficialDocument.MARGIN_LEFT, ((BigInteger) sect.getPgMar().getLeft()).intValue());
            assertEquals(OfficialDocument.MARGIN_RIGHT, ((BigInteger) sect.getPgMar().getRight()).intValue());
            assertTrue(doc.getFooterList().stream().anyMatch(f -> f._getHdrFtr().xmlText().contains("PAGE")), "page numbers");

            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph title = ps.get(0);
            assertEquals("关于《济南市天桥区“十四五”生态环境保护规划》2026年10月实施进展情况的通报", title.getText());
            assertEquals(22.0, title.getRuns().get(0).getFontSizeAsDouble(), "2号");
            assertEquals("宋体", title.getRuns().get(0).getFontFamily(FontCharRange.eastAsia), "小标宋 falls back to 宋体 here");
            List<String> headings = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、总体情况", "二、分章节推进情况", "三、红黄灯事项", "四、各单位报送情况", "五、存在问题",
                    "六、下步计划", "七、指标进展情况"), headings);
            for (XWPFParagraph p : ps) {
                if ("Heading1".equals(p.getStyle())) {
                    assertEquals("黑体", p.getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
                }
                for (XWPFRun r : p.getRuns()) {
                    assertTrue(r.getFontFamily(FontCharRange.eastAsia) != null, "every run names its East Asian font: " + p.getText());
                }
            }
            String text = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());

            // 一、the plan's figures
            assertTrue(text.contains("截至2026年11月29日，规划共有重点任务" + plan.all().count() + "项，已销号1项，完成率"
                    + Percent.text(plan.completion()) + "（按权重计" + Percent.text(plan.weightedCompletion()) + "）。"), text);
            assertTrue(text.contains("按灯色分：红灯" + plan.light(Light.RED).count() + "项，黄灯" + plan.light(Light.YELLOW).count()
                    + "项，绿灯" + plan.light(Light.GREEN).count() + "项，灰灯" + plan.light(Light.GREY).count() + "项。"), text);
            assertEquals("0.8%", Percent.text(plan.completion()), "one of the 129 tasks");
            assertEquals(overviewLights(), List.of(String.valueOf(plan.light(Light.RED).count()),
                    String.valueOf(plan.light(Light.YELLOW).count()), String.valueOf(plan.light(Light.GREEN).count()),
                    String.valueOf(plan.light(Light.GREY).count()), String.valueOf(plan.all().count()),
                    Percent.text(plan.completion())), "the summary workbook's 总览 says the same");

            // 二、one row per chapter and the total, each as the rollup counts it
            XWPFTable chapters = doc.getTables().get(0);
            assertEquals(outline.chapters().size() + 2, chapters.getRows().size());
            for (int i = 0; i < outline.chapters().size(); i++) {
                OutlineRollup.ChapterRow c = outline.chapters().get(i);
                Tally t = c.tally();
                assertEquals(List.of(cells(chapters.getRow(i + 1)).get(0), c.title(), String.valueOf(t.all().count()),
                        String.valueOf(t.closed().count()), Percent.text(t.completion()), String.valueOf(t.light(Light.RED).count()),
                        String.valueOf(t.light(Light.YELLOW).count()), String.valueOf(t.light(Light.GREEN).count()),
                        String.valueOf(t.light(Light.GREY).count())), cells(chapters.getRow(i + 1)));
            }
            List<String> total = cells(chapters.getRow(chapters.getRows().size() - 1));
            assertEquals(List.of("合计", "", String.valueOf(plan.all().count()), "1", Percent.text(plan.completion())), total.subList(0, 5));

            // 三、every red item with its lead and its light's words
            assertTrue(text.contains("（一）红灯事项" + plan.light(Light.RED).count() + "项"), text);
            assertEquals(128, plan.light(Light.RED).count(), "129 tasks, not their milestones, as the rollup counts; one closed");
            XWPFTable red = doc.getTables().get(1);
            assertEquals(plan.light(Light.RED).count() + 1, red.getRows().size());
            List<String> row221 = red.getRows().stream().map(BulletinWriterTest::cells).filter(r -> r.get(1).startsWith("2.2.1 "))
                    .findFirst().orElseThrow();
            assertEquals(name(lead("2.2.1")), row221.get(2));
            assertTrue(row221.get(3).contains("完成时限2025年12月31日已过") && row221.get(3).contains("逾期333天"), row221.get(3));
            assertTrue(red.getRows().stream().noneMatch(r -> r.getCell(1).getText().startsWith("3.1.7 ")), "closed: not red");

            // 四、who did not report for October, named; the one that did, not
            List<String> missing = new ArrayList<>();
            grid.rows().stream().filter(r -> !r.cells().get(0).missing().isEmpty()).forEach(r -> missing.add(r.departmentName()));
            String unitsLine = ps.stream().map(XWPFParagraph::getText).filter(l -> l.startsWith("未报送或未报齐的单位")).findFirst()
                    .orElseThrow(() -> new AssertionError(text));
            assertTrue(unitsLine.startsWith("未报送或未报齐的单位" + missing.size() + "个："), unitsLine);
            for (String unit : missing) {
                assertTrue(unitsLine.contains(unit), unit + " in " + unitsLine);
            }
            String reported = name(lead("9.2.2"));
            assertFalse(missing.contains(reported));
            assertFalse(unitsLine.contains(reported), unitsLine);
            assertTrue(text.contains("2026年10月进展应于"), text);

            // 五、六、the entries' own words under their lead units
            int problems = headings(ps, "五、存在问题");
            int next = headings(ps, "六、下步计划");
            int indicators = headings(ps, "七、指标进展情况");
            String problemsPart = join(ps.subList(problems, next));
            assertTrue(problemsPart.contains("（一）" + name(lead("2.2.1"))) || problemsPart.contains("（二）" + name(lead("2.2.1"))), problemsPart);
            assertTrue(problemsPart.contains("2.2.1：安置房配套道路征地未完成"), problemsPart);
            assertTrue(problemsPart.contains("9.2.2：专项资金尚未到位"), problemsPart);
            assertFalse(problemsPart.contains("12月底前"), problemsPart);
            String nextPart = join(ps.subList(next, indicators));
            assertTrue(nextPart.contains("2.2.1：12月底前完成配套道路征地"), nextPart);
            assertTrue(nextPart.contains("9.2.2：11月底前完成招标"), nextPart);

            // 七、the indicators
            int count = ledger.indicators(TestClock.get()).indicators(planId, LocalDate.of(2026, 11, 29)).size();
            assertTrue(text.contains("规划主要指标" + count + "项"), text);
            assertEquals(count + 1, doc.getTables().get(doc.getTables().size() - 1).getRows().size());
        }
    }

    /** The summary workbook's 总览 as of the same day: red, yellow, green, grey, total, completion. */
    private List<String> overviewLights() throws Exception {
        Path book = dir.resolve("汇总.xlsx");
        new SummaryExporter(ledger, TestClock.get()).write(SummaryOptions.wholePlan(planId, LocalDate.of(2026, 11, 29)), book, null);
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet overview = wb.getSheet("总览");
            DataFormatter shown = new DataFormatter();
            for (Row row : overview) {
                if ("红灯".equals(shown.formatCellValue(row.getCell(2)))) {
                    Row counts = overview.getRow(row.getRowNum() + 1);
                    List<String> out = new ArrayList<>();
                    for (int c = 2; c <= 7; c++) {
                        out.add(shown.formatCellValue(counts.getCell(c)));
                    }
                    return out;
                }
            }
        }
        throw new AssertionError("no counts by light on 总览");
    }

    private static int headings(List<XWPFParagraph> ps, String heading) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).getText().equals(heading)) {
                return i;
            }
        }
        throw new AssertionError(heading);
    }

    private static String join(List<XWPFParagraph> ps) {
        return String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
    }

    @Test
    void aReportAsOfADayChecksTheLastClosedPeriodAndIsCalledAReport() throws Exception {
        BulletinWriter.Written w = writer.write(new BulletinRequest(planId, null, null, BulletinKind.REPORT), dir.resolve("报告.docx"));
        assertEquals(TestClock.TODAY, w.asOf());
        assertEquals(OCTOBER, w.reporting(), "November's reports are not yet due on 29 November");
        try (XWPFDocument doc = read(w.file())) {
            assertEquals("关于《济南市天桥区“十四五”生态环境保护规划》截至2026年11月29日实施进展情况的报告", doc.getParagraphs().get(0).getText());
            String text = join(doc.getParagraphs());
            assertFalse(text.contains("各有关单位："), "a report goes to the leaders, not the units");
            assertTrue(text.contains("2026年10月1日至2026年11月29日各单位报送的进展中未反映存在问题。"), text);

            // the signature block never starts a page alone: the last table row, the blank line and
            // the office keep with what follows, down to the date
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph date = ps.get(ps.size() - 1);
            assertEquals("2026年11月29日", date.getText());
            assertTrue(ps.get(ps.size() - 2).isKeepNext(), "the office keeps with the date");
            assertTrue(ps.get(ps.size() - 3).isKeepNext(), "the blank line keeps with the office");
            List<XWPFTable> tables = doc.getTables();
            XWPFTableRow lastRow = tables.get(tables.size() - 1).getRows().get(tables.get(tables.size() - 1).getRows().size() - 1);
            assertTrue(lastRow.isCantSplitRow(), "the last row is not split");
            lastRow.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> assertTrue(p.isKeepNext(), "the last row keeps with the signature")));
        }
    }

    @Test
    void aPeriodStillRunningStandsOnTodayAndOneNotBegunIsRefused() {
        BulletinWriter.Written w = writer.write(new BulletinRequest(planId, ReportingPeriod.parse("2026-Q4"), null, null),
                dir.resolve("q4.docx"));
        assertEquals(TestClock.TODAY, w.asOf());

        BulletinException e = assertThrows(BulletinException.class, () -> writer.write(
                new BulletinRequest(planId, ReportingPeriod.parse("2027-01"), null, null), dir.resolve("2027.docx")));
        assertEquals("bulletin.error.periodNotBegun", e.problem().key());
        e = assertThrows(BulletinException.class, () -> writer.write(
                new BulletinRequest(planId, OCTOBER, LocalDate.of(2026, 9, 30), null), dir.resolve("x.docx")));
        assertEquals("bulletin.error.asOfBeforePeriod", e.problem().key());
        assertFalse(Files.exists(dir.resolve("2027.docx")));
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void aMissingFolderOrAFileOpenInWpsIsRefusedAndNothingIsWritten() throws Exception {
        DocumentException e = assertThrows(DocumentException.class, () -> writer.write(
                new BulletinRequest(planId, OCTOBER, null, null), dir.resolve("no such folder").resolve("通报.docx")));
        assertEquals("document.error.noFolder", e.problem().key());
        assertFalse(Files.exists(dir.resolve("no such folder")));

        Path out = Files.createDirectory(dir.resolve("out"));
        Path target = Files.writeString(out.resolve("通报.docx"), "last month's, edited");
        Files.writeString(out.resolve("~$通报.docx"), "WPS owner file");
        e = assertThrows(DocumentException.class, () -> writer.write(new BulletinRequest(planId, OCTOBER, null, null), target));
        assertEquals("document.error.inUse", e.problem().key());
        assertEquals("last month's, edited", Files.readString(target));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }
}
