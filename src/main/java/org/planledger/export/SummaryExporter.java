package org.planledger.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Light;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemState;
import org.planledger.progress.Outcome;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.Tally;
import org.planledger.rollup.YearRollup;
import org.planledger.store.IndicatorRow;
import org.planledger.store.Ledger;

/**
 * The status summary workbook (issue 6): 总览 (one printed page), 台账 (the official columns,
 * chapter and section rows as merged headings, light cells in the light's colour, A3 landscape),
 * 按部门, 逾期清单 and 指标. Every number comes from {@link Rollup} and {@link Percent}, so it
 * agrees with the app and the command line to the digit. Written with POI's streaming workbook
 * (SXSSF), into a temporary file moved over the target only when complete.
 */
public final class SummaryExporter {

    /** A font every Chinese office PC has, set on every style (Excel, WPS and LibreOffice alike). */
    public static final String FONT = "宋体";
    public static final String DATE_FORMAT_ZH = "yyyy\"年\"m\"月\"d\"日\"";
    public static final String DATE_FORMAT_EN = "yyyy-mm-dd";
    /** The app's light colours. */
    static final Map<Light, String> COLOURS = Map.of(Light.RED, "D23B2A", Light.YELLOW, "E0A100",
            Light.GREEN, "2E9A4B", Light.GREY, "98A1A9");
    /** 台账's columns, and their widths in characters. */
    static final int COLUMNS = 14;
    private static final int[] WIDTHS = {6, 9, 24, 30, 14, 18, 13, 36, 22, 24, 9, 7, 18, 30};
    private static final int LEDGER_HEADER_ROW = 2;
    private static final int REPORT_EVERY = 500;

    private final Ledger ledger;
    private final Clock clock;

    public SummaryExporter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public ExportResult write(SummaryOptions options, Path target, ExportProgress progress) {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        SummaryData data = SummaryData.read(ledger, clock, options);
        checkCancelled(p, target);
        Messages m = options.english() ? Messages.forLanguage("en") : Messages.chinese();
        Job job = new Job(data, options, m, p, target);
        long bytes = SummaryTarget.write(target, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                try {
                    job.build(wb);
                    wb.write(out);
                } finally {
                    wb.dispose();
                }
            }
        });
        return new ExportResult(target.toAbsolutePath().normalize(), job.sheets, job.rows, bytes);
    }

    private static void checkCancelled(ExportProgress p, Path target) {
        if (p.cancelled()) {
            throw new ExportException(Text.of("export.cancelled", target.toAbsolutePath().normalize().toString()),
                    null);
        }
    }

    /** One export: the styles of its workbook, the rows written so far. */
    private final class Job {
        final SummaryData data;
        final SummaryOptions options;
        final Messages m;
        final ExportProgress progress;
        final Path target;
        final List<String> sheets = new ArrayList<>();
        final Set<String> sheetNamesLower = new HashSet<>();
        int rows;
        long done;
        long total;
        Styles st;

        Job(SummaryData data, SummaryOptions options, Messages m, ExportProgress progress, Path target) {
            this.data = data;
            this.options = options;
            this.m = m;
            this.progress = progress;
            this.target = target;
        }

        void build(SXSSFWorkbook wb) {
            st = new Styles(wb, options.english());
            List<SummaryData.Line> late = data.lines.stream()
                    .filter(l -> l.light().verdict().outcome() == Outcome.NOT_DONE)
                    .sorted(Comparator.comparingLong((SummaryData.Line l) -> daysLate(l)).reversed()
                            .thenComparing(SummaryData.ORDER))
                    .toList();
            Map<String, List<SummaryData.Line>> byDepartment = byDepartment();
            total = data.lines.size() * 2L + late.size() + data.indicators.size();
            progress.update(0, total);
            overview(wb);
            ledgerSheet(wb, m.get("export.summary.sheet.ledger"), data.lines, null);
            if (options.sheetPerDepartment()) {
                for (Map.Entry<String, List<SummaryData.Line>> e : byDepartment.entrySet()) {
                    ledgerSheet(wb, e.getKey(), e.getValue(), null);
                }
            } else {
                ledgerSheet(wb, m.get("export.summary.sheet.byDepartment"), null, byDepartment);
            }
            lateSheet(wb, late);
            indicatorSheet(wb);
            progress.update(total, total);
            checkCancelled(progress, target);
        }

        void tick() {
            rows++;
            done++;
            if (done % REPORT_EVERY == 0) {
                progress.update(done, total);
                checkCancelled(progress, target);
            }
        }

        SXSSFSheet sheet(SXSSFWorkbook wb, String wanted) {
            String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "-" : wanted);
            String name = base;
            for (int i = 2; sheetNamesLower.contains(name.toLowerCase()); i++) {
                String suffix = "(" + i + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            sheetNamesLower.add(name.toLowerCase());
            sheets.add(name);
            return wb.createSheet(name);
        }

        /** The lead, then every cooperating unit: each department's items; "no lead" last. */
        Map<String, List<SummaryData.Line>> byDepartment() {
            Map<String, List<SummaryData.Line>> map = new TreeMap<>(m.collator());
            List<SummaryData.Line> none = new ArrayList<>();
            for (SummaryData.Line l : data.lines) {
                ItemState s = l.light().item();
                if (s.leadName() == null && l.cooperating().isEmpty()) {
                    none.add(l);
                    continue;
                }
                if (s.leadName() != null && wanted(s.leadId())) {
                    map.computeIfAbsent(s.leadName(), k -> new ArrayList<>()).add(l);
                }
                for (int i = 0; i < l.cooperating().size(); i++) {
                    if (wanted(l.cooperatingIds().get(i))) {
                        map.computeIfAbsent(l.cooperating().get(i), k -> new ArrayList<>()).add(l);
                    }
                }
            }
            Map<String, List<SummaryData.Line>> ordered = new LinkedHashMap<>(map);
            if (!none.isEmpty() && options.departmentId() == null) {
                ordered.put(m.get("export.summary.department.none"), none);
            }
            return ordered;
        }

        boolean wanted(Long departmentId) {
            return options.departmentId() == null || options.departmentId().equals(departmentId);
        }

        // ---- 总览 ----

        void overview(SXSSFWorkbook wb) {
            SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.overview"));
            int[] widths = {8, 30, 9, 9, 10, 9, 9, 9, 9};
            for (int i = 0; i < widths.length; i++) {
                sh.setColumnWidth(i, widths[i] * 256 + 200);
            }
            int last = widths.length - 1;
            OutlineRollup outline = Rollup.byOutline(data.input);
            Tally plan = outline.plan();
            int r = 0;
            Row title = sh.createRow(r);
            title.setHeightInPoints(24);
            text(title, 0, m.get("export.summary.overview.title", planTitle()), st.title);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
            Row asOf = sh.createRow(r++);
            text(asOf, 0, m.get("export.summary.overview.asOf"), st.label);
            date(asOf, 1, options.asOf(), st.dateLeft);
            text(asOf, 2, m.get("export.summary.overview.exportedAt"), st.label);
            sh.addMergedRegion(new CellRangeAddress(asOf.getRowNum(), asOf.getRowNum(), 2, 3));
            text(asOf, 4, m.dateTime(clock.instant()), st.plain);
            sh.addMergedRegion(new CellRangeAddress(asOf.getRowNum(), asOf.getRowNum(), 4, last));
            Row scope = sh.createRow(r++);
            text(scope, 0, m.get("export.summary.overview.scope"), st.label);
            text(scope, 1, scopeText(), st.plain);
            sh.addMergedRegion(new CellRangeAddress(scope.getRowNum(), scope.getRowNum(), 1, last));
            Row counting = sh.createRow(r++);
            text(counting, 0, m.get("export.summary.overview.counting"), st.label);
            text(counting, 1, m.get(data.input.options().countMilestones() ? "export.summary.overview.countingMilestones"
                    : "export.summary.overview.countingTasks", plan.all().count()), st.plain);
            sh.addMergedRegion(new CellRangeAddress(counting.getRowNum(), counting.getRowNum(), 1, last));
            r++;

            // counts by light and by status
            r = heading(sh, r, m.get("export.summary.overview.byLight"), last);
            Row lh = sh.createRow(r++);
            Row lc = sh.createRow(r++);
            int c = 0;
            for (Light l : Light.values()) {
                text(lh, c, m.get(l.messageKey()), st.light.get(l));
                number(lc, c, plan.light(l).count(), st.numberCentre);
                c++;
            }
            text(lh, c, m.get("export.summary.column.total"), st.header);
            number(lc, c, plan.all().count(), st.numberCentre);
            text(lh, c + 1, m.get("export.summary.column.completion"), st.header);
            sh.addMergedRegion(new CellRangeAddress(lh.getRowNum(), lh.getRowNum(), c + 1, c + 2));
            percent(lc, c + 1, plan.completion(), st.percentCentre);
            sh.addMergedRegion(new CellRangeAddress(lc.getRowNum(), lc.getRowNum(), c + 1, c + 2));
            r = heading(sh, r, m.get("export.summary.overview.byStatus"), last);
            Row sh1 = sh.createRow(r++);
            Row sc = sh.createRow(r++);
            c = 0;
            for (TaskStatus s : TaskStatus.values()) {
                text(sh1, c, m.get(s.messageKey()), st.header);
                number(sc, c, plan.status(s).count(), st.numberCentre);
                c++;
            }
            r++;

            // completion by chapter
            r = heading(sh, r, m.get("export.summary.overview.byChapter"), last);
            Row ch = sh.createRow(r++);
            String[] chHeaders = {m.get("export.summary.column.chapter"), m.get("export.summary.column.title"), m.get("export.summary.column.total"),
                    m.get("export.summary.column.closed"), m.get("export.summary.column.completion"), m.get(Light.RED.messageKey()),
                    m.get(Light.YELLOW.messageKey()), m.get(Light.GREEN.messageKey()), m.get(Light.GREY.messageKey())};
            for (int i = 0; i < chHeaders.length; i++) {
                text(ch, i, chHeaders[i], st.header);
            }
            for (OutlineRollup.ChapterRow row : outline.chapters()) {
                Row x = sh.createRow(r++);
                number(x, 0, row.number(), st.numberCentre);
                text(x, 1, row.title(), st.plain);
                chapterCounts(x, row.tally());
            }
            Row sum = sh.createRow(r++);
            text(sum, 0, m.get("export.summary.overview.planRow"), st.bold);
            sh.addMergedRegion(new CellRangeAddress(sum.getRowNum(), sum.getRowNum(), 0, 1));
            text(sum, 1, "", st.bold);
            chapterCounts(sum, plan);
            r++;

            // departments with the most late items
            List<DepartmentRollup> worst = Rollup.byDepartment(data.input).stream()
                    .filter(d -> d.late().count() > 0)
                    .sorted(Comparator.comparingInt((DepartmentRollup d) -> d.late().count()).reversed()
                            .thenComparing(DepartmentRollup::name, m.collator()))
                    .limit(5).toList();
            r = heading(sh, r, m.get("export.summary.overview.mostLate"), last);
            Row dh = sh.createRow(r++);
            String[] dHeaders = {m.get("export.summary.column.rank"), m.get("export.summary.column.department"), m.get("export.summary.column.late"),
                    m.get("export.summary.column.counted"), m.get("export.summary.column.closed"), m.get("export.summary.column.completion")};
            for (int i = 0; i < dHeaders.length; i++) {
                text(dh, i, dHeaders[i], st.header);
            }
            if (worst.isEmpty()) {
                Row x = sh.createRow(r++);
                text(x, 0, m.get("export.summary.overview.noneLate"), st.plain);
                sh.addMergedRegion(new CellRangeAddress(x.getRowNum(), x.getRowNum(), 0, 5));
            }
            int rank = 1;
            for (DepartmentRollup d : worst) {
                Row x = sh.createRow(r++);
                number(x, 0, rank++, st.numberCentre);
                text(x, 1, d.name(), st.plain);
                number(x, 2, d.late().count(), st.numberCentre);
                number(x, 3, d.counted().count(), st.numberCentre);
                number(x, 4, d.done().count(), st.numberCentre);
                percent(x, 5, d.completion(), st.percentCentre);
            }
            r++;

            // milestone years
            r = heading(sh, r, m.get("export.summary.overview.byYear"), last);
            Row yh = sh.createRow(r++);
            String[] yHeaders = {m.get("export.summary.column.year"), m.get("export.summary.column.milestonesDue"),
                    m.get("outcome.doneontime"), m.get("outcome.donelate"), m.get("outcome.notdone"),
                    m.get("outcome.open"), m.get("outcome.suspended")};
            for (int i = 0; i < yHeaders.length; i++) {
                text(yh, i, yHeaders[i], st.header);
            }
            for (YearRollup y : Rollup.byYear(data.input)) {
                Row x = sh.createRow(r++);
                number(x, 0, y.year(), st.numberCentre);
                number(x, 1, y.due().count(), st.numberCentre);
                number(x, 2, y.doneOnTime().count(), st.numberCentre);
                number(x, 3, y.doneLate().count(), st.numberCentre);
                number(x, 4, y.notDone().count(), st.numberCentre);
                number(x, 5, y.open().count(), st.numberCentre);
                number(x, 6, y.suspended().count(), st.numberCentre);
            }
            r++;

            // indicators' state
            r = heading(sh, r, m.get("export.summary.overview.indicators"), last);
            Row ih = sh.createRow(r++);
            Row ic = sh.createRow(r++);
            Map<IndicatorVerdict, Integer> verdicts = new EnumMap<>(IndicatorVerdict.class);
            for (IndicatorRow row : data.indicators) {
                verdicts.merge(row.evaluation().verdict(), 1, Integer::sum);
            }
            c = 0;
            for (IndicatorVerdict v : IndicatorVerdict.values()) {
                text(ih, c, m.get(v.messageKey()), st.header);
                number(ic, c, verdicts.getOrDefault(v, 0), st.numberCentre);
                c++;
            }
            text(ih, c, m.get("export.summary.column.total"), st.header);
            number(ic, c, data.indicators.size(), st.numberCentre);

            PrintSetup ps = sh.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(false);
            sh.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 1);
            sh.setHorizontallyCenter(true);
            sh.setMargin(Sheet.LeftMargin, 0.5);
            sh.setMargin(Sheet.RightMargin, 0.5);
            sh.setMargin(Sheet.TopMargin, 0.6);
            sh.setMargin(Sheet.BottomMargin, 0.6);
            sh.getFooter().setCenter(m.get("export.summary.footer.page", "&P", "&N"));
        }

        void chapterCounts(Row x, Tally t) {
            number(x, 2, t.all().count(), st.numberCentre);
            number(x, 3, t.closed().count(), st.numberCentre);
            percent(x, 4, t.completion(), st.percentCentre);
            number(x, 5, t.light(Light.RED).count(), st.numberCentre);
            number(x, 6, t.light(Light.YELLOW).count(), st.numberCentre);
            number(x, 7, t.light(Light.GREEN).count(), st.numberCentre);
            number(x, 8, t.light(Light.GREY).count(), st.numberCentre);
        }

        int heading(SXSSFSheet sh, int r, String text, int last) {
            Row row = sh.createRow(r);
            text(row, 0, text, st.section);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            return r + 1;
        }

        String planTitle() {
            return data.planTitle != null ? data.planTitle : m.get("export.summary.overview.allPlans");
        }

        String scopeText() {
            List<String> parts = new ArrayList<>();
            if (options.chapterNumber() != null) {
                String title = data.lines.isEmpty() ? "" : data.lines.get(0).light().item().chapterTitle();
                parts.add(m.get("export.summary.scope.chapter", options.chapterNumber(), title));
            }
            if (data.department != null) {
                parts.add(m.get("export.summary.scope.department", data.department.name()));
            }
            return parts.isEmpty() ? m.get("export.summary.scope.whole") : String.join(m.get("export.summary.scope.and"), parts);
        }

        // ---- 台账 and 按部门 ----

        /** The ledger: {@code lines} with chapter and section headings, or {@code groups} under department headings. */
        void ledgerSheet(SXSSFWorkbook wb, String name, List<SummaryData.Line> lines,
                         Map<String, List<SummaryData.Line>> groups) {
            SXSSFSheet sh = sheet(wb, name);
            for (int i = 0; i < COLUMNS; i++) {
                sh.setColumnWidth(i, WIDTHS[i] * 256 + 200);
            }
            Row title = sh.createRow(0);
            title.setHeightInPoints(24);
            String heading = groups == null && lines != data.lines
                    ? m.get("export.summary.ledger.titleDepartment", planTitle(), name) : m.get("export.summary.ledger.title", planTitle());
            text(title, 0, heading, st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
            Row sub = sh.createRow(1);
            text(sub, 0, m.get("export.summary.ledger.subtitle", m.date(options.asOf()), scopeText()), st.plain);
            sh.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS - 1));
            Row header = sh.createRow(LEDGER_HEADER_ROW);
            header.setHeightInPoints(30);
            String[] headers = ledgerHeaders();
            for (int i = 0; i < COLUMNS; i++) {
                text(header, i, headers[i], st.header);
            }
            int[] r = {LEDGER_HEADER_ROW + 1};
            if (groups == null) {
                ledgerRows(sh, r, lines, true);
            } else {
                for (Map.Entry<String, List<SummaryData.Line>> e : groups.entrySet()) {
                    group(sh, r, m.get("export.summary.ledger.departmentHeading", e.getKey(), e.getValue().stream()
                            .filter(l -> !l.light().item().isMilestone()).count(), e.getValue().size()), st.chapter);
                    ledgerRows(sh, r, e.getValue(), false);
                }
            }
            int lastRow = Math.max(r[0] - 1, LEDGER_HEADER_ROW);
            sh.setAutoFilter(new CellRangeAddress(LEDGER_HEADER_ROW, lastRow, 0, COLUMNS - 1));
            sh.createFreezePane(0, LEDGER_HEADER_ROW + 1);
            printA3(sh, LEDGER_HEADER_ROW);
        }

        void ledgerRows(SXSSFSheet sh, int[] r, List<SummaryData.Line> lines, boolean outlineHeadings) {
            int lastChapter = -1;
            long lastPlan = -1;
            int lastSection = -1;
            int number = 0;
            for (SummaryData.Line l : lines) {
                ItemState s = l.light().item();
                if (outlineHeadings) {
                    if (s.planId() != lastPlan || s.chapterNumber() != lastChapter) {
                        group(sh, r, m.get("export.summary.ledger.chapterHeading", s.chapterNumber(), s.chapterTitle()), st.chapter);
                        lastPlan = s.planId();
                        lastChapter = s.chapterNumber();
                        lastSection = -1;
                    }
                    int section = l.place() == null ? 0 : l.place().sectionNumber();
                    if (section != lastSection && l.place() != null) {
                        group(sh, r, m.get("export.summary.ledger.sectionHeading", s.chapterNumber(), section,
                                l.place().sectionTitle()), st.sectionRow);
                        lastSection = section;
                    }
                }
                Row row = sh.createRow(r[0]++);
                if (!s.isMilestone()) {
                    number++;
                    number(row, 0, number, st.numberCentreBorder);
                    text(row, 2, s.label(), st.wrap);
                    text(row, 3, measures(l.measures()), st.wrap);
                } else {
                    text(row, 0, "", st.wrap);
                    text(row, 2, "", st.wrap);
                    text(row, 3, s.label(), st.wrap);
                }
                text(row, 1, s.code(), st.centre);
                text(row, 4, s.leadName() == null ? "" : s.leadName(), st.wrap);
                text(row, 5, String.join(m.get("export.summary.list.separator"), l.cooperating()), st.wrap);
                if (s.due() != null) {
                    date(row, 6, s.due(), st.date);
                } else {
                    text(row, 6, m.get("export.summary.due.standing"), st.centre);
                }
                SummaryData.Report rep = l.report();
                text(row, 7, rep == null ? "" : rep.progress(), st.wrap);
                text(row, 8, rep == null ? "" : rep.problems(), st.wrap);
                text(row, 9, rep == null ? "" : rep.nextSteps(), st.wrap);
                text(row, 10, m.get(s.status().messageKey()), st.centre);
                Light light = l.light().verdict().light();
                text(row, 11, m.get(light.messageKey()), st.light.get(light));
                text(row, 12, String.join(m.get("export.summary.list.separator"), l.evidence()), st.wrap);
                text(row, 13, remark(l), st.wrap);
                fitHeight(row, WIDTHS);
                tick();
            }
        }

        /** The light's main reason, and an extension when the due date moved. */
        String remark(SummaryData.Line l) {
            ItemState s = l.light().item();
            String reason = m.format(l.light().verdict().mainReason());
            if (s.plannedDue() != null && s.due() != null && !s.plannedDue().equals(s.due())) {
                return m.get("export.summary.ledger.extended", s.plannedDue(), s.due()) + m.get("export.summary.list.separator") + reason;
            }
            return reason;
        }

        void group(SXSSFSheet sh, int[] r, String text, CellStyle style) {
            Row row = sh.createRow(r[0]);
            for (int i = 0; i < COLUMNS; i++) {
                text(row, i, i == 0 ? text : "", style);
            }
            sh.addMergedRegion(new CellRangeAddress(r[0], r[0], 0, COLUMNS - 1));
            r[0]++;
        }

        String[] ledgerHeaders() {
            return new String[] {m.get("export.summary.column.number"), m.get("export.summary.column.chapterSection"),
                    m.get("export.summary.column.task"), m.get("export.summary.column.measure"), m.get("export.summary.column.lead"),
                    m.get("export.summary.column.cooperating"), m.get("export.summary.column.due"), m.get("export.summary.column.progress"),
                    m.get("export.summary.column.problems"), m.get("export.summary.column.nextSteps"), m.get("export.summary.column.status"),
                    m.get("export.summary.column.light"), m.get("export.summary.column.evidence"), m.get("export.summary.column.remark")};
        }

        void printA3(SXSSFSheet sh, int headerRow) {
            PrintSetup ps = sh.getPrintSetup();
            ps.setPaperSize(PrintSetup.A3_PAPERSIZE);
            ps.setLandscape(true);
            sh.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sh.setMargin(Sheet.LeftMargin, 0.4);
            sh.setMargin(Sheet.RightMargin, 0.4);
            sh.setMargin(Sheet.TopMargin, 0.6);
            sh.setMargin(Sheet.BottomMargin, 0.7);
            sh.getFooter().setCenter(m.get("export.summary.footer.page", "&P", "&N"));
        }

        // ---- 逾期清单 ----

        long daysLate(SummaryData.Line l) {
            LocalDate due = l.light().item().due();
            return due == null ? 0 : ChronoUnit.DAYS.between(due, options.asOf());
        }

        void lateSheet(SXSSFWorkbook wb, List<SummaryData.Line> late) {
            SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.late"));
            int[] widths = {6, 9, 44, 16, 14, 9, 10, 14, 50};
            for (int i = 0; i < widths.length; i++) {
                sh.setColumnWidth(i, widths[i] * 256 + 200);
            }
            Row title = sh.createRow(0);
            title.setHeightInPoints(24);
            text(title, 0, m.get("export.summary.late.title", planTitle(), m.date(options.asOf()), late.size()), st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
            Row header = sh.createRow(1);
            String[] headers = {m.get("export.summary.column.number"), m.get("export.summary.column.code"), m.get("export.summary.column.item"),
                    m.get("export.summary.column.lead"), m.get("export.summary.column.due"), m.get("export.summary.column.daysLate"),
                    m.get("export.summary.column.status"), m.get("export.summary.column.lastReport"), m.get("export.summary.column.lastProgress")};
            for (int i = 0; i < headers.length; i++) {
                text(header, i, headers[i], st.header);
            }
            int r = 2;
            for (SummaryData.Line l : late) {
                ItemState s = l.light().item();
                Row row = sh.createRow(r);
                number(row, 0, r - 1, st.numberCentreBorder);
                text(row, 1, s.code(), st.centre);
                text(row, 2, s.label(), st.wrap);
                text(row, 3, s.leadName() == null ? "" : s.leadName(), st.wrap);
                date(row, 4, s.due(), st.date);
                number(row, 5, daysLate(l), st.numberCentreBorder);
                text(row, 6, m.get(s.status().messageKey()), st.centre);
                if (l.report() != null) {
                    date(row, 7, l.report().writtenOn(), st.date);
                    text(row, 8, l.report().progress(), st.wrap);
                } else {
                    text(row, 7, m.get("export.summary.late.neverReported"), st.centre);
                    text(row, 8, "", st.wrap);
                }
                fitHeight(row, widths);
                r++;
                tick();
            }
            sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.length - 1));
            sh.createFreezePane(0, 2);
            printA3(sh, 1);
        }

        // ---- 指标 ----

        void indicatorSheet(SXSSFWorkbook wb) {
            SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.indicators"));
            int years = Math.max(0, data.endYear - data.startYear + 1);
            List<String> headers = new ArrayList<>(List.of(m.get("export.summary.column.number"), m.get("export.summary.column.group"),
                    m.get("export.summary.column.indicator"), m.get("export.summary.column.unit"), m.get("export.summary.column.baseline"),
                    m.get("export.summary.column.target")));
            for (int y = 0; y < years; y++) {
                headers.add(m.get("export.summary.column.actualYear", String.valueOf(data.startYear + y)));
            }
            headers.add(m.get("export.summary.column.evaluation"));
            headers.add(m.get("export.summary.column.evaluationReason"));
            int cols = headers.size();
            for (int i = 0; i < cols; i++) {
                int w = i == 2 ? 34 : i == 1 ? 12 : i == cols - 1 ? 50 : i == cols - 2 ? 10 : 10;
                sh.setColumnWidth(i, (i == 0 ? 6 : w) * 256 + 200);
            }
            Row title = sh.createRow(0);
            title.setHeightInPoints(24);
            text(title, 0, m.get("export.summary.indicators.title", planTitle(), m.date(options.asOf())), st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, cols - 1));
            Row header = sh.createRow(1);
            for (int i = 0; i < cols; i++) {
                text(header, i, headers.get(i), st.header);
            }
            int r = 2;
            for (IndicatorRow ir : data.indicators) {
                Row row = sh.createRow(r++);
                number(row, 0, ir.indicator().number(), st.numberCentreBorder);
                text(row, 1, nz(ir.indicator().group()), st.wrap);
                text(row, 2, ir.indicator().name(), st.wrap);
                text(row, 3, nz(ir.indicator().unit()), st.centre);
                numberOrText(row, 4, ir.indicator().baseline());
                numberOrText(row, 5, ir.indicator().target());
                for (int y = 0; y < years; y++) {
                    BigDecimal v = ir.actuals().get(data.startYear + y);
                    if (v != null) {
                        Cell cell = row.createCell(6 + y);
                        cell.setCellValue(v.doubleValue());
                        cell.setCellStyle(st.decimal);
                    } else {
                        text(row, 6 + y, "", st.centre);
                    }
                }
                text(row, 6 + years, m.get(ir.evaluation().verdict().messageKey()), st.centre);
                text(row, 7 + years, ir.evaluation().reason() == null ? "" : m.format(ir.evaluation().reason()), st.wrap);
                int[] w = new int[cols];
                for (int i = 0; i < cols; i++) {
                    w[i] = (int) (sh.getColumnWidth(i) / 256);
                }
                fitHeight(row, w);
                tick();
            }
            sh.createFreezePane(0, 2);
            printA3(sh, 1);
        }

        void numberOrText(Row row, int col, String value) {
            String v = nz(value).strip();
            if (v.matches("-?\\d+(\\.\\d+)?")) {
                Cell cell = row.createCell(col);
                cell.setCellValue(new BigDecimal(v).doubleValue());
                cell.setCellStyle(st.decimal);
            } else {
                text(row, col, v, st.centre);
            }
        }
    }

    /**
     * A row as high as its most wrapped cell: Excel grows such rows itself, LibreOffice and WPS do
     * not always, so the height is set from the text (a Chinese character is two columns wide).
     */
    static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || c.getColumnIndex() >= widths.length) {
                continue;
            }
            int width = Math.max(10, widths[c.getColumnIndex()] * 10);
            int cellLines = 0;
            for (String part : c.getStringCellValue().split("\n", -1)) {
                int units = 0;
                for (int i = 0; i < part.length(); i++) {
                    units += part.charAt(i) < 0x2E80 ? 10 : 16;
                }
                cellLines += Math.max(1, (units + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.min(409f, 3f + 12f * lines));
    }

    /** The task's measures numbered one per line: 1. …, 2. … (one measure: as it is). */
    static String measures(List<String> measures) {
        if (measures.size() <= 1) {
            return measures.isEmpty() ? "" : measures.get(0);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < measures.size(); i++) {
            b.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(measures.get(i));
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** A completion as a number with one decimal, the rollup's rounding (16.7, shown as 16.7%). */
    private static void percent(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(Percent.of(value).doubleValue() / 100.0);
        c.setCellStyle(style);
    }

    private static void date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value == null) {
            c.setBlank();
        } else {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    /** The workbook's styles, every one with the Chinese font. */
    private static final class Styles {
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

        Styles(SXSSFWorkbook wb, boolean english) {
            XSSFFont body = font(wb, 10, false, null);
            XSSFFont strong = font(wb, 10, true, null);
            XSSFFont big = font(wb, 16, true, null);
            XSSFFont white = font(wb, 10, true, "FFFFFF");
            short dateFormat = wb.createDataFormat().getFormat(english ? DATE_FORMAT_EN : DATE_FORMAT_ZH);
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
                fill(s, COLOURS.get(l));
                light.put(l, s);
            }
        }

        private static XSSFFont font(SXSSFWorkbook wb, int points, boolean bold, String rgb) {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setFontName(FONT);
            f.setCharSet(Font.DEFAULT_CHARSET);
            f.setFontHeightInPoints((short) points);
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

}
