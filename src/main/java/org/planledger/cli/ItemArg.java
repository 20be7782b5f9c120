package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.plan.TaskRef;

/**
 * The task, or one of its milestones, that {@code --task CODE [--milestone N]} names: N is the
 * milestone's place among the task's (from 1) or, from {@link #FIRST_YEAR} on, the year of
 * exactly one of them.
 */
record ItemArg(TaskRef task, TaskDetail.MilestoneRow milestone, int place) {

    /** Below this, --milestone is a place among the task's milestones; from it on, a year. */
    static final int FIRST_YEAR = 1000;

    static ItemArg of(Ledger ledger, TaskRef task, Integer milestone, Messages messages) {
        if (milestone == null) {
            return new ItemArg(task, null, 0);
        }
        List<TaskDetail.MilestoneRow> rows = ledger.plans().task(task.id()).milestones();
        int place = place(task, rows, milestone, messages);
        return new ItemArg(task, rows.get(place - 1), place);
    }

    ItemKey key() {
        return milestone == null ? ItemKey.task(task.id()) : ItemKey.milestone(task.id(), milestone.id());
    }

    /** 5.3.6, or 5.3.6 的第 1 个时间节点. */
    String what(Messages messages) {
        return milestone == null ? task.code()
                : messages.get("cli.progress.milestoneCode", task.code(), String.valueOf(place));
    }

    private static int place(TaskRef task, List<TaskDetail.MilestoneRow> rows, int milestone, Messages messages) {
        String years = String.join(messages.get("cli.progress.listSeparator"),
                rows.stream().map(r -> messages.get("cli.year", r.year())).toList());
        if (rows.isEmpty()) {
            throw new CliException(Text.of("cli.report.error.noMilestones", task.code()), ExitCodes.BAD_INPUT);
        }
        if (milestone >= 1 && milestone <= rows.size()) {
            return milestone;
        }
        if (milestone >= FIRST_YEAR) {
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).year() == milestone) {
                    places.add(i + 1);
                }
            }
            if (places.size() == 1) {
                return places.get(0);
            }
            if (places.size() > 1) {
                throw new CliException(Text.of("cli.report.error.milestoneYearAmbiguous", task.code(),
                        String.valueOf(milestone), places.size()), ExitCodes.BAD_INPUT);
            }
        }
        throw new CliException(Text.of("cli.report.error.noSuchMilestone", task.code(), String.valueOf(milestone),
                rows.size(), years), ExitCodes.BAD_INPUT);
    }
}
