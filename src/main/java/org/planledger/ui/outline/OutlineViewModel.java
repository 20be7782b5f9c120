package org.planledger.ui.outline;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.planledger.model.TaskStatus;
import org.planledger.store.Outline;
import org.planledger.store.TaskRef;

/**
 * The outline of the plan on screen, and the statuses saved since it was loaded, so a
 * changed status shows in its row without reloading the tree.
 */
public final class OutlineViewModel {

    private final ObjectProperty<Outline> outline = new SimpleObjectProperty<>(this, "outline");
    private final ObservableMap<Long, TaskStatus> savedStatuses = FXCollections.observableHashMap();

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
