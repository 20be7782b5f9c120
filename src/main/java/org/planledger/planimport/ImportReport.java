package org.planledger.planimport;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Task;

/** The dry-run report of an import: what the document holds and what the reader had to decide. */
public record ImportReport(
        String sourceName,
        String format,
        String planTitle,
        String documentNumber,
        int startYear,
        int endYear,
        int chapters,
        int sections,
        int tasks,
        int tasksByLeadSentence,
        int tasksNamedAfterSection,
        SortedMap<Integer, Integer> milestonesByYear,
        int indicators,
        int indicatorGroups,
        Map<IndicatorAttribute, Long> indicatorsByAttribute,
        List<Text> notes) {

    public ImportReport {
        milestonesByYear = new TreeMap<>(milestonesByYear);
        indicatorsByAttribute = Map.copyOf(indicatorsByAttribute);
        notes = List.copyOf(notes);
    }

    public int milestones() {
        return milestonesByYear.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The same report with one more note in front, for what the reader learned before parsing. */
    public ImportReport withFirstNote(Text note) {
        return withFirstNotes(List.of(note));
    }

    /** The same report with the reader's own decisions (a PDF's joined lines, dropped page numbers) in front. */
    public ImportReport withFirstNotes(List<Text> first) {
        List<Text> all = new java.util.ArrayList<>(first);
        all.addAll(notes);
        return new ImportReport(sourceName, format, planTitle, documentNumber, startYear, endYear, chapters,
                sections, tasks, tasksByLeadSentence, tasksNamedAfterSection, milestonesByYear, indicators,
                indicatorGroups, indicatorsByAttribute, all);
    }

    static ImportReport of(String sourceName, String format, Plan plan, List<Text> notes) {
        List<Task> tasks = plan.tasks();
        int named = (int) tasks.stream().filter(Task::namedAfterSection).count();
        SortedMap<Integer, Integer> byYear = new TreeMap<>();
        for (Milestone m : plan.milestones()) {
            byYear.merge(m.year(), 1, Integer::sum);
        }
        Map<IndicatorAttribute, Long> byAttribute = new java.util.EnumMap<>(IndicatorAttribute.class);
        plan.indicators().stream().filter(i -> i.attribute() != null)
                .forEach(i -> byAttribute.merge(i.attribute(), 1L, Long::sum));
        long groups = plan.indicators().stream().map(i -> i.group()).distinct().count();
        return new ImportReport(sourceName, format, plan.title(), plan.documentNumber(),
                plan.startYear(), plan.endYear(), plan.chapters().size(), plan.sections().size(),
                tasks.size(), tasks.size() - named, named, byYear, plan.indicators().size(), (int) groups,
                byAttribute, notes);
    }
}
