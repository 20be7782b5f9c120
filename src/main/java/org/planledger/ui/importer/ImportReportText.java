package org.planledger.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.planledger.i18n.Messages;
import org.planledger.model.IndicatorAttribute;
import org.planledger.planimport.ImportReport;
import org.planledger.store.ImportResult;

/** The words of an import's dry-run report and of its outcome; no JavaFX, so tested plainly. */
public final class ImportReportText {

    /** One line of the report: what, and how many. */
    public record Row(String label, String value) {
    }

    private final Messages messages;

    public ImportReportText(Messages messages) {
        this.messages = messages;
    }

    public String header(ImportReport r) {
        return messages.get("ui.import.report.header", r.sourceName());
    }

    public List<Row> rows(ImportReport r) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("ui.import.report.plan", r.planTitle()));
        if (r.documentNumber() != null && !r.documentNumber().isBlank()) {
            rows.add(row("ui.import.report.documentNumber", r.documentNumber()));
        }
        rows.add(row("ui.import.report.period", messages.get("ui.import.report.periodValue", r.startYear(), r.endYear())));
        rows.add(row("ui.import.report.chapters", messages.get("ui.import.report.count", r.chapters())));
        rows.add(row("ui.import.report.sections", messages.get("ui.import.report.count", r.sections())));
        rows.add(row("ui.import.report.tasks", messages.get("ui.import.report.tasksValue", r.tasks(),
                r.tasksByLeadSentence(), r.tasksNamedAfterSection())));
        rows.add(row("ui.import.report.milestones", milestones(r)));
        rows.add(row("ui.import.report.indicators", indicators(r)));
        return rows;
    }

    private String milestones(ImportReport r) {
        if (r.milestones() == 0) {
            return messages.get("ui.import.report.count", 0);
        }
        StringJoiner byYear = new StringJoiner(messages.get("ui.list.separator"));
        r.milestonesByYear().forEach((year, n) -> byYear.add(messages.get("ui.import.report.year", year, n)));
        return messages.get("ui.import.report.milestonesValue", r.milestones(), byYear.toString());
    }

    private String indicators(ImportReport r) {
        if (r.indicators() == 0) {
            return messages.get("ui.import.report.count", 0);
        }
        StringJoiner byAttribute = new StringJoiner(messages.get("ui.list.separator"));
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            Long n = r.indicatorsByAttribute().getOrDefault(a, 0L);
            byAttribute.add(messages.get("ui.import.report.attribute", attribute(a), n));
        }
        return messages.get("ui.import.report.indicatorsValue", r.indicators(), r.indicatorGroups(), byAttribute.toString());
    }

    public String attribute(IndicatorAttribute a) {
        return messages.get("ui.indicator." + a.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether writing it makes a new plan or a new edition of one already in the ledger. */
    public String target(boolean revision) {
        return messages.get(revision ? "ui.import.report.revision" : "ui.import.report.new");
    }

    public List<String> notes(ImportReport r) {
        return r.notes().stream().map(messages::format).toList();
    }

    public String notesTitle(ImportReport r) {
        return messages.get("ui.import.report.notes", r.notes().size());
    }

    public String resultHeader(ImportResult result, String planTitle) {
        return messages.get(result.newPlan() ? "ui.import.done.new" : "ui.import.done.revised", planTitle);
    }

    public String resultBody(ImportResult result) {
        return messages.get("ui.import.done.counts", result.tasksAdded(), result.tasksUpdated(), result.tasksWithdrawn());
    }

    private Row row(String key, String value) {
        return new Row(messages.get(key), value == null ? "" : value);
    }
}
