package org.planledger.model;

import java.util.List;

/** A section (节 or （一）) of a chapter; {@code preamble} is text before its first task, or "". */
public record Section(int number, String title, String preamble, List<Task> tasks) {
    public Section {
        tasks = List.copyOf(tasks);
    }
}
