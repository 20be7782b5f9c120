package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorAttribute;
import org.planledger.planimport.ImportReport;
import org.planledger.store.ImportResult;

/**
 * The dry-run report of an import in words, as the app's import dialog shows it: what the
 * document holds, and every note the reader made. Also its JSON form for scripts.
 */
public final class ImportReportText {

    private final Messages m;

    public ImportReportText(Messages messages) {
        this.m = messages;
    }

    /** The report's lines: a heading, the counts as an aligned listing, then the notes. */
    public List<String> lines(ImportReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("cli.report.heading", r.sourceName(), format(r.format())));
        lines.add("");
        TextTable about = TextTable.withoutHeaders(2);
        about.row(m.get("cli.report.title"), r.planTitle());
        about.row(m.get("cli.report.documentNumber"),
                r.documentNumber() == null || r.documentNumber().isBlank() ? m.get("cli.report.none") : r.documentNumber());
        about.row(m.get("cli.report.period"), m.get("cli.period", r.startYear(), r.endYear()));
        lines.addAll(about.lines());
        lines.add("");
        TextTable t = TextTable.listing();
        t.row(m.get("cli.count.chapters"), r.chapters());
        t.row(m.get("cli.count.sections"), r.sections());
        t.row(m.get("cli.count.tasks"), r.tasks(),
                m.get("cli.report.tasksDetail", r.tasksByLeadSentence(), r.tasksNamedAfterSection()));
        t.row(m.get("cli.count.milestones"), r.milestones());
        r.milestonesByYear().forEach((year, n) -> t.row("  " + m.get("cli.year", year), n));
        t.row(m.get("cli.count.indicators"), r.indicators(), m.get("cli.report.indicatorGroups", r.indicatorGroups()));
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            t.row("  " + attribute(a.name()), r.indicatorsByAttribute().getOrDefault(a, 0L));
        }
        lines.addAll(t.lines());
        lines.add("");
        if (r.notes().isEmpty()) {
            lines.add(m.get("cli.report.noNotes"));
        } else {
            lines.add(m.get("cli.report.notes", r.notes().size()));
            for (Text note : r.notes()) {
                lines.add("  - " + m.format(note));
            }
        }
        return lines;
    }

    /** What writing the plan changed, in one sentence. */
    public String result(ImportResult result, String ledger) {
        return result.newPlan()
                ? m.get("cli.import.writtenNew", ledger, result.planId(), result.tasksAdded(), result.tasksUpdated(),
                        result.tasksWithdrawn())
                : m.get("cli.import.writtenRevised", ledger, result.planId(), result.tasksAdded(), result.tasksUpdated(),
                        result.tasksWithdrawn());
    }

    /** "text UTF-8" / "docx" as the reader reports it, in words. */
    String format(String format) {
        if (format == null) {
            return "";
        }
        if (format.startsWith("text ")) {
            return m.get("cli.report.format.text", format.substring("text ".length()));
        }
        if (format.equals("docx")) {
            return m.get("cli.report.format.docx");
        }
        return format;
    }

    /** BINDING / EXPECTED (or "" for none given) in words. */
    String attribute(String name) {
        return switch (name) {
            case "BINDING" -> m.get("cli.attribute.binding");
            case "EXPECTED" -> m.get("cli.attribute.expected");
            default -> m.get("cli.attribute.none");
        };
    }

    /** The report for scripts: English field names, notes as key plus the sentence in the chosen language. */
    public Map<String, Object> json(ImportReport r) {
        Map<String, Object> o = Json.object();
        o.put("source", r.sourceName());
        o.put("format", r.format());
        o.put("title", r.planTitle());
        o.put("documentNumber", r.documentNumber());
        o.put("startYear", r.startYear());
        o.put("endYear", r.endYear());
        o.put("chapters", r.chapters());
        o.put("sections", r.sections());
        o.put("tasks", r.tasks());
        o.put("tasksByLeadSentence", r.tasksByLeadSentence());
        o.put("tasksNamedAfterSection", r.tasksNamedAfterSection());
        o.put("milestones", r.milestones());
        o.put("milestonesByYear", byYear(r.milestonesByYear()));
        o.put("indicators", r.indicators());
        o.put("indicatorGroups", r.indicatorGroups());
        Map<String, Object> byAttribute = Json.object();
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            byAttribute.put(a.name(), r.indicatorsByAttribute().getOrDefault(a, 0L));
        }
        o.put("indicatorsByAttribute", byAttribute);
        List<Object> notes = new ArrayList<>();
        for (Text note : r.notes()) {
            Map<String, Object> n = Json.object();
            n.put("key", note.key());
            n.put("message", m.format(note));
            notes.add(n);
        }
        o.put("notes", notes);
        return o;
    }

    public static Map<String, Object> json(ImportResult result) {
        Map<String, Object> o = Json.object();
        o.put("planId", result.planId());
        o.put("newPlan", result.newPlan());
        o.put("tasksAdded", result.tasksAdded());
        o.put("tasksUpdated", result.tasksUpdated());
        o.put("tasksWithdrawn", result.tasksWithdrawn());
        return o;
    }

    static Map<String, Object> byYear(Map<Integer, Integer> byYear) {
        Map<String, Object> o = Json.object();
        byYear.forEach((year, n) -> o.put(String.valueOf(year), n));
        return o;
    }
}
