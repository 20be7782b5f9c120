package org.planledger.ui.department;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.planledger.model.AssignmentRole;
import org.planledger.store.division.DepartmentTask;
import org.planledger.store.plan.TaskDetail.MilestoneRow;

/**
 * A department's tasks as the department view lists them: first what it leads, then what it
 * cooperates on; in each, the tasks by chapter in document order, each with its milestones by year.
 */
public final class DepartmentTaskLines {

    /** One line of the list. */
    public sealed interface Line {
    }

    /** 牵头任务（12 项）, with the milestones of those tasks counted by year. */
    public record RoleHeader(AssignmentRole role, int tasks, SortedMap<Integer, Integer> milestonesByYear)
            implements Line {
    }

    public record ChapterHeader(AssignmentRole role, int number, String title) implements Line {
    }

    public record TaskLine(DepartmentTask task, SortedMap<Integer, List<MilestoneRow>> milestonesByYear)
            implements Line {
    }

    /** The department has no task in this role. */
    public record NoTasks(AssignmentRole role) implements Line {
    }

    private DepartmentTaskLines() {
    }

    public static List<Line> of(List<DepartmentTask> tasks) {
        List<Line> lines = new ArrayList<>();
        for (AssignmentRole role : AssignmentRole.values()) {
            List<DepartmentTask> inRole = tasks.stream().filter(t -> t.role() == role).toList();
            SortedMap<Integer, Integer> years = new TreeMap<>();
            for (DepartmentTask t : inRole) {
                for (MilestoneRow m : t.milestones()) {
                    years.merge(m.year(), 1, Integer::sum);
                }
            }
            lines.add(new RoleHeader(role, inRole.size(), years));
            if (inRole.isEmpty()) {
                lines.add(new NoTasks(role));
            }
            int chapter = -1;
            for (DepartmentTask t : inRole) {
                if (t.chapterNumber() != chapter) {
                    chapter = t.chapterNumber();
                    lines.add(new ChapterHeader(role, chapter, t.chapterTitle()));
                }
                lines.add(new TaskLine(t, byYear(t.milestones())));
            }
        }
        return lines;
    }

    static SortedMap<Integer, List<MilestoneRow>> byYear(List<MilestoneRow> milestones) {
        SortedMap<Integer, List<MilestoneRow>> years = new TreeMap<>();
        for (MilestoneRow m : milestones) {
            years.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m);
        }
        return years;
    }

    public static long count(List<DepartmentTask> tasks, AssignmentRole role) {
        return tasks.stream().filter(t -> t.role() == role).count();
    }
}
