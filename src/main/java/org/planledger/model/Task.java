package org.planledger.model;

import java.util.List;

/**
 * A named task (重点任务): a paragraph opened by a short lead sentence, or a whole
 * section that has none ({@code namedAfterSection}).
 *
 * @param code stable code that follows the document: chapter.section.task, e.g. 5.3.6
 */
public record Task(
        String code,
        String title,
        String text,
        boolean namedAfterSection,
        List<String> measures,
        List<Milestone> milestones) {

    public Task {
        measures = List.copyOf(measures);
        milestones = List.copyOf(milestones);
    }
}
