package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorAttribute;
import org.planledger.planimport.ImportReport;
import org.planledger.store.plan.ImportResult;

/**
 * The dry-run report of an import and the outcome of writing it, as JSON for scripts: English
 * field names, notes as their key plus the sentence in the chosen language. The words people
 * read are {@link org.planledger.app.ImportReportWords}.
 */
final class ImportReportJson {

    private ImportReportJson() {
    }

    static Map<String, Object> report(ImportReport r, Messages m) {
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

    static Map<String, Object> result(ImportResult result) {
        Map<String, Object> o = Json.object();
        o.put("planId", result.planId());
        o.put("newPlan", result.newPlan());
        o.put("tasksAdded", result.tasksAdded());
        o.put("tasksUpdated", result.tasksUpdated());
        o.put("tasksWithdrawn", result.tasksWithdrawn());
        return o;
    }

    /** Counts by year, the years as field names in order. */
    static Map<String, Object> byYear(Map<Integer, Integer> byYear) {
        Map<String, Object> o = Json.object();
        byYear.forEach((year, n) -> o.put(String.valueOf(year), n));
        return o;
    }
}
