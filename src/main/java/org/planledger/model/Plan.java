package org.planledger.model;

import java.time.LocalDate;
import java.util.List;

/** A plan as read from its document: outline, tasks, milestones and headline indicators. */
public record Plan(
        String title,
        String documentNumber,
        int startYear,
        int endYear,
        List<Chapter> chapters,
        List<Indicator> indicators,
        String indicatorNote) {

    public Plan {
        chapters = List.copyOf(chapters);
        indicators = List.copyOf(indicators);
    }

    public LocalDate endDate() {
        return LocalDate.of(endYear, 12, 31);
    }

    public List<Section> sections() {
        return chapters.stream().flatMap(c -> c.sections().stream()).toList();
    }

    public List<Task> tasks() {
        return sections().stream().flatMap(s -> s.tasks().stream()).toList();
    }

    public List<Milestone> milestones() {
        return tasks().stream().flatMap(t -> t.milestones().stream()).toList();
    }
}
