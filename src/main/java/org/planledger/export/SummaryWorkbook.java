package org.planledger.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.notice.RegisterState;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemState;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Tally;
import org.planledger.rollup.YearRollup;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.notice.Notice;
import org.planledger.store.rollup.LatestReport;

/**
 * Writes a summary's figures into the cells of a workbook: 总览 (one printed page), 台账 (the
 * official columns, chapter and section rows as merged headings, light cells in the light's
 * colour, A3 landscape), 按部门, 逾期清单, 指标 and, when documents were issued, 督办台账; one instance per export, counting the rows
 * it writes.
 */
final class SummaryWorkbook {

    /** 台账's columns. */
    static final int COLUMNS = 14;
    private static final int LEDGER_HEADER_ROW = 2;
    private static final int REPORT_EVERY = 500;

    private final SummaryFigures figures;
    private final SummaryOptions options;
    private final Messages m;
    private final ExportProgress progress;
    private final Path target;
    /** The sheets written and the rows of items written, for the export's result. */
    final List<String> sheets = new ArrayList<>();
    private final Set<String> sheetNamesLower = new HashSet<>();
    int rows;
    private long done;
    private long total;
    private SummaryStyles st;
    /** What every row says alike, looked up once. */
    private final String separator;
    private final String standing;
    private final Map<TaskStatus, String> statusNames = new EnumMap<>(TaskStatus.class);
    private final Map<Light, String> lightNames = new EnumMap<>(Light.class);

    SummaryWorkbook(SummaryFigures figures, Messages m, ExportProgress progress, Path target) {
        this.figures = figures;
        this.options = figures.options();
        this.m = m;
        this.progress = progress;
        this.target = target;
        separator = m.get("export.summary.list.separator");
        standing = m.get("export.summary.due.standing");
        for (TaskStatus s : TaskStatus.values()) {
            statusNames.put(s, m.get(s.messageKey()));
        }
        for (Light l : Light.values()) {
            lightNames.put(l, m.get(l.messageKey()));
        }
    }

    void build(SXSSFWorkbook wb) {
        st = new SummaryStyles(wb, options.english());
        List<SummaryFigures.LateItem> late = figures.late();
        List<SummaryFigures.DepartmentItems> byDepartment = figures.byDepartment();
        // 按部门 writes an item once per department it belongs to (lead and each cooperating unit)
        total = figures.lines().size() + late.size() + figures.indicators().size() + figures.notices().size();
        for (SummaryFigures.DepartmentItems d : byDepartment) {
            total += d.lines().size();
        }
        progress.update(0, total);
        overview(wb);
        ledgerSheet(wb, m.get("export.summary.sheet.ledger"), figures.lines(), null, options.ledgerDetail());
        if (options.sheetPerDepartment()) {
            for (SummaryFigures.DepartmentItems d : byDepartment) {
                ledgerSheet(wb, departmentName(d), d.lines(), null, options.departmentDetail());
            }
        } else {
            ledgerSheet(wb, m.get("export.summary.sheet.byDepartment"), null, byDepartment,
                    options.departmentDetail());
        }
        lateSheet(wb, late);
        indicatorSheet(wb);
        if (!figures.notices().isEmpty()) {
            registerSheet(wb, figures.notices());
        }
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

    private SXSSFSheet sheet(SXSSFWorkbook wb, String wanted) {
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

    /** A department's name; the items of no department under their own heading. */
    String departmentName(SummaryFigures.DepartmentItems d) {
        return d.name() != null ? d.name() : m.get("export.summary.department.none");
    }

    // ---- 总览 ----

    void overview(SXSSFWorkbook wb) {
        SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.overview"));
        // A and B label the rows (number, title, department); every count sits in one of the
        // seven equal columns C–I, so the small tables line up under the wide ones
        double[] widths = {9, 23, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, (int) Math.round(widths[i] * 256) + 200);
        }
        int last = widths.length - 1;
        OutlineRollup outline = figures.outline();
        Tally plan = outline.plan();
        int r = 0;
        Row title = sh.createRow(r);
        title.setHeightInPoints(26);
        text(title, 0, figures.closedOn() != null
                ? m.get("export.summary.overview.titleClosed", planTitle(), m.date(figures.closedOn()))
                : m.get("export.summary.overview.title", planTitle()), st.title);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        r++;
        Row asOf = sh.createRow(r++);
        text(asOf, 0, m.get("export.summary.overview.asOf"), st.label);
        date(asOf, 1, options.asOf(), st.dateLeft);
        text(asOf, 2, m.get("export.summary.overview.exportedAt"), st.label);
        sh.addMergedRegion(new CellRangeAddress(asOf.getRowNum(), asOf.getRowNum(), 2, 3));
        text(asOf, 4, m.dateTime(figures.exportedAt()), st.plain);
        sh.addMergedRegion(new CellRangeAddress(asOf.getRowNum(), asOf.getRowNum(), 4, last));
        Row scope = sh.createRow(r++);
        text(scope, 0, m.get("export.summary.overview.scope"), st.label);
        text(scope, 1, scopeText(), st.plain);
        sh.addMergedRegion(new CellRangeAddress(scope.getRowNum(), scope.getRowNum(), 1, last));
        Row counting = sh.createRow(r++);
        text(counting, 0, m.get("export.summary.overview.counting"), st.label);
        text(counting, 1, m.get(figures.countsMilestones() ? "export.summary.overview.countingMilestones"
                : "export.summary.overview.countingTasks", plan.all().count()), st.plain);
        sh.addMergedRegion(new CellRangeAddress(counting.getRowNum(), counting.getRowNum(), 1, last));
        if (figures.carryingTasks() > 0) {
            Row carrying = sh.createRow(r++);
            text(carrying, 0, m.get("export.summary.overview.carrying"), st.label);
            text(carrying, 1, m.get("export.summary.overview.carryingTasks", figures.carryingTasks()), st.plain);
            sh.addMergedRegion(new CellRangeAddress(carrying.getRowNum(), carrying.getRowNum(), 1, last));
        }

        // counts by light and by status: a row label in A:B, the counts in C–I
        String items = m.get("export.summary.overview.items");
        r = heading(sh, r, m.get("export.summary.overview.byLight"), last);
        Row lh = sh.createRow(r++);
        Row lc = sh.createRow(r++);
        rowLabel(sh, lh, m.get("export.summary.column.light"), st.header);
        rowLabel(sh, lc, items, st.bold);
        int c = 2;
        for (Light l : Light.values()) {
            text(lh, c, m.get(l.messageKey()), st.light.get(l));
            number(lc, c, plan.light(l).count(), st.numberCentre);
            c++;
        }
        text(lh, c, m.get("export.summary.column.total"), st.header);
        number(lc, c, plan.all().count(), st.numberCentre);
        text(lh, c + 1, m.get("export.summary.column.completion"), st.header);
        text(lh, c + 2, null, st.header);
        sh.addMergedRegion(new CellRangeAddress(lh.getRowNum(), lh.getRowNum(), c + 1, c + 2));
        percent(lc, c + 1, plan.completion(), st.percentCentre);
        text(lc, c + 2, null, st.percentCentre);
        sh.addMergedRegion(new CellRangeAddress(lc.getRowNum(), lc.getRowNum(), c + 1, c + 2));
        fit(lh, widths);

        r = heading(sh, r, m.get("export.summary.overview.byStatus"), last);
        Row sh1 = sh.createRow(r++);
        Row sc = sh.createRow(r++);
        rowLabel(sh, sh1, m.get("export.summary.column.status"), st.header);
        rowLabel(sh, sc, items, st.bold);
        c = 2;
        for (TaskStatus s : TaskStatus.values()) {
            text(sh1, c, m.get(s.messageKey()), st.header);
            number(sc, c, plan.status(s).count(), st.numberCentre);
            c++;
        }
        fit(sh1, widths);

        // completion by chapter
        r = heading(sh, r, m.get("export.summary.overview.byChapter"), last);
        Row ch = sh.createRow(r++);
        String[] chHeaders = {m.get("export.summary.column.chapter"), m.get("export.summary.column.title"), m.get("export.summary.column.total"),
                m.get("export.summary.column.closed"), m.get("export.summary.column.completion"), m.get(Light.RED.messageKey()),
                m.get(Light.YELLOW.messageKey()), m.get(Light.GREEN.messageKey()), m.get(Light.GREY.messageKey())};
        for (int i = 0; i < chHeaders.length; i++) {
            text(ch, i, chHeaders[i], st.header);
        }
        fit(ch, widths);
        for (OutlineRollup.ChapterRow row : outline.chapters()) {
            Row x = sh.createRow(r++);
            number(x, 0, row.number(), st.numberCentre);
            text(x, 1, row.title(), st.wrap);
            chapterCounts(x, row.tally());
            fit(x, widths);
        }
        Row sum = sh.createRow(r++);
        rowLabel(sh, sum, m.get("export.summary.overview.planRow"), st.bold);
        chapterCounts(sum, plan);

        // departments with the most late items
        List<DepartmentRollup> worst = figures.mostLate();
        r = heading(sh, r, m.get("export.summary.overview.mostLate"), last);
        Row dh = sh.createRow(r++);
        String[] dHeaders = {m.get("export.summary.column.rank"), m.get("export.summary.column.department"), m.get("export.summary.column.late"),
                m.get("export.summary.column.counted"), m.get("export.summary.column.closed"), m.get("export.summary.column.completion")};
        for (int i = 0; i < dHeaders.length; i++) {
            text(dh, i, dHeaders[i], st.header);
        }
        fit(dh, widths);
        if (worst.isEmpty()) {
            Row x = sh.createRow(r++);
            text(x, 0, m.get("export.summary.overview.noneLate"), st.plain);
            sh.addMergedRegion(new CellRangeAddress(x.getRowNum(), x.getRowNum(), 0, 5));
        }
        int rank = 1;
        for (DepartmentRollup d : worst) {
            Row x = sh.createRow(r++);
            number(x, 0, rank++, st.numberCentre);
            text(x, 1, d.name(), st.wrap);
            number(x, 2, d.late().count(), st.numberCentre);
            number(x, 3, d.counted().count(), st.numberCentre);
            number(x, 4, d.done().count(), st.numberCentre);
            percent(x, 5, d.completion(), st.percentCentre);
            fit(x, widths);
        }

        // milestone years: the year labels the row, as the other small tables
        r = heading(sh, r, m.get("export.summary.overview.byYear"), last);
        Row yh = sh.createRow(r++);
        String[] yHeaders = {m.get("export.summary.column.milestonesDue"),
                m.get("outcome.doneontime"), m.get("outcome.donelate"), m.get("outcome.notdone"),
                m.get("outcome.open"), m.get("outcome.suspended")};
        rowLabel(sh, yh, m.get("export.summary.column.year"), st.header);
        for (int i = 0; i < yHeaders.length; i++) {
            text(yh, 2 + i, yHeaders[i], st.header);
        }
        fit(yh, widths);
        for (YearRollup y : figures.years()) {
            Row x = sh.createRow(r++);
            rowLabel(sh, x, m.get("export.summary.overview.yearLabel", String.valueOf(y.year())), st.bold);
            number(x, 2, y.due().count(), st.numberCentre);
            number(x, 3, y.doneOnTime().count(), st.numberCentre);
            number(x, 4, y.doneLate().count(), st.numberCentre);
            number(x, 5, y.notDone().count(), st.numberCentre);
            number(x, 6, y.open().count(), st.numberCentre);
            number(x, 7, y.suspended().count(), st.numberCentre);
        }

        // indicators' state
        r = heading(sh, r, m.get("export.summary.overview.indicators"), last);
        Row ih = sh.createRow(r++);
        Row ic = sh.createRow(r++);
        rowLabel(sh, ih, m.get("export.summary.column.evaluation"), st.header);
        rowLabel(sh, ic, m.get("export.summary.overview.indicatorCount"), st.bold);
        Map<IndicatorVerdict, Integer> verdicts = figures.verdicts();
        c = 2;
        for (IndicatorVerdict v : IndicatorVerdict.values()) {
            text(ih, c, m.get(v.messageKey()), st.header);
            number(ic, c, verdicts.getOrDefault(v, 0), st.numberCentre);
            c++;
        }
        text(ih, c, m.get("export.summary.column.total"), st.header);
        number(ic, c, figures.indicators().size(), st.numberCentre);
        fit(ih, widths);

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

    /** A row's label across A:B, bordered like the table it heads. */
    void rowLabel(SXSSFSheet sh, Row row, String label, CellStyle style) {
        text(row, 0, label, style);
        text(row, 1, null, style);
        sh.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
    }

    /** As tall as the row's most wrapped cell in the overview's columns. */
    void fit(Row row, double[] widths) {
        fitHeight(row, widths, SummaryStyles.BODY_POINTS);
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

    /** A section heading of 总览, after an empty row that sets it apart from the table above. */
    int heading(SXSSFSheet sh, int r, String text, int last) {
        sh.createRow(r).setHeightInPoints(10);
        Row row = sh.createRow(r + 1);
        row.setHeightInPoints(22);
        text(row, 0, text, st.section);
        sh.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, last));
        return r + 2;
    }

    String planTitle() {
        return figures.planTitle() != null ? figures.planTitle() : m.get("export.summary.overview.allPlans");
    }

    String scopeText() {
        List<String> parts = new ArrayList<>();
        if (options.chapterNumber() != null) {
            parts.add(m.get("export.summary.scope.chapter", options.chapterNumber(), figures.chapterTitle()));
        }
        if (figures.department() != null) {
            parts.add(m.get("export.summary.scope.department", figures.department().name()));
        }
        return parts.isEmpty() ? m.get("export.summary.scope.whole") : String.join(m.get("export.summary.scope.and"), parts);
    }

    // ---- 台账 and 按部门 ----

    /**
     * The ledger: {@code lines} with chapter and section headings, or {@code groups} under
     * department headings, each department on a page of its own.
     */
    void ledgerSheet(SXSSFWorkbook wb, String name, List<SummaryLine> lines,
                     List<SummaryFigures.DepartmentItems> groups, LedgerDetail detail) {
        SXSSFSheet sh = sheet(wb, name);
        int[] widths = detail.widths();
        double[] w = new double[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            sh.setColumnWidth(i, widths[i] * 256 + 200);
            w[i] = widths[i];
        }
        Row title = sh.createRow(0);
        title.setHeightInPoints(26);
        String heading = groups == null && lines != figures.lines()
                ? m.get("export.summary.ledger.titleDepartment", planTitle(), name) : m.get("export.summary.ledger.title", planTitle());
        text(title, 0, heading, st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
        Row sub = sh.createRow(1);
        String subtitle = m.get("export.summary.ledger.subtitle", m.date(options.asOf()), scopeText());
        if (detail == LedgerDetail.COMPACT) {
            subtitle += m.get("export.summary.ledger.compactNote");
        }
        text(sub, 0, subtitle, st.plain);
        sub.setHeightInPoints(TextFit.height(1, SummaryStyles.BODY_POINTS));
        sh.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS - 1));
        Row header = sh.createRow(LEDGER_HEADER_ROW);
        String[] headers = ledgerHeaders();
        for (int i = 0; i < COLUMNS; i++) {
            text(header, i, headers[i], st.header);
        }
        float headerHeight = Math.max(24, fitHeight(header, w, SummaryStyles.BODY_POINTS));
        header.setHeightInPoints(headerHeight);
        PageBreaks pages = new PageBreaks(sh, SheetPrint.A3_LANDSCAPE_ROWS, headerHeight,
                title.getHeightInPoints() + sub.getHeightInPoints() + headerHeight);
        int[] r = {LEDGER_HEADER_ROW + 1};
        if (groups == null) {
            ledgerRows(sh, r, lines, true, detail, w, pages);
        } else {
            for (SummaryFigures.DepartmentItems d : groups) {
                pages.heading(r[0], group(sh, r, m.get("export.summary.ledger.departmentHeading", departmentName(d),
                        d.lines().stream().filter(l -> !l.light().item().isMilestone()).count(),
                        d.lines().size()), st.chapter), true);
                ledgerRows(sh, r, d.lines(), false, detail, w, pages);
            }
        }
        int lastRow = Math.max(r[0] - 1, LEDGER_HEADER_ROW);
        sh.setAutoFilter(new CellRangeAddress(LEDGER_HEADER_ROW, lastRow, 0, COLUMNS - 1));
        sh.createFreezePane(0, LEDGER_HEADER_ROW + 1);
        print().ledger(sh, LEDGER_HEADER_ROW);
    }

    void ledgerRows(SXSSFSheet sh, int[] r, List<SummaryLine> lines, boolean outlineHeadings,
                    LedgerDetail detail, double[] widths, PageBreaks pages) {
        int lastChapter = -1;
        long lastPlan = -1;
        int lastSection = -1;
        int number = 0;
        for (SummaryLine l : lines) {
            ItemState s = l.light().item();
            if (outlineHeadings) {
                if (s.planId() != lastPlan || s.chapterNumber() != lastChapter) {
                    pages.heading(r[0], group(sh, r, m.get("export.summary.ledger.chapterHeading",
                            s.chapterNumber(), s.chapterTitle()), st.chapter), false);
                    lastPlan = s.planId();
                    lastChapter = s.chapterNumber();
                    lastSection = -1;
                }
                int section = l.place() == null ? 0 : l.place().sectionNumber();
                if (section != lastSection && l.place() != null) {
                    pages.heading(r[0], group(sh, r, m.get("export.summary.ledger.sectionHeading",
                            s.chapterNumber(), section, l.place().sectionTitle()), st.sectionRow), false);
                    lastSection = section;
                }
            }
            SummaryTexts t = figures.texts(l);
            Row row = sh.createRow(r[0]++);
            if (!s.isMilestone()) {
                number++;
                number(row, 0, number, st.numberCentreBorder);
                text(row, 2, s.label(), st.wrap);
                text(row, 3, detail == LedgerDetail.FULL ? measures(t.measures()) : null, st.wrap);
            } else {
                text(row, 0, null, st.wrap);
                text(row, 2, null, st.wrap);
                text(row, 3, s.label(), st.wrap);
            }
            text(row, 1, s.code(), st.centre);
            text(row, 4, s.leadName(), st.wrap);
            text(row, 5, String.join(separator, l.cooperating()), st.wrap);
            if (s.due() != null) {
                date(row, 6, s.due(), st.date);
            } else {
                text(row, 6, standing, st.centre);
            }
            LatestReport rep = t.report();
            text(row, 7, rep == null ? null : rep.progress(), st.wrap);
            text(row, 8, rep == null ? null : rep.problems(), st.wrap);
            text(row, 9, rep == null ? null : rep.nextSteps(), st.wrap);
            text(row, 10, statusNames.get(s.status()), st.centre);
            Light light = l.light().verdict().light();
            text(row, 11, lightNames.get(light), st.light.get(light));
            text(row, 12, String.join(separator, t.evidence()), st.wrap);
            text(row, 13, carriedOn(l) + remark(l), st.wrap);
            pages.item(row.getRowNum(), fitHeight(row, widths, SummaryStyles.BODY_POINTS));
            tick();
        }
    }

    /** 承接 十四五 5.3.6, before the remark, on a task that carries on an earlier plan's work. */
    String carriedOn(SummaryLine l) {
        List<String> from = figures.carriesOn(l);
        return from.isEmpty() ? "" : m.get("export.summary.ledger.carriesOn", String.join(separator, from)) + separator;
    }

    /** The light's main reason, and an extension when the due date moved. */
    String remark(SummaryLine l) {
        ItemState s = l.light().item();
        String reason = m.format(l.light().verdict().mainReason());
        if (s.plannedDue() != null && s.due() != null && !s.plannedDue().equals(s.due())) {
            return m.get("export.summary.ledger.extended", s.plannedDue(), s.due()) + separator + reason;
        }
        return reason;
    }

    /** A heading row merged across the ledger; returns its height. */
    float group(SXSSFSheet sh, int[] r, String text, CellStyle style) {
        Row row = sh.createRow(r[0]);
        for (int i = 0; i < COLUMNS; i++) {
            text(row, i, i == 0 ? text : null, style);
        }
        row.setHeightInPoints(TextFit.height(1, SummaryStyles.BODY_POINTS) + 4);
        // a new row of its own, so it cannot overlap another region: POI's check of every region
        // before it made a city's 12,000 headings take minutes (quadratic)
        sh.addMergedRegionUnsafe(new CellRangeAddress(r[0], r[0], 0, COLUMNS - 1));
        r[0]++;
        return row.getHeightInPoints();
    }

    String[] ledgerHeaders() {
        return new String[] {m.get("export.summary.column.number"), m.get("export.summary.column.chapterSection"),
                m.get("export.summary.column.task"), m.get("export.summary.column.measure"), m.get("export.summary.column.lead"),
                m.get("export.summary.column.cooperating"), m.get("export.summary.column.due"), m.get("export.summary.column.progress"),
                m.get("export.summary.column.problems"), m.get("export.summary.column.nextSteps"), m.get("export.summary.column.status"),
                m.get("export.summary.column.light"), m.get("export.summary.column.evidence"), m.get("export.summary.column.remark")};
    }

    /** Headers and footers of the printed sheets: the plan and the day on every later page. */
    SheetPrint print() {
        String header = m.get("export.summary.header.asOf", m.date(options.asOf()));
        return new SheetPrint(planTitle(), header, m.get("export.summary.footer.page", "&P", "&N"));
    }

    // ---- 逾期清单 ----

    void lateSheet(SXSSFWorkbook wb, List<SummaryFigures.LateItem> late) {
        SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.late"));
        double[] widths = {6, 9, 44, 16, 15, 9, 10, 15, 50};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, (int) widths[i] * 256 + 200);
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
        header.setHeightInPoints(Math.max(24, fitHeight(header, widths, SummaryStyles.BODY_POINTS)));
        int r = 2;
        for (SummaryFigures.LateItem item : late) {
            SummaryLine l = item.line();
            ItemState s = l.light().item();
            LatestReport report = figures.texts(l).report();
            Row row = sh.createRow(r);
            number(row, 0, r - 1, st.numberCentreBorder);
            text(row, 1, s.code(), st.centre);
            text(row, 2, s.label(), st.wrap);
            text(row, 3, s.leadName(), st.wrap);
            date(row, 4, s.due(), st.date);
            number(row, 5, item.daysLate(), st.numberCentreBorder);
            text(row, 6, statusNames.get(s.status()), st.centre);
            // 最近报送 holds dates only, so it sorts and filters as dates; never reported is
            // a blank there and said in words in 最近进展
            if (report != null) {
                date(row, 7, report.writtenOn(), st.date);
                text(row, 8, report.progress(), st.wrap);
            } else {
                date(row, 7, null, st.date);
                text(row, 8, m.get("export.summary.late.neverReported"), st.wrap);
            }
            fitHeight(row, widths, SummaryStyles.BODY_POINTS);
            r++;
            tick();
        }
        sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.length - 1));
        sh.createFreezePane(0, 2);
        print().list(sh, 1);
    }

    // ---- 指标 ----

    void indicatorSheet(SXSSFWorkbook wb) {
        SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.indicators"));
        int years = Math.max(0, figures.endYear() - figures.startYear() + 1);
        List<String> headers = new ArrayList<>(List.of(m.get("export.summary.column.number"), m.get("export.summary.column.group"),
                m.get("export.summary.column.indicator"), m.get("export.summary.column.unit"), m.get("export.summary.column.baseline"),
                m.get("export.summary.column.target")));
        for (int y = 0; y < years; y++) {
            headers.add(m.get("export.summary.column.actualYear", String.valueOf(figures.startYear() + y)));
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
        double[] w = new double[cols];
        for (int i = 0; i < cols; i++) {
            text(header, i, headers.get(i), st.header);
            w[i] = (sh.getColumnWidth(i) - 200) / 256.0;
        }
        header.setHeightInPoints(Math.max(24, fitHeight(header, w, SummaryStyles.BODY_POINTS)));
        int r = 2;
        for (IndicatorRow ir : figures.indicators()) {
            Row row = sh.createRow(r++);
            number(row, 0, ir.indicator().number(), st.numberCentreBorder);
            text(row, 1, nz(ir.indicator().group()), st.wrap);
            text(row, 2, ir.indicator().name(), st.wrap);
            text(row, 3, nz(ir.indicator().unit()), st.centre);
            numberOrText(row, 4, ir.indicator().baseline());
            numberOrText(row, 5, ir.indicator().target());
            for (int y = 0; y < years; y++) {
                BigDecimal v = ir.actuals().get(figures.startYear() + y);
                if (v != null) {
                    Cell cell = row.createCell(6 + y);
                    cell.setCellValue(v.doubleValue());
                    cell.setCellStyle(st.decimal);
                } else {
                    text(row, 6 + y, null, st.centre);
                }
            }
            text(row, 6 + years, m.get(ir.evaluation().verdict().messageKey()), st.centre);
            text(row, 7 + years, ir.evaluation().reason() == null ? null : m.format(ir.evaluation().reason()), st.wrap);
            fitHeight(row, w, SummaryStyles.BODY_POINTS);
            tick();
        }
        sh.createFreezePane(0, 2);
        print().list(sh, 1);
    }

    // ---- 督办台账 ----

    /** Every document issued about the items in scope: what it was, to whom, and what became of it. */
    void registerSheet(SXSSFWorkbook wb, List<Notice> notices) {
        SXSSFSheet sh = sheet(wb, m.get("export.summary.sheet.register"));
        double[] widths = {6, 22, 11, 6, 15, 22, 26, 15, 15, 15, 12, 15, 24};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, (int) widths[i] * 256 + 200);
        }
        Row title = sh.createRow(0);
        title.setHeightInPoints(24);
        text(title, 0, m.get("export.summary.register.title", planTitle(), m.date(options.asOf()), notices.size()), st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
        Row header = sh.createRow(1);
        String[] headers = {m.get("export.summary.column.number"), m.get("export.summary.column.noticeNumber"),
                m.get("export.summary.column.noticeKind"), m.get("export.summary.column.noticeColour"),
                m.get("export.summary.column.issuedOn"), m.get("export.summary.column.addressedTo"),
                m.get("export.summary.column.noticeItems"), m.get("export.summary.column.feedbackDue"),
                m.get("export.summary.column.signedOn"), m.get("export.summary.column.feedbackOn"),
                m.get("export.summary.column.noticeState"), m.get("export.summary.column.closedOn"),
                m.get("export.summary.column.remark")};
        for (int i = 0; i < headers.length; i++) {
            text(header, i, headers[i], st.header);
        }
        header.setHeightInPoints(Math.max(24, fitHeight(header, widths, SummaryStyles.BODY_POINTS)));
        int r = 2;
        for (Notice n : notices) {
            Row row = sh.createRow(r);
            number(row, 0, r - 1, st.numberCentreBorder);
            text(row, 1, n.number(), st.wrap);
            text(row, 2, m.get(n.kind().messageKey()), st.centre);
            text(row, 3, n.colour() == null ? null : m.get(colourKey(n.colour())), colourStyle(n.colour()));
            date(row, 4, n.issuedOn(), st.date);
            text(row, 5, n.departmentName() == null ? m.get("export.summary.register.allUnits") : n.departmentName(), st.wrap);
            text(row, 6, TextFit.packed(n.items().stream().map(Notice.Item::code).distinct().toList(), separator, widths[6],
                    SummaryStyles.BODY_POINTS), st.wrap);
            date(row, 7, n.feedbackDue(), st.date);
            date(row, 8, n.signedOn(), st.date);
            date(row, 9, n.feedbackOn(), st.date);
            text(row, 10, m.get(RegisterState.of(n, options.asOf()).messageKey()), st.centre);
            date(row, 11, n.closedOn(), st.date);
            text(row, 12, n.refersTo() == null ? null : m.get("export.summary.register.chases", n.refersTo()), st.wrap);
            fitHeight(row, widths, SummaryStyles.BODY_POINTS);
            r++;
            tick();
        }
        sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.length - 1));
        sh.createFreezePane(0, 2);
        print().list(sh, 1);
    }

    /** 红, 黄, 蓝: the colour's word in the register's short column. */
    static String colourKey(NoticeColour c) {
        return switch (c) {
            case RED -> "export.summary.register.red";
            case YELLOW -> "export.summary.register.yellow";
            case BLUE -> "export.summary.register.blue";
        };
    }

    /** A red or yellow document's colour cell filled as the light of that colour; blue is plain. */
    CellStyle colourStyle(NoticeColour c) {
        if (c == NoticeColour.RED) {
            return st.light.get(Light.RED);
        }
        return c == NoticeColour.YELLOW ? st.light.get(Light.YELLOW) : st.centre;
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

    static void checkCancelled(ExportProgress p, Path target) {
        if (p.cancelled()) {
            throw new ExportException(Text.of("export.cancelled", target.toAbsolutePath().normalize().toString()),
                    null);
        }
    }

    /**
     * Sets a row as high as its most wrapped cell and returns the height: Excel grows such rows
     * itself, LibreOffice and WPS do not always, and the page breaks are placed from it.
     */
    static float fitHeight(Row row, double[] widths, double fontPoints) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || c.getColumnIndex() >= widths.length) {
                continue;
            }
            lines = Math.max(lines, TextFit.lines(c.getStringCellValue(), widths[c.getColumnIndex()], fontPoints));
        }
        float height = TextFit.height(lines, fontPoints);
        row.setHeightInPoints(height);
        return height;
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

    /** A text cell; nothing to say leaves it blank (styled, so borders and fills stay), never "". */
    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value == null || value.isEmpty()) {
            c.setBlank();
        } else {
            c.setCellValue(value);
        }
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
}
