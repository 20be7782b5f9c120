package org.planledger.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.model.Milestone;
import org.planledger.model.Section;
import org.planledger.model.Task;
import org.planledger.planimport.DocumentBlock.Paragraph;
import org.planledger.planimport.OutlineReader.RawSection;

/**
 * Makes the tasks of a section: each paragraph opened by a lead sentence is a task; a
 * section with no lead sentence at all is one task named after the section.
 */
final class TaskBuilder {

    private final MilestoneFinder milestones;
    private final List<Text> notes;

    TaskBuilder(MilestoneFinder milestones, List<Text> notes) {
        this.milestones = milestones;
        this.notes = notes;
    }

    Section section(int chapter, RawSection raw, boolean context) {
        String body = raw.paragraphs.stream().map(Paragraph::text).reduce((a, b) -> a + "\n" + b).orElse("");
        if (context) {
            return new Section(raw.number, raw.title, body, List.of());
        }
        List<String> leads = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (Paragraph p : raw.paragraphs) {
            Optional<String> lead = LeadSentence.of(p);
            if (lead.isPresent()) {
                leads.add(lead.get());
                texts.add(new StringBuilder(p.text()));
            } else if (!texts.isEmpty()) {
                texts.get(texts.size() - 1).append('\n').append(p.text());
            } else {
                before.add(p.text());
            }
        }
        String code = chapter + "." + raw.number;
        if (leads.isEmpty()) {
            if (before.isEmpty()) {
                notes.add(Text.of("import.note.sectionEmpty", code, raw.title));
                return new Section(raw.number, raw.title, "", List.of());
            }
            notes.add(Text.of("import.note.sectionAsTask", code, raw.title));
            return new Section(raw.number, raw.title, "",
                    List.of(task(code + ".1", raw.title, String.join("\n", before), true)));
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            tasks.add(task(code + "." + (i + 1), leads.get(i), texts.get(i).toString(), false));
        }
        return new Section(raw.number, raw.title, String.join("\n", before), tasks);
    }

    private Task task(String code, String title, String text, boolean namedAfterSection) {
        List<String> sentences = Sentences.split(text);
        List<String> measures = namedAfterSection || sentences.isEmpty()
                ? sentences : sentences.subList(1, sentences.size());
        List<Milestone> found = new ArrayList<>();
        for (String clause : Sentences.clauses(text)) {
            Optional<MilestoneFinder.Due> due = milestones.find(clause);
            if (due.isPresent()) {
                found.add(new Milestone(clause, due.get().year(), due.get().date(),
                        TargetParser.parse(clause).orElse(null)));
            } else {
                milestones.startDates(clause).forEach(start -> notes.add(Text.of("import.note.startDate", code, start)));
            }
        }
        return new Task(code, title, text, namedAfterSection, measures, found);
    }
}
