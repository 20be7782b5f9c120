package org.planledger.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.TaskStatus;
import org.planledger.store.DeptRef;
import org.planledger.store.Ledger;
import org.planledger.store.TaskDetail;
import org.planledger.store.TaskRef;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;

/**
 * The task on the right: loaded in the background; a status the user picks is saved at once,
 * in the background, and reported to whoever shows the task elsewhere (the outline row).
 * Each milestone shows its lead (牵头单位): its own, or its task's; a milestone's own lead is
 * chosen or cleared here and saved at once, in the background.
 */
public final class TaskViewModel {

    /** A task as read in the background: its detail and the milestones with their leads. */
    private record Loaded(TaskDetail detail, List<MilestoneItem> milestones) {
    }

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final BiConsumer<Long, TaskStatus> onStatusSaved;
    private final ObjectProperty<TaskDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<MilestoneItem> milestones = FXCollections.observableArrayList();
    private final DepartmentRegistry registry;
    private boolean showing;
    private long loads;

    public TaskViewModel(LedgerSession session, ErrorReporter errors, BiConsumer<Long, TaskStatus> onStatusSaved) {
        this.session = session;
        this.errors = errors;
        this.onStatusSaved = onStatusSaved;
        this.registry = new DepartmentRegistry(session, errors);
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

    /** The shown task's milestones with their leads, in the task's order. */
    public ObservableList<MilestoneItem> milestones() {
        return milestones;
    }

    /** The departments a milestone's lead is picked from. */
    public DepartmentRegistry registry() {
        return registry;
    }

    /** Reads the registry again, before a lead is picked (departments may have been added or retired meanwhile). */
    public void refreshDepartments() {
        registry.load(() -> { });
    }

    /** Shows a task; 0 shows none. A slower earlier load never overwrites a later one. */
    public void load(long taskId) {
        long load = ++loads;
        if (taskId == 0) {
            show(null);
            return;
        }
        session.task(ledger -> read(ledger, taskId))
                .onSuccess(loaded -> {
                    if (load == loads) {
                        showLoaded(loaded);
                    }
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadTask"), e))
                .executeWith(session.executor());
    }

    private static Loaded read(Ledger ledger, long taskId) {
        TaskDetail d = ledger.plans().task(taskId);
        DeptRef taskLead = ledger.divisions().division(taskId).lead();
        List<MilestoneItem> items = new ArrayList<>();
        for (TaskDetail.MilestoneRow m : d.milestones()) {
            items.add(new MilestoneItem(m, ledger.divisions().milestoneLead(m.id()), taskLead));
        }
        return new Loaded(d, items);
    }

    private void showLoaded(Loaded loaded) {
        registry.ensureLoaded(() -> { });
        milestones.setAll(loaded.milestones());
        show(loaded.detail());
    }

    private void show(TaskDetail d) {
        assert session.executor().isUiThread();
        if (d == null) {
            milestones.clear();
        }
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
            ledger.progress(session.clock()).setStatus(org.planledger.model.ItemKey.task(taskId), wanted, session.today(), "");
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

    /**
     * Gives a milestone of the shown task its own lead, or (null, or the task's own lead) lets it
     * follow its task's again. Saved at once in the background; the row shows what was saved.
     */
    public void setMilestoneLead(long milestoneId, Department department) {
        MilestoneItem item = milestones.stream().filter(m -> m.id() == milestoneId).findFirst().orElse(null);
        if (item == null) {
            return;
        }
        boolean sameAsTask = department != null && item.taskLead() != null && item.taskLead().id() == department.id();
        Long wanted = department == null || sameAsTask ? null : department.id();
        Long now = item.ownLead() == null ? null : item.ownLead().id();
        if (Objects.equals(wanted, now)) {
            return;
        }
        session.task(ledger -> {
            ledger.divisions().setMilestoneLead(milestoneId, wanted);
            return new MilestoneItem(item.milestone(), ledger.divisions().milestoneLead(milestoneId), item.taskLead());
        }).onSuccess(saved -> {
            assert session.executor().isUiThread();
            for (int i = 0; i < milestones.size(); i++) {
                if (milestones.get(i).id() == milestoneId) {
                    milestones.set(i, saved);
                }
            }
        }).onFailure(e -> errors.report(Text.of("ui.error.saveMilestoneLead"), e))
                .executeWith(session.executor());
    }

    static TaskDetail withStatus(TaskDetail d, TaskStatus s) {
        TaskRef t = d.task();
        return new TaskDetail(new TaskRef(t.id(), t.code(), t.title(), s, t.milestones(), t.withdrawn()), d.planId(),
                d.chapterTitle(), d.chapterNumber(), d.sectionTitle(), d.sectionNumber(), d.text(),
                d.namedAfterSection(), d.measures(), d.milestones());
    }
}
