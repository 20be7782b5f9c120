package org.planledger.ui.task;

import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.store.TaskDetail;
import org.planledger.store.TaskRef;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;

/**
 * The task on the right: loaded in the background; a status the user picks is saved at once,
 * in the background, and reported to whoever shows the task elsewhere (the outline row).
 */
public final class TaskViewModel {

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final BiConsumer<Long, TaskStatus> onStatusSaved;
    private final ObjectProperty<TaskDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status");
    private boolean showing;
    private long loads;

    public TaskViewModel(LedgerSession session, ErrorReporter errors, BiConsumer<Long, TaskStatus> onStatusSaved) {
        this.session = session;
        this.errors = errors;
        this.onStatusSaved = onStatusSaved;
        status.addListener((o, old, now) -> {
            if (!showing) {
                save(now);
            }
        });
    }

    public ReadOnlyObjectProperty<TaskDetail> detailProperty() {
        return detail;
    }

    /** What the status control shows; setting it saves the status. */
    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    /** Shows a task; 0 shows none. A slower earlier load never overwrites a later one. */
    public void load(long taskId) {
        long load = ++loads;
        if (taskId == 0) {
            show(null);
            return;
        }
        session.task(ledger -> ledger.plans().task(taskId))
                .onSuccess(d -> {
                    if (load == loads) {
                        show(d);
                    }
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadTask"), e))
                .executeWith(session.executor());
    }

    private void show(TaskDetail d) {
        assert session.executor().isUiThread();
        showing = true;
        try {
            detail.set(d);
            status.set(d == null ? null : d.task().status());
        } finally {
            showing = false;
        }
    }

    private void save(TaskStatus wanted) {
        TaskDetail d = detail.get();
        if (d == null || wanted == null || wanted == d.task().status()) {
            return;
        }
        long taskId = d.task().id();
        session.task(ledger -> {
            ledger.plans().setStatus(taskId, wanted);
            return wanted;
        }).onSuccess(saved -> {
            assert session.executor().isUiThread();
            TaskDetail now = detail.get();
            if (now != null && now.task().id() == taskId) {
                showing = true;
                try {
                    detail.set(withStatus(now, saved));
                } finally {
                    showing = false;
                }
            }
            onStatusSaved.accept(taskId, saved);
        }).onFailure(e -> {
            TaskDetail now = detail.get();
            if (now != null && now.task().id() == taskId) {
                show(now);
            }
            errors.report(Text.of("ui.error.saveStatus"), e);
        }).executeWith(session.executor());
    }

    static TaskDetail withStatus(TaskDetail d, TaskStatus s) {
        TaskRef t = d.task();
        return new TaskDetail(new TaskRef(t.id(), t.code(), t.title(), s, t.milestones(), t.withdrawn()), d.planId(),
                d.chapterTitle(), d.chapterNumber(), d.sectionTitle(), d.sectionNumber(), d.text(),
                d.namedAfterSection(), d.measures(), d.milestones());
    }
}
