package org.planledger.store.plan;

import java.util.List;

/** A plan's outline: chapters, sections and their tasks, in document order. */
public record Outline(long planId, String planTitle, List<Chapter> chapters) {

    public record Chapter(long id, int number, String title, boolean context, List<Section> sections) {
        public int taskCount() {
            return sections.stream().mapToInt(s -> s.tasks().size()).sum();
        }
    }

    public record Section(long id, int number, String title, List<TaskRef> tasks) {
    }
}
