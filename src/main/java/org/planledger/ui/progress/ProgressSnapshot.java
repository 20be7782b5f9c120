package org.planledger.ui.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.planledger.model.ItemKey;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemLight;
import org.planledger.store.division.DeptRef;
import org.planledger.store.progress.ProgressHistory;

/**
 * A task's progress as of a day, as the task view and its dialogs use it: the task and its
 * milestones with their lights (the task first, milestones in the plan's order), the departments
 * that may report on it (lead first, then the cooperating ones), what has been recorded, and the
 * configured reporting cycle; the day its plan was closed (终结), null while the plan is open.
 */
public record ProgressSnapshot(long taskId, LocalDate asOf, LocalDate today, List<ItemLight> items,
                               List<DeptRef> departments, ProgressHistory history, ReportingCycle cycle,
                               LocalDate planClosedOn) {

    public ProgressSnapshot {
        items = List.copyOf(items);
        departments = List.copyOf(departments);
    }

    /** A past day is shown read-only: history cannot be written from the past. */
    public boolean readOnly() {
        return asOf.isBefore(today);
    }

    /**
     * Why nothing can be written on the task now, in the user's words: a past day is shown, or its
     * plan is closed (the ledger refuses every change to it); empty while writing is possible.
     */
    public Optional<org.planledger.i18n.Text> writingOff() {
        if (readOnly()) {
            return Optional.of(org.planledger.i18n.Text.of("ui.task.progress.readOnly", asOf));
        }
        if (planClosedOn != null) {
            return Optional.of(org.planledger.i18n.Text.of("ui.task.off.planClosed", planClosedOn));
        }
        return Optional.empty();
    }

    /** The task itself; empty for a withdrawn task, which has no light. */
    public Optional<ItemLight> task() {
        return items.stream().filter(i -> !i.item().isMilestone()).findFirst();
    }

    public Optional<ItemLight> item(ItemKey key) {
        return items.stream().filter(i -> i.item().key().equals(key)).findFirst();
    }

    /** 1 for the task's first milestone, …; 0 for the task or a milestone not shown. */
    public int ordinal(Long milestoneId) {
        if (milestoneId == null) {
            return 0;
        }
        int n = 0;
        for (ItemLight i : items) {
            if (i.item().isMilestone()) {
                n++;
                if (Objects.equals(i.item().key().milestoneId(), milestoneId)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** The period 写进展 offers first: the earliest report due and missing for the task, else the current one. */
    public ReportingPeriod defaultPeriod() {
        LocalDate start = items.stream().map(i -> i.item().start()).min(LocalDate::compareTo).orElse(today);
        return org.planledger.progress.ReportPeriodDefault.of(cycle, today, start,
                history.entries().stream().map(ProgressHistory.Entry::period).toList());
    }

    /** Extension requests still waiting for the manager. */
    public List<ProgressHistory.Extension> pendingExtensions() {
        return history.extensions().stream().filter(ProgressHistory.Extension::pending).toList();
    }

    /** Entries that may still be corrected (none has corrected them yet), newest first. */
    public List<ProgressHistory.Entry> correctable() {
        List<ProgressHistory.Entry> open = new java.util.ArrayList<>(
                history.entries().stream().filter(e -> e.supersededBy() == null).toList());
        java.util.Collections.reverse(open);
        return open;
    }
}
