package org.planledger.ui.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.planledger.ui.common.BackgroundTask;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.store.division.DeptRef;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.StoreException;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.division.TaskDivision;
import org.planledger.store.plan.TaskRef;
import org.planledger.store.carryover.PlanTask;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.progress.EvidenceOpener;
import org.planledger.ui.progress.HistoryLine;
import org.planledger.ui.progress.ProgressAction;
import org.planledger.ui.progress.ProgressSnapshot;

/**
 * The task on the right, as of the day the window shows (today, or a past day, read-only):
 * its text and milestones with their leads, the status and light of the task and each milestone,
 * and its history, newest first. All read in the background. Progress, close-out, extensions,
 * statuses and lights are written through {@link #perform}; then the task is read again and
 * whoever shows progress elsewhere is told. A milestone's own lead is chosen or cleared here too.
 */
public final class TaskViewModel {

    /** A task as read in the background. */
    private record Loaded(TaskDetail detail, List<MilestoneItem> milestones, ProgressSnapshot progress,
                          double weight, List<org.planledger.exchange.Attentions.Item> attention, TaskLeads leads,
                          TaskNotices notices, List<PlanTask> carriesOn) {
    }

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final BiConsumer<Long, TaskStatus> onStatusSaved;
    private final Supplier<LocalDate> asOf;
    private final Runnable onProgressChanged;
    private final ObjectProperty<TaskDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<ProgressSnapshot> progress = new SimpleObjectProperty<>(this, "progress");
    private final ObjectProperty<TaskLeads> leads = new SimpleObjectProperty<>(this, "leads");
    private final ObjectProperty<TaskNotices> notices = new SimpleObjectProperty<>(this, "notices", TaskNotices.NONE);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ObservableList<MilestoneItem> milestones = FXCollections.observableArrayList();
    /** The task's weight in the weighted completion (权重); 1 unless the manager set another. */
    private final javafx.beans.property.DoubleProperty weight =
            new javafx.beans.property.SimpleDoubleProperty(this, "weight", 1);
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    /** What merges flagged on the shown task and the manager has not decided again (需督办处理). */
    private final ObservableList<org.planledger.exchange.Attentions.Item> attention = FXCollections.observableArrayList();
    /** The tasks of earlier plans whose work this one carries on (承接：十四五 5.3.6). */
    private final ObservableList<PlanTask> carriesOn = FXCollections.observableArrayList();
    private LongConsumer openTaskElsewhere = id -> { };
    private final DepartmentRegistry registry;
    private boolean showing;
    private long loads;
    private long taskId;
    /** Where evidence files are written to be opened; made on first use, on the ledger's thread. */
    private Path evidenceDir;

    public TaskViewModel(LedgerSession session, ErrorReporter errors, BiConsumer<Long, TaskStatus> onStatusSaved) {
        this(session, errors, onStatusSaved, () -> null, () -> { });
    }

    /**
     * @param asOf              the day to show; null means today
     * @param onProgressChanged told after anything was written that changes statuses, reports or lights
     */
    public TaskViewModel(LedgerSession session, ErrorReporter errors, BiConsumer<Long, TaskStatus> onStatusSaved,
                         Supplier<LocalDate> asOf, Runnable onProgressChanged) {
        this.session = session;
        this.errors = errors;
        this.onStatusSaved = onStatusSaved;
        this.asOf = asOf;
        this.onProgressChanged = onProgressChanged;
        this.registry = new DepartmentRegistry(session, errors);
        status.addListener((o, old, now) -> {
            if (!showing) {
                save(now);
            }
        });
    }

    public ObservableList<PlanTask> carriesOn() {
        return carriesOn;
    }

    /** How the window shows a task of another plan: the predecessor a 承接 link names. */
    public void openTasksOfOtherPlansWith(LongConsumer open) {
        this.openTaskElsewhere = open;
    }

    /** Shows the predecessor, in its own plan, with its history. */
    public void openPredecessor(PlanTask predecessor) {
        openTaskElsewhere.accept(predecessor.taskId());
    }

    public ReadOnlyObjectProperty<TaskDetail> detailProperty() {
        return detail;
    }

    /** The shown task's status as of the day; setting it sets the status today (no reason, as 推进中 needs none). */
    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    /** The task's and its milestones' statuses, lights, departments and history as of the day; null with no task. */
    public ReadOnlyObjectProperty<ProgressSnapshot> progressProperty() {
        return progress;
    }

    /** The documents about the shown task, its items' counters and the escalation rule; NONE with no task. */
    public ReadOnlyObjectProperty<TaskNotices> noticesProperty() {
        return notices;
    }

    /** Who leads the shown task, who cooperates, whether locally, and the lead's liaison; null with no task. */
    public ReadOnlyObjectProperty<TaskLeads> leadsProperty() {
        return leads;
    }

    /** Whether a past day is shown: nothing can be written then. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The shown task's milestones with their leads and lights, in the task's order. */
    public ObservableList<MilestoneItem> milestones() {
        return milestones;
    }

    /** Everything recorded on the task up to the day, newest first. */
    public ObservableList<HistoryLine> history() {
        return history;
    }

    /** Items of the shown task a report merge flagged for the manager, oldest first. */
    public ObservableList<org.planledger.exchange.Attentions.Item> attention() {
        return attention;
    }

    /** Whether the ledger is the manager's or a department's: the view offers only what it may do. */
    public org.planledger.ui.common.LedgerRole role() {
        return session.role();
    }

    /** The departments a milestone's lead is picked from. */
    public DepartmentRegistry registry() {
        return registry;
    }

    /** Reads the registry again, before a lead is picked (departments may have been added or retired meanwhile). */
    public void refreshDepartments() {
        registry.load(() -> { });
    }

    /** The task 写进展 was chosen for elsewhere (a right-click menu), until the task view opens the dialog. */
    private long writeWanted;

    /** 写进展 was chosen for a task from another list: the task view opens the dialog once it shows that task. */
    public void wantWrite(long taskId) {
        writeWanted = taskId;
    }

    /** True once, when the task shown is the one 写进展 was chosen for. */
    public boolean takeWriteWish() {
        ProgressSnapshot p = progress.get();
        if (writeWanted != 0 && writeWanted == taskId && p != null) {
            writeWanted = 0;
            return true;
        }
        return false;
    }

    /** Shows a task; 0 shows none. A slower earlier load never overwrites a later one. */
    public void load(long taskId) {
        long load = ++loads;
        this.taskId = taskId;
        if (taskId == 0) {
            show(null, null);
            return;
        }
        LocalDate chosen = asOf.get();
        LocalDate day = chosen == null ? session.today() : chosen;
        session.task(ledger -> read(ledger, taskId, day))
                .onSuccess(loaded -> {
                    if (load == loads) {
                        showLoaded(loaded);
                    }
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadTask"), e))
                .executeWith(session.executor());
    }

    /** Reads the shown task again (after a write elsewhere, or another as-of day). */
    public void reload() {
        if (taskId != 0) {
            load(taskId);
        }
    }

    private Loaded read(Ledger ledger, long id, LocalDate day) {
        TaskDetail d = ledger.plans().task(id);
        TaskDivision division = ledger.divisions().division(id);
        ProgressStore store = ledger.progress(session.clock());
        List<ItemLight> lights = store.taskLights(id, day);
        ProgressHistory recorded = store.history(id, day);
        List<DeptRef> departments = new ArrayList<>();
        if (division.lead() != null) {
            departments.add(division.lead());
        }
        departments.addAll(division.cooperating());
        List<MilestoneItem> items = new ArrayList<>();
        for (TaskDetail.MilestoneRow m : d.milestones()) {
            DeptRef own = ledger.divisions().milestoneLead(m.id());
            if (own != null && departments.stream().noneMatch(x -> x.id() == own.id())) {
                // a milestone's own lead reports on its milestone
                departments.add(own);
            }
            ItemLight light = lights.stream().filter(l -> Objects.equals(l.item().key().milestoneId(), m.id()))
                    .findFirst().orElse(null);
            items.add(new MilestoneItem(m, own, division.lead(), light));
        }
        double w = ledger.rollup(session.clock()).weights(d.planId()).getOrDefault(id, 1.0);
        org.planledger.model.Liaison liaison = division.lead() == null ? null
                : ledger.departments().liaison(division.lead().id()).orElse(null);
        LocalDate closedOn = ledger.evaluations(session.clock()).closure(d.planId())
                .map(org.planledger.store.evaluation.PlanClosure::closedOn).orElse(null);
        return new Loaded(d, items, new ProgressSnapshot(id, day, session.today(), lights, departments, recorded,
                store.cycle(), closedOn), w,
                new org.planledger.exchange.Attentions(ledger).open(id), new TaskLeads(division, liaison),
                notices(ledger, id, day), ledger.carryover().predecessors(id));
    }

    private TaskNotices notices(Ledger ledger, long id, LocalDate day) {
        org.planledger.store.notice.NoticeStore register = ledger.notices(session.clock());
        return new TaskNotices(register.about(id), register.counts(id), register.escalation(), day);
    }

    private void showLoaded(Loaded loaded) {
        registry.ensureLoaded(() -> { });
        milestones.setAll(loaded.milestones());
        weight.set(loaded.weight());
        attention.setAll(loaded.attention());
        leads.set(loaded.leads());
        notices.set(loaded.notices());
        carriesOn.setAll(loaded.carriesOn());
        show(loaded.detail(), loaded.progress());
    }

    private void show(TaskDetail d, ProgressSnapshot p) {
        assert session.executor().isUiThread();
        if (d == null) {
            milestones.clear();
            attention.clear();
            leads.set(null);
            notices.set(TaskNotices.NONE);
            carriesOn.clear();
        }
        showing = true;
        try {
            history.setAll(p == null ? List.of() : HistoryLine.of(p.history()));
            readOnly.set(p != null && p.writingOff().isPresent());
            progress.set(p);
            detail.set(d);
            status.set(d == null ? null
                    : p == null ? d.task().status() : p.task().map(t -> t.item().status()).orElse(d.task().status()));
        } finally {
            showing = false;
        }
    }

    /**
     * Writes an action in the background. A refusal (the store's words: nothing was written) goes
     * to {@code refused}; on success {@code done} runs, then the task is read again and the change
     * is announced. Nothing is written while a past day is shown.
     */
    public void perform(ProgressAction action, Consumer<Text> refused, Runnable done) {
        assert session.executor().isUiThread();
        ProgressSnapshot shown = progress.get();
        if (shown == null) {
            refused.accept(Text.of("ui.taskProgress.problem.noTask"));
            return;
        }
        if (shown.readOnly()) {
            refused.accept(Text.of("ui.taskProgress.readOnly", shown.asOf()));
            return;
        }
        if (shown.writingOff().isPresent()) {
            refused.accept(shown.writingOff().get());
            return;
        }
        long id = shown.taskId();
        session.task(ledger -> {
            action.apply(ledger.progress(session.clock()));
            return ledger.plans().task(id).task().status();
        }).onSuccess(saved -> {
            done.run();
            written(id, saved);
        }).onFailure(e -> refused.accept(Problems.describe(e))).executeWith(session.executor());
    }

    /** After a write: the outline learns the status, other views that progress changed; the task is read again. */
    private void written(long id, TaskStatus saved) {
        onStatusSaved.accept(id, saved);
        long before = loads;
        onProgressChanged.run();
        if (loads == before) {
            reload();
        }
    }

    /**
     * Writes an evidence file out of the ledger (into a temporary folder, under its stored name)
     * and hands it to the opener, all in the background. When no program opens it (Linux
     * without a viewer for the type says "Failed to show URI"), {@code noViewer} gets the written
     * file on the UI thread, so the user can save a copy instead.
     */
    public void openEvidence(ProgressHistory.Evidence evidence, EvidenceOpener opener,
                             java.util.function.Consumer<Path> noViewer) {
        session.task(ledger -> {
            byte[] bytes = ledger.progress(session.clock()).evidenceContent(evidence.id());
            Path file = evidenceFile(evidence);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                file.toFile().deleteOnExit();
                file.getParent().toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                opener.open(file);
                return java.util.Optional.<Path>empty();
            } catch (IOException | UnsupportedOperationException noProgram) {
                return java.util.Optional.of(file);
            }
        }).onSuccess(unopened -> unopened.ifPresent(noViewer))
                .onFailure(e -> errors.report(Text.of("ui.error.openEvidence", evidence.name()), e))
                .executeWith(session.executor());
    }

    /** Copies an evidence file written out of the ledger to where the user chose, in the background. */
    public void saveEvidenceCopy(Path written, Path target, Runnable then) {
        BackgroundTask.wrap(() -> {
            Files.copy(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        }).onSuccess(t -> then.run())
                .onFailure(e -> errors.report(Text.of("ui.evidence.saveFailed", target.getFileName().toString()), e))
                .executeWith(session.executor());
    }

    private synchronized Path evidenceFile(ProgressHistory.Evidence evidence) {
        try {
            if (evidenceDir == null) {
                evidenceDir = Files.createTempDirectory(org.planledger.store.Leftovers.temporaryPrefix("evidence"));
                evidenceDir.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = evidenceDir.resolve(String.valueOf(evidence.id()));
        return org.planledger.ui.progress.EvidenceOpener.placeIn(dir, evidence.name());
    }

    private void save(TaskStatus wanted) {
        TaskDetail d = detail.get();
        ProgressSnapshot p = progress.get();
        TaskStatus shownStatus = p == null ? null : p.task().map(t -> t.item().status()).orElse(null);
        if (d == null || wanted == null || wanted == shownStatus) {
            return;
        }
        long id = d.task().id();
        perform(new ProgressAction.SetStatus(ItemKey.task(id), wanted, session.today(), ""), refusal -> {
            TaskDetail now = detail.get();
            if (now != null && now.task().id() == id) {
                show(now, progress.get());
            }
            errors.report(Text.of("ui.error.saveStatus"), new StoreException(refusal));
        }, () -> {
            TaskDetail now = detail.get();
            if (now != null && now.task().id() == id) {
                showing = true;
                try {
                    detail.set(withStatus(now, wanted));
                } finally {
                    showing = false;
                }
            }
        });
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
            return item.withOwnLead(ledger.divisions().milestoneLead(milestoneId));
        }).onSuccess(saved -> {
            assert session.executor().isUiThread();
            for (int i = 0; i < milestones.size(); i++) {
                if (milestones.get(i).id() == milestoneId) {
                    milestones.set(i, saved);
                }
            }
            // who may close out the milestone has changed
            reload();
        }).onFailure(e -> errors.report(Text.of("ui.error.saveMilestoneLead"), e))
                .executeWith(session.executor());
    }

    /** The shown task's weight (权重), as read with it. */
    public javafx.beans.property.ReadOnlyDoubleProperty weightProperty() {
        return weight;
    }

    /**
     * Sets the shown task's weight in the background (1 is the default); then whoever shows a
     * weighted completion is told. A refusal (out of range, past day shown) goes to {@code refused}.
     */
    public void setWeight(double wanted, Consumer<Text> refused) {
        assert session.executor().isUiThread();
        ProgressSnapshot shown = progress.get();
        if (shown == null || wanted == weight.get()) {
            return;
        }
        if (shown.readOnly()) {
            refused.accept(Text.of("ui.taskProgress.readOnly", shown.asOf()));
            return;
        }
        if (shown.writingOff().isPresent()) {
            refused.accept(shown.writingOff().get());
            return;
        }
        long id = shown.taskId();
        session.task(ledger -> {
            ledger.rollup(session.clock()).setWeight(id, wanted);
            return wanted;
        }).onSuccess(saved -> {
            if (taskId == id) {
                weight.set(saved);
            }
            onProgressChanged.run();
        }).onFailure(e -> refused.accept(Problems.describe(e))).executeWith(session.executor());
    }

    static TaskDetail withStatus(TaskDetail d, TaskStatus s) {
        TaskRef t = d.task();
        return new TaskDetail(new TaskRef(t.id(), t.code(), t.title(), s, t.milestones(), t.withdrawn()), d.planId(),
                d.chapterTitle(), d.chapterNumber(), d.sectionTitle(), d.sectionNumber(), d.text(),
                d.namedAfterSection(), d.measures(), d.milestones());
    }
}
