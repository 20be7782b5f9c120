package org.planledger.planimport;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planledger.model.Indicator;
import org.planledger.model.Plan;
import org.planledger.model.Task;

/** How a plan read from another form compares with the same plan read from its .docx. */
record PlanComparison(List<String> chapters, List<String> expectedChapters,
                      List<String> sections, List<String> expectedSections,
                      List<String> indicators, List<String> expectedIndicators,
                      int tasksFound, int tasksExpected, int tasksRead, List<String> missing, List<String> extra) {

    static PlanComparison of(Plan expected, Plan actual) {
        Set<String> read = new HashSet<>(tasks(actual));
        List<String> wanted = tasks(expected);
        List<String> missing = wanted.stream().filter(t -> !read.contains(t)).toList();
        Set<String> known = new HashSet<>(wanted);
        List<String> extra = tasks(actual).stream().filter(t -> !known.contains(t)).toList();
        return new PlanComparison(chapters(actual), chapters(expected), sections(actual), sections(expected),
                indicators(actual), indicators(expected),
                wanted.size() - missing.size(), wanted.size(), actual.tasks().size(), missing, extra);
    }

    /** The share of the .docx's tasks found with the same code and title, in per cent. */
    double taskPercentage() {
        return 100.0 * tasksFound / tasksExpected;
    }

    String summary() {
        return String.format("%d of %d tasks (%.1f %%) with the same code and title, %d tasks read; missing %s; not in the .docx %s",
                tasksFound, tasksExpected, taskPercentage(), tasksRead, missing, extra);
    }

    private static List<String> tasks(Plan plan) {
        return plan.tasks().stream().map(t -> t.code() + " " + t.title()).toList();
    }

    private static List<String> chapters(Plan plan) {
        return plan.chapters().stream().map(c -> c.number() + " " + c.title() + (c.context() ? " (context)" : "")).toList();
    }

    private static List<String> sections(Plan plan) {
        return plan.chapters().stream().flatMap(c -> c.sections().stream().map(s -> c.number() + "." + s.number() + " " + s.title()))
                .toList();
    }

    private static List<String> indicators(Plan plan) {
        return plan.indicators().stream().map(Indicator::toString).toList();
    }

    static String taskTitles(List<Task> tasks) {
        return String.join("\n", tasks.stream().map(t -> t.code() + " " + t.title()).toList());
    }
}
