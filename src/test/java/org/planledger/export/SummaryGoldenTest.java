package org.planledger.export;

import org.planledger.testing.TestLedger;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Department;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemState;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;

/**
 * The summary workbook of the shipped plan, cell by cell as a manager sees it (the text Excel
 * shows, the fill, the number format, merged areas, row heights and page breaks), against the
 * output recorded before its figures and its cell writing were split (issue 17). Progress reports,
 * evidence and a closed-out task are written first so the latest-report and evidence columns
 * carry something.
 */
@BothBackends
class SummaryGoldenTest {

    @Parameter
    Backend backend;

    static final LocalDate TODAY = SummaryExporterTest.TODAY;
    /** Set to rewrite the golden files from the current output (only on purpose, and review the diff). */
    static final boolean REWRITE = Boolean.getBoolean("planledger.golden.rewrite");

    @TempDir
    Path dir;
    TestLedger ledgerFile;
    long planId;
    long departmentId;

    @BeforeEach
    void seed() throws Exception {
        ledgerFile = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        Path minutes = Files.writeString(dir.resolve("会议纪要.txt"), "纪要");
        Path photo = Files.writeString(dir.resolve("现场照片.txt"), "照片");
        Path accepted = Files.writeString(dir.resolve("验收.txt"), "验收意见");
        try (Ledger l = ledgerFile.open()) {
            planId = l.plans().plans().get(0).id();
            var progress = l.progress(SummaryExporterTest.CLOCK);
            List<ItemState> items = progress.lights(planId, TODAY).stream().map(il -> il.item()).toList();
            ItemState first = item(items, "5.3.6", false);
            ItemState second = items.stream().filter(s -> !s.isMilestone() && !s.code().equals("5.3.6")).findFirst()
                    .orElseThrow();
            ItemState milestone = items.stream().filter(ItemState::isMilestone).findFirst().orElseThrow();
            ReportingPeriod q3 = ReportingPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2026, 8, 1));
            ReportingPeriod q4 = ReportingPeriod.containing(PeriodKind.QUARTER, TODAY);
            // two reports: the later one is the one shown
            progress.addEntry(entry(first.key(), first.leadId(), q3, LocalDate.of(2026, 8, 20), "已完成调研",
                    "经费不足", "形成方案", List.of(new EvidenceFile(minutes))));
            progress.addEntry(entry(first.key(), first.leadId(), q4, LocalDate.of(2026, 11, 10), "方案已报审",
                    "", "印发实施", List.of(new EvidenceFile(photo))));
            progress.addEntry(entry(milestone.key(), milestone.leadId(), q4, LocalDate.of(2026, 11, 2), "节点推进中",
                    "协调难度大", "", List.of()));
            progress.requestCloseOut(second.key(), second.leadId(), TODAY, "完成", List.of(new EvidenceFile(accepted)));
            progress.acceptCloseOut(second.key(), TODAY, "");
            String lead = first.leadName();
            departmentId = l.departments().all().stream().filter(d -> d.name().equals(lead)).findFirst()
                    .map(Department::id).orElseThrow();
        }
    }

    private static ItemState item(List<ItemState> items, String code, boolean milestone) {
        return items.stream().filter(s -> s.code().equals(code) && s.isMilestone() == milestone).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + code));
    }

    private static NewEntry entry(ItemKey key, Long lead, ReportingPeriod period, LocalDate on, String progress,
                                  String problems, String next, List<EvidenceFile> evidence) {
        return new NewEntry(key, lead, period, on, progress, problems, next, null, null, evidence);
    }

    @Test
    void theWholePlanInChineseIsCellForCellWhatItWas() throws Exception {
        compare("summary-whole-plan-zh.txt", SummaryOptions.wholePlan(planId, TODAY));
    }

    @Test
    void oneDepartmentInEnglishWithASheetPerDepartmentIsCellForCellWhatItWas() throws Exception {
        compare("summary-department-en.txt", new SummaryOptions(planId, departmentId, null, TODAY, true, true)
                .withDetail(LedgerDetail.COMPACT, LedgerDetail.FULL));
    }

    private void compare(String golden, SummaryOptions options) throws Exception {
        Path file = dir.resolve("summary.xlsx");
        try (Ledger l = ledgerFile.open()) {
            new SummaryExporter(l, SummaryExporterTest.CLOCK).write(options, file, ExportProgress.NONE);
        }
        List<String> actual = dump(file);
        Path goldenFile = Path.of("src/test/resources/export", golden);
        if (REWRITE) {
            Files.write(goldenFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(goldenFile, StandardCharsets.UTF_8);
        assertTrue(expected.size() > 300, "golden " + golden + " has " + expected.size() + " lines");
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), golden + " line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), golden + ": number of lines");
    }

    /** One line per sheet, row and cell in the workbook's order (merged areas per sheet), then the distinct cell styles. */
    static List<String> dump(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> styles = new LinkedHashMap<>();
        DataFormatter shown = new DataFormatter(java.util.Locale.CHINA);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sh = wb.getSheetAt(s);
                var ps = sh.getPrintSetup();
                lines.add("sheet " + sh.getSheetName() + " paper=" + ps.getPaperSize() + " landscape=" + ps.getLandscape()
                        + " fit=" + sh.getFitToPage() + " breaks=" + java.util.Arrays.toString(sh.getRowBreaks())
                        + " header=" + sh.getHeader().getCenter() + " footer=" + sh.getFooter().getCenter()
                        + " repeat=" + sh.getRepeatingRows() + " freeze=" + freeze(sh)
                        + " filter=" + (sh.getCTWorksheet().isSetAutoFilter() ? sh.getCTWorksheet().getAutoFilter().getRef() : ""));
                StringBuilder widths = new StringBuilder("  widths");
                for (int c = 0; c < 20; c++) {
                    widths.append(' ').append(sh.getColumnWidth(c));
                }
                lines.add(widths.toString());
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress a : sh.getMergedRegions()) {
                    merged.add(a.formatAsString());
                }
                lines.add("  merged " + merged);
                for (Row row : sh) {
                    lines.add("  row " + (row.getRowNum() + 1) + " height=" + row.getHeightInPoints());
                    for (Cell c : row) {
                        lines.add("    " + c.getAddress() + " " + c.getCellType() + " [" + shortened(shown.formatCellValue(c))
                                + "] s" + styles.computeIfAbsent(style((XSSFCellStyle) c.getCellStyle()), k -> styles.size()));
                    }
                }
            }
        }
        styles.forEach((style, n) -> lines.add("style s" + n + " " + style));
        return lines;
    }

    private static String style(XSSFCellStyle st) {
        String fill = st.getFillForegroundColorColor() == null ? "" : st.getFillForegroundColorColor().getARGBHex();
        return "format=" + st.getDataFormatString() + " fill=" + fill + " font=" + st.getFont().getFontName() + "/"
                + st.getFont().getFontHeightInPoints() + (st.getFont().getBold() ? "b" : "") + " align="
                + st.getAlignment() + "/" + st.getVerticalAlignment() + " wrap=" + st.getWrapText() + " border="
                + st.getBorderTop() + "," + st.getBorderRight() + "," + st.getBorderBottom() + "," + st.getBorderLeft();
    }

    private static String freeze(XSSFSheet sh) {
        var pane = sh.getPaneInformation();
        return pane == null ? "" : pane.getVerticalSplitPosition() + "," + pane.getHorizontalSplitPosition();
    }

    /** Long texts (the measures) as their start, length and checksum: the golden file stays readable. */
    private static String shortened(String text) {
        String oneLine = text.replace("\n", "\\n");
        if (oneLine.length() <= 60) {
            return oneLine;
        }
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return oneLine.substring(0, 40) + "…(" + text.length() + " chars, crc " + Long.toHexString(crc.getValue()) + ")";
    }
}
