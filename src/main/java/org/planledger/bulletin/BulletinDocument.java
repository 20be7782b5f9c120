package org.planledger.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.planledger.docs.ChineseNumbers;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.export.SummaryFigures;
import org.planledger.export.SummaryLine;
import org.planledger.i18n.Messages;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemState;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.Tally;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.progress.ReportingGrid;
import org.planledger.store.rollup.LatestReport;

/**
 * Lays a {@link Bulletin} out as a 公文: the title, then 一、总体情况 (the plan's counts by light
 * and status and its completion), 二、分章节推进情况 (a table by chapter), 三、红黄灯事项 (each
 * item with its lead and the light's reason), 四、各单位报送情况 (naming who did not report),
 * 五、存在问题 and 六、下步计划 (the entries' own words, by lead department, for the office to
 * edit), 七、指标进展情况, then the office and the date. Every count is the figures'; nothing is
 * counted here but lines of text.
 */
final class BulletinDocument {

    private final Messages m;

    BulletinDocument(Messages messages) {
        this.m = messages;
    }

    OfficialDocument write(Bulletin b, DocumentFonts.Chosen fonts) {
        OfficialDocument d = OfficialDocument.create(fonts);
        d.title(title(b));
        d.line("", ParagraphAlignment.LEFT);
        if (b.kind() == BulletinKind.BULLETIN) {
            d.line(m.get("bulletin.doc.addressee"), ParagraphAlignment.LEFT);
        }
        d.body(m.get(b.kind() == BulletinKind.BULLETIN ? "bulletin.doc.opening.bulletin" : "bulletin.doc.opening.report",
                b.planTitle(), scope(b)));
        int n = 1;
        d.heading1(heading(n++, "bulletin.doc.heading.overall"));
        overall(d, b);
        d.heading1(heading(n++, "bulletin.doc.heading.chapters"));
        chapters(d, b.figures());
        d.heading1(heading(n++, "bulletin.doc.heading.lights"));
        lights(d, b.figures());
        d.heading1(heading(n++, "bulletin.doc.heading.reporting"));
        reporting(d, b);
        d.heading1(heading(n++, "bulletin.doc.heading.problems"));
        notes(d, b, LatestReport::problems, "bulletin.doc.problems.none");
        d.heading1(heading(n++, "bulletin.doc.heading.nextSteps"));
        notes(d, b, LatestReport::nextSteps, "bulletin.doc.nextSteps.none");
        d.heading1(heading(n, "bulletin.doc.heading.indicators"));
        indicators(d, b.figures());

        // the signature block (office and date) stays on the page of the last paragraph or row
        d.keepLastWithNext();
        d.line("", ParagraphAlignment.LEFT).setKeepNext(true);
        d.line(b.office(), ParagraphAlignment.RIGHT).setKeepNext(true);
        d.line(m.date(b.issuedOn()), ParagraphAlignment.RIGHT);
        return d;
    }

    /** 关于《…》2026年11月实施进展情况的通报. */
    String title(Bulletin b) {
        return m.get(b.kind() == BulletinKind.BULLETIN ? "bulletin.doc.title.bulletin" : "bulletin.doc.title.report",
                b.planTitle(), scope(b));
    }

    /** The period's name (2026年11月, 2026年第4季度, 2026年), or 截至2026年11月29日. */
    private String scope(Bulletin b) {
        return b.period() != null ? m.format(b.period().label()) : m.get("bulletin.doc.asOfScope", m.date(b.asOf()));
    }

    private String heading(int n, String key) {
        return ChineseNumbers.of(n) + "、" + m.get(key);
    }

    private void overall(OfficialDocument d, Bulletin b) {
        SummaryFigures f = b.figures();
        Tally plan = f.outline().plan();
        d.body(m.get(f.countsMilestones() ? "bulletin.doc.overall.milestones" : "bulletin.doc.overall.tasks",
                m.date(b.asOf()), plan.all().count(), plan.closed().count(), Percent.text(plan.completion()),
                Percent.text(plan.weightedCompletion())));
        d.body(m.get("bulletin.doc.overall.lights", plan.light(Light.RED).count(), plan.light(Light.YELLOW).count(),
                plan.light(Light.GREEN).count(), plan.light(Light.GREY).count()));
        List<String> statuses = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            int c = plan.status(s).count();
            if (c > 0) {
                statuses.add(m.get("bulletin.doc.overall.statusPart", m.get(s.messageKey()), c));
            }
        }
        if (!statuses.isEmpty()) {
            d.body(m.get("bulletin.doc.overall.statuses", String.join(m.get("bulletin.doc.listSeparator"), statuses)));
        }
    }

    private void chapters(OfficialDocument d, SummaryFigures f) {
        XWPFTable t = d.table(6, 10, 5, 6, 6, 5, 5, 5, 5);
        header(d, t, m.get("bulletin.doc.column.chapter"), m.get("bulletin.doc.column.title"), m.get("bulletin.doc.column.items"),
                m.get("bulletin.doc.column.closed"), m.get("bulletin.doc.column.completion"), m.get("bulletin.doc.column.red"),
                m.get("bulletin.doc.column.yellow"), m.get("bulletin.doc.column.green"), m.get("bulletin.doc.column.grey"));
        for (OutlineRollup.ChapterRow c : f.outline().chapters()) {
            chapterRow(d, t, m.get("bulletin.doc.chapterNumber", ChineseNumbers.of(c.number())), c.title(), c.tally(), false);
        }
        chapterRow(d, t, m.get("bulletin.doc.column.total"), "", f.outline().plan(), true);
    }

    private void chapterRow(OfficialDocument d, XWPFTable t, String number, String title, Tally x, boolean bold) {
        d.row(t, bold, number, title, String.valueOf(x.all().count()), String.valueOf(x.closed().count()),
                Percent.text(x.completion()), String.valueOf(x.light(Light.RED).count()),
                String.valueOf(x.light(Light.YELLOW).count()), String.valueOf(x.light(Light.GREEN).count()),
                String.valueOf(x.light(Light.GREY).count()));
    }

    private void lights(OfficialDocument d, SummaryFigures f) {
        int part = 1;
        for (Light light : List.of(Light.RED, Light.YELLOW)) {
            // the items the counts of 一、 count, so the two agree
            List<SummaryLine> lines = f.lines().stream().filter(l -> Rollup.counts(l.light().item(), f.countsMilestones())
                    && l.light().verdict().light() == light).toList();
            d.heading2("（" + ChineseNumbers.of(part++) + "）"
                    + m.get("bulletin.doc.lights.part", m.get(light.messageKey()), lines.size()));
            if (lines.isEmpty()) {
                d.body(m.get("bulletin.doc.lights.none", m.get(light.messageKey())));
                continue;
            }
            XWPFTable t = d.table(4, 14, 7, 13);
            header(d, t, m.get("bulletin.doc.column.number"), m.get("bulletin.doc.column.item"),
                    m.get("bulletin.doc.column.lead"), m.get("bulletin.doc.column.reason"));
            int i = 1;
            for (SummaryLine l : lines) {
                ItemState s = l.light().item();
                d.row(t, false, String.valueOf(i++), itemName(s),
                        s.leadName() == null ? m.get("bulletin.doc.noLead") : s.leadName(),
                        String.join(m.get("bulletin.doc.reasonSeparator"), l.light().verdict().reasons().stream().map(m::format).toList()));
            }
        }
    }

    private String itemName(ItemState s) {
        if (s.isMilestone()) {
            return m.get("bulletin.doc.milestone", s.code(), s.dueYear() == null ? "" : String.valueOf(s.dueYear()), s.label());
        }
        return s.code() + " " + s.label();
    }

    private void reporting(OfficialDocument d, Bulletin b) {
        String period = m.format(b.reporting().label());
        int owed = 0;
        int reported = 0;
        List<String> missing = new ArrayList<>();
        List<ReportingGrid.Row> rows = new ArrayList<>();
        for (ReportingGrid.Row r : b.grid().rows()) {
            ReportingGrid.Cell c = r.cells().get(0);
            if (c.owed() == 0) {
                continue;
            }
            rows.add(r);
            owed += c.owed();
            reported += c.reported();
            if (!c.missing().isEmpty()) {
                missing.add(r.departmentName());
            }
        }
        boolean due = b.asOf().isAfter(b.reportDue());
        d.body(m.get("bulletin.doc.reporting.summary", period, m.date(b.reportDue()), rows.size(), owed, reported));
        if (missing.isEmpty()) {
            d.body(m.get("bulletin.doc.reporting.allReported"));
        } else {
            d.body(m.get(due ? "bulletin.doc.reporting.missing" : "bulletin.doc.reporting.notYetDue", missing.size(),
                    String.join(m.get("bulletin.doc.listSeparator"), missing)));
        }
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable t = d.table(4, 14, 4, 4, 5, 4, 7);
        header(d, t, m.get("bulletin.doc.column.number"), m.get("bulletin.doc.column.department"),
                m.get("bulletin.doc.column.owed"), m.get("bulletin.doc.column.reported"), m.get("bulletin.doc.column.late"),
                m.get("bulletin.doc.column.missing"), m.get("bulletin.doc.column.state"));
        int i = 1;
        for (ReportingGrid.Row r : rows) {
            ReportingGrid.Cell c = r.cells().get(0);
            d.row(t, false, String.valueOf(i++), r.departmentName(), String.valueOf(c.owed()), String.valueOf(c.reported()),
                    String.valueOf(c.late()), String.valueOf(c.missing().size()), m.get(c.state(b.asOf()).messageKey()));
        }
    }

    /**
     * The entries' words (problems, or next steps) as written from {@code notesFrom}, one
     * part per lead department in name order, each text once with the codes it was written for.
     */
    private void notes(OfficialDocument d, Bulletin b, Function<LatestReport, String> field, String noneKey) {
        SummaryFigures f = b.figures();
        Map<String, Map<String, List<String>>> byDepartment = new TreeMap<>(m.collator());
        for (SummaryLine l : f.lines()) {
            LatestReport r = f.texts(l).report();
            if (r == null || r.writtenOn().isBefore(b.notesFrom()) || r.writtenOn().isAfter(b.asOf())
                    || field.apply(r).isBlank()) {
                continue;
            }
            ItemState s = l.light().item();
            String department = s.leadName() == null ? m.get("bulletin.doc.noLead") : s.leadName();
            byDepartment.computeIfAbsent(department, k -> new LinkedHashMap<>())
                    .computeIfAbsent(field.apply(r).strip(), k -> new ArrayList<>()).add(s.code());
        }
        if (byDepartment.isEmpty()) {
            d.body(m.get(noneKey, m.date(b.notesFrom()), m.date(b.asOf())));
            return;
        }
        d.body(m.get("bulletin.doc.notes.source", m.date(b.notesFrom()), m.date(b.asOf())));
        int i = 1;
        for (var department : byDepartment.entrySet()) {
            d.heading2("（" + ChineseNumbers.of(i++) + "）" + department.getKey());
            for (var text : department.getValue().entrySet()) {
                List<String> codes = text.getValue().stream().distinct().toList();
                d.body(m.get("bulletin.doc.notes.item", String.join(m.get("bulletin.doc.codeSeparator"), codes), text.getKey()));
            }
        }
    }

    private void indicators(OfficialDocument d, SummaryFigures f) {
        List<IndicatorRow> rows = f.indicators();
        if (rows.isEmpty()) {
            d.body(m.get("bulletin.doc.indicators.none"));
            return;
        }
        List<String> parts = new ArrayList<>();
        for (IndicatorVerdict v : IndicatorVerdict.values()) {
            int c = f.verdicts().getOrDefault(v, 0);
            if (c > 0) {
                parts.add(m.get("bulletin.doc.overall.statusPart", m.get(v.messageKey()), c));
            }
        }
        d.body(m.get("bulletin.doc.indicators.summary", rows.size(), String.join(m.get("bulletin.doc.listSeparator"), parts)));
        XWPFTable t = d.table(4, 13, 5, 5, 6, 5);
        header(d, t, m.get("bulletin.doc.column.number"), m.get("bulletin.doc.column.indicator"),
                m.get("bulletin.doc.column.baseline"), m.get("bulletin.doc.column.target"), m.get("bulletin.doc.column.actual"),
                m.get("bulletin.doc.column.verdict"));
        int i = 1;
        for (IndicatorRow r : rows) {
            var ind = r.indicator();
            String name = ind.unit() == null || ind.unit().isBlank() ? ind.name() : m.get("bulletin.doc.indicatorUnit", ind.name(), ind.unit());
            var e = r.evaluation();
            String actual = e.actual() == null ? m.get("bulletin.doc.noValue")
                    : m.get("bulletin.doc.actual", e.actual().stripTrailingZeros().toPlainString(), String.valueOf(e.year()));
            d.row(t, false, String.valueOf(i++), name, nz(ind.baseline()), nz(ind.target()), actual, m.get(e.verdict().messageKey()));
        }
    }

    /** A header row, repeated atop each page the table runs onto (the red items fill many). */
    private static void header(OfficialDocument d, XWPFTable t, String... cells) {
        d.row(t, true, cells).setRepeatHeader(true);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
