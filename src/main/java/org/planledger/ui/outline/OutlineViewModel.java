package org.planledger.ui.outline;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import java.time.LocalDate;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.Tally;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.TaskRef;

/**
 * The outline of the plan on screen, and the statuses saved since it was loaded, so a
 * changed status shows in its row without reloading the tree; and the completion and light mix
 * of every chapter and section, computed in the background as of the day viewed.
 */
public final class OutlineViewModel {

    private final ObjectProperty<Outline> outline = new SimpleObjectProperty<>(this, "outline");
    private final ObservableMap<Long, TaskStatus> savedStatuses = FXCollections.observableHashMap();
    private final ObjectProperty<OutlineRollup> rollup = new SimpleObjectProperty<>(this, "rollup");
    private long rollupLoads;

    /**
     * Computes the chapters' and sections' counts in the background (the plan was loaded, or the
     * as-of day or progress changed); only the latest answer is shown.
     */
    public void loadRollup(LedgerSession session, ErrorReporter errors, long planId, LocalDate asOf) {
        if (planId == 0) {
            return;
        }
        long load = ++rollupLoads;
        session.task(ledger -> Rollup.byOutline(ledger.rollup(session.clock()).input(planId, asOf)))
                .onSuccess(r -> {
                    if (load == rollupLoads) {
                        rollup.set(r);
                    }
                })
                .onFailure(e -> errors.report(Text.of("ui.rollup.error.load"), e))
                .executeWith(session.executor());
    }

    /** The counts along the outline; null until computed. */
    public ReadOnlyObjectProperty<OutlineRollup> rollupProperty() {
        return rollup;
    }

    /** A chapter's counts, or null when it holds nothing counted (or they are not computed yet). */
    public Tally chapterTally(int chapter) {
        OutlineRollup r = rollup.get();
        return r == null ? null : r.chapters().stream().filter(c -> c.number() == chapter)
                .map(OutlineRollup.ChapterRow::tally).findFirst().orElse(null);
    }

    public Tally sectionTally(int chapter, int section) {
        OutlineRollup r = rollup.get();
        return r == null ? null : r.chapters().stream().filter(c -> c.number() == chapter)
                .flatMap(c -> c.sections().stream()).filter(s -> s.number() == section)
                .map(OutlineRollup.SectionRow::tally).findFirst().orElse(null);
    }

    public ReadOnlyObjectProperty<Outline> outlineProperty() {
        return outline;
    }

    public Outline outline() {
        return outline.get();
    }

    public void show(Outline loaded) {
        savedStatuses.clear();
        outline.set(loaded);
    }

    /**
     * The outline read again after a write: the same tasks in the same places only change the
     * rows whose status changed (the tree keeps what is open and selected); anything else is
     * shown afresh.
     */
    public void refresh(Outline loaded) {
        Outline shown = outline.get();
        if (shown == null || !withoutStatuses(shown).equals(withoutStatuses(loaded))) {
            show(loaded);
            return;
        }
        loaded.chapters().stream().flatMap(c -> c.sections().stream()).flatMap(s -> s.tasks().stream())
                .forEach(t -> {
                    TaskStatus saved = savedStatuses.get(t.id());
                    if (saved != null ? saved != t.status() : statusRead(shown, t.id()) != t.status()) {
                        savedStatuses.put(t.id(), t.status());
                    }
                });
    }

    private static TaskStatus statusRead(Outline o, long taskId) {
        return o.chapters().stream().flatMap(c -> c.sections().stream()).flatMap(s -> s.tasks().stream())
                .filter(t -> t.id() == taskId).map(TaskRef::status).findFirst().orElse(null);
    }

    private static Outline withoutStatuses(Outline o) {
        return new Outline(o.planId(), o.planTitle(), o.chapters().stream().map(c -> new Outline.Chapter(c.id(), c.number(),
                c.title(), c.context(), c.sections().stream().map(s -> new Outline.Section(s.id(), s.number(), s.title(),
                        s.tasks().stream().map(t -> new TaskRef(t.id(), t.code(), t.title(), null, t.milestones(),
                                t.withdrawn())).toList())).toList())).toList());
    }

    /** Statuses saved after the outline was read, by task id. */
    public ObservableMap<Long, TaskStatus> savedStatuses() {
        return savedStatuses;
    }

    public void statusSaved(long taskId, TaskStatus status) {
        savedStatuses.put(taskId, status);
    }

    /** The task as it is now: with the status saved since the outline was read. */
    public TaskRef current(TaskRef task) {
        TaskStatus saved = savedStatuses.get(task.id());
        return saved == null || saved == task.status() ? task
                : new TaskRef(task.id(), task.code(), task.title(), saved, task.milestones(), task.withdrawn());
    }

    public boolean contains(long taskId) {
        Outline o = outline.get();
        return o != null && o.chapters().stream().flatMap(c -> c.sections().stream())
                .flatMap(s -> s.tasks().stream()).anyMatch(t -> t.id() == taskId);
    }

    /** The first task of the plan's work (context chapters hold none), or 0. */
    public long firstTaskId() {
        Outline o = outline.get();
        if (o == null) {
            return 0;
        }
        return o.chapters().stream().flatMap(c -> c.sections().stream()).flatMap(s -> s.tasks().stream())
                .filter(t -> !t.withdrawn()).mapToLong(TaskRef::id).findFirst().orElse(0);
    }
}
