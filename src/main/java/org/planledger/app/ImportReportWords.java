package org.planledger.app;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.planledger.i18n.Messages;
import org.planledger.model.IndicatorAttribute;
import org.planledger.planimport.ImportReport;
import org.planledger.store.plan.ImportResult;

/**
 * The dry-run report of an import in the user's words, and the outcome of writing it: one text
 * for the app's import dialog (a grid of its rows) and the command line (the same rows as a
 * plain-text table). No JavaFX, so the command line and plain tests use it as it is.
 */
public final class ImportReportWords {

    /** One line of the report: what, and what the document holds of it. */
    public record Row(String label, String value) {
    }

    /** What the report (and the command line's stats) counts, with the word for each. */
    public enum Count {
        CHAPTERS("report.chapters"),
        SECTIONS("report.sections"),
        TASKS("report.tasks"),
        MILESTONES("report.milestones"),
        INDICATORS("report.indicators");

        private final String key;

        Count(String key) {
            this.key = key;
        }
    }

    private final Messages m;

    public ImportReportWords(Messages messages) {
        this.m = messages;
    }

    /** "导入预览：plan.txt（UTF-8 编码的文本）": the document and how it was read. */
    public String heading(ImportReport r) {
        return m.get("report.heading", r.sourceName(), format(r.format()));
    }

    /** The report's rows: the plan, its period, then the counts with their breakdowns. */
    public List<Row> rows(ImportReport r) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("report.plan", r.planTitle()));
        if (r.documentNumber() != null && !r.documentNumber().isBlank()) {
            rows.add(row("report.documentNumber", r.documentNumber()));
        }
        rows.add(row("report.period", period(r.startYear(), r.endYear())));
        rows.add(new Row(label(Count.CHAPTERS), m.get("report.count", r.chapters())));
        rows.add(new Row(label(Count.SECTIONS), m.get("report.count", r.sections())));
        rows.add(new Row(label(Count.TASKS), m.get("report.tasksValue", r.tasks(), r.tasksByLeadSentence(),
                r.tasksNamedAfterSection())));
        rows.add(new Row(label(Count.MILESTONES), milestones(r)));
        rows.add(new Row(label(Count.INDICATORS), indicators(r)));
        return rows;
    }

    public String label(Count count) {
        return m.get(count.key);
    }

    /** "2021—2025年" / "2021–2025". */
    public String period(int startYear, int endYear) {
        return m.get("report.periodValue", startYear, endYear);
    }

    private String milestones(ImportReport r) {
        if (r.milestones() == 0) {
            return m.get("report.count", 0);
        }
        StringJoiner byYear = new StringJoiner(m.get("report.separator"));
        r.milestonesByYear().forEach((year, n) -> byYear.add(m.get("report.year", year, n)));
        return m.get("report.milestonesValue", r.milestones(), byYear.toString());
    }

    private String indicators(ImportReport r) {
        if (r.indicators() == 0) {
            return m.get("report.count", 0);
        }
        StringJoiner byAttribute = new StringJoiner(m.get("report.separator"));
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            byAttribute.add(m.get("report.attribute", attribute(a), r.indicatorsByAttribute().getOrDefault(a, 0L)));
        }
        return m.get("report.indicatorsValue", r.indicators(), r.indicatorGroups(), byAttribute.toString());
    }

    /** 约束性 / 预期性, or 未标注属性 for null (an indicator whose attribute the document does not give). */
    public String attribute(IndicatorAttribute a) {
        if (a == null) {
            return m.get("report.attribute.none");
        }
        return switch (a) {
            case BINDING -> m.get("report.attribute.binding");
            case EXPECTED -> m.get("report.attribute.expected");
        };
    }

    /** "text UTF-8" / "docx" / "doc" / "pdf", as the reader reports how it read the document, in words. */
    public String format(String format) {
        if (format == null) {
            return "";
        }
        if (format.startsWith("text ")) {
            return m.get("report.format.text", format.substring("text ".length()));
        }
        if (format.equals("docx")) {
            return m.get("report.format.docx");
        }
        if (format.equals("doc")) {
            return m.get("report.format.doc");
        }
        if (format.equals("pdf")) {
            return m.get("report.format.pdf");
        }
        return format;
    }

    /** The notes' heading: how many there are, or that there are none. */
    public String notesTitle(ImportReport r) {
        return r.notes().isEmpty() ? m.get("report.noNotes") : m.get("report.notes", r.notes().size());
    }

    /** Every decision the reader made, one sentence each. */
    public List<String> notes(ImportReport r) {
        return r.notes().stream().map(m::format).toList();
    }

    /** What writing the plan did: a new plan, or a new edition of one the ledger holds. */
    public String outcome(ImportResult result, String planTitle) {
        return m.get(result.newPlan() ? "report.done.new" : "report.done.revised", planTitle);
    }

    /** The tasks writing it added, updated and withdrew. */
    public String outcomeCounts(ImportResult result) {
        return m.get("report.done.counts", result.tasksAdded(), result.tasksUpdated(), result.tasksWithdrawn());
    }

    private Row row(String key, String value) {
        return new Row(m.get(key), value == null ? "" : value);
    }
}
