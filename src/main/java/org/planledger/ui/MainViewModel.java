package org.planledger.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Text;
import org.planledger.store.LedgerStats;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.assign.AssignmentViewModel;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerChanges;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.ScreenViewModel;
import org.planledger.ui.common.ToolbarSearch;
import org.planledger.ui.deadline.DeadlineViewModel;
import org.planledger.ui.department.DepartmentViewModel;
import org.planledger.ui.outline.OutlineViewModel;
import org.planledger.ui.reporting.ReportingViewModel;
import org.planledger.ui.rollup.RollupViewModel;
import org.planledger.ui.indicator.IndicatorViewModel;
import org.planledger.ui.search.SearchViewModel;
import org.planledger.ui.task.TaskViewModel;
import org.planledger.ui.timeline.TimelineViewModel;

/**
 * The main window's state: opening the ledger (and filling a new one with the shipped plan),
 * the plans in it, the plan on screen with its counts, the selected task, and which view is
 * on screen (tasks, division of work, departments). Every ledger call runs in the background;
 * the properties change on the UI thread only.
 */
public final class MainViewModel {

    private record PlanView(Outline outline, LedgerStats stats) {
    }

    /**
     * @param damage the refusal every write would meet when the ledger is damaged, else null
     * @param first the first plan's outline and counts, read with the opening (null: no plan, or not readable)
     */
    private record Opened(List<PlanSummary> plans, org.planledger.store.LedgerIdentity identity,
                          org.planledger.store.StoreException damage, FirstPlan first) {
    }

    private record FirstPlan(long planId, PlanView view) {
    }

    /** What a write may have changed beyond the records: who the ledger is, its plans, the plan on screen. */
    private record Reread(org.planledger.store.LedgerIdentity identity, List<PlanSummary> plans, PlanView view) {
    }

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selectedPlan = new SimpleObjectProperty<>(this, "selectedPlan");
    private final ObjectProperty<LedgerStats> stats = new SimpleObjectProperty<>(this, "stats");
    /** What the app is busy with (shown with a progress indicator), or null. */
    private final ObjectProperty<Text> busy = new SimpleObjectProperty<>(this, "busy");
    /** Why the ledger could not be opened, or null. */
    private final ObjectProperty<Text> failure = new SimpleObjectProperty<>(this, "failure");
    private final ObjectProperty<org.planledger.app.EmptyLedgerFileException> emptyLedger =
            new SimpleObjectProperty<>(this, "emptyLedger");
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");
    private final LongProperty selectedTaskId = new SimpleLongProperty(this, "selectedTaskId");
    private final OutlineViewModel outline = new OutlineViewModel();
    private final TaskViewModel task;
    private final SearchViewModel search;
    private final DepartmentRegistry departments;
    private final AssignmentViewModel assignment;
    private final DepartmentViewModel department;
    private final DeadlineViewModel deadlines;
    private final TimelineViewModel timeline;
    private final ReportingViewModel reporting;
    private final RollupViewModel rollup;
    private final IndicatorViewModel indicators;
    private final org.planledger.ui.desk.DeskViewModel desk;
    private final org.planledger.ui.register.RegisterViewModel register;
    private final org.planledger.ui.evaluation.EvaluationViewModel evaluation;
    /** The view models behind the tabs, in {@link MainScreen} order; each hears every change. */
    private final Map<MainScreen, ScreenViewModel> screens = new EnumMap<>(MainScreen.class);
    private final ObjectProperty<MainScreen> screen = new SimpleObjectProperty<>(this, "screen", MainScreen.DESK);
    /** The day the ledger is viewed as of; null means today. A past day shows history, read-only. */
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    /** The items merges flagged for the manager and not yet decided again (需督办处理), read after every change. */
    private final ObservableList<org.planledger.exchange.Attentions.Item> attention =
            FXCollections.observableArrayList();
    private long planLoads;

    /** The plan to open on when the ledger still holds it (the one shown last time); 0: the first. */
    private long preferredPlanId;
    private java.util.function.LongConsumer planShown = id -> { };

    /** Opens on the plan shown last time, and says which plan is shown whenever another is, to remember it. */
    public void rememberPlans(long lastShown, java.util.function.LongConsumer shown) {
        this.preferredPlanId = lastShown;
        this.planShown = shown;
    }

    public MainViewModel(LedgerSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
        this.task = new TaskViewModel(session, errors, outline::statusSaved, asOf::get,
                this::taskWritten);
        // the task view shows the as-of day
        asOf.addListener((o, old, now) -> task.reload());
        this.search = new SearchViewModel(session, this::selectedPlanId);
        selectedTaskId.addListener((o, old, now) -> task.load(now.longValue()));
        task.openTasksOfOtherPlansWith(this::openTaskInItsPlan);
        this.departments = new DepartmentRegistry(session, errors);
        // an assignment changes what a department's view lists; a registry edit changes the table's names
        this.assignment = new AssignmentViewModel(session, errors, departments, this::selectedPlanId,
                () -> writtenBy(assignment()));
        this.department = new DepartmentViewModel(session, errors, departments,
                () -> writtenBy(department()));
        // deadlines, timeline and reporting: computed for the as-of day, again after progress was written
        this.deadlines = new DeadlineViewModel(session, errors, this::selectedPlanId, this::effectiveAsOf);
        this.timeline = new TimelineViewModel(session, errors, this::selectedPlanId, this::effectiveAsOf);
        this.reporting = new ReportingViewModel(session, errors, this::selectedPlanId, this::effectiveAsOf);
        this.rollup = new RollupViewModel(session, errors, this::selectedPlanId, this::effectiveAsOf);
        this.indicators = new IndicatorViewModel(session, errors, departments, this::selectedPlanId,
                this::effectiveAsOf, this::viewingPast, () -> writtenBy(indicators()));
        this.desk = new org.planledger.ui.desk.DeskViewModel(session, errors, this::selectedPlanId, this::effectiveAsOf);
        screens.put(MainScreen.DESK, desk);
        screens.put(MainScreen.TASKS, new TasksScreen(search));
        screens.put(MainScreen.ASSIGNMENT, assignment);
        screens.put(MainScreen.DEPARTMENTS, department);
        screens.put(MainScreen.DEADLINES, deadlines);
        screens.put(MainScreen.TIMELINE, timeline);
        screens.put(MainScreen.REPORTING, reporting);
        screens.put(MainScreen.ROLLUP, rollup);
        screens.put(MainScreen.INDICATORS, indicators);
        this.register = new org.planledger.ui.register.RegisterViewModel(session, errors, this::effectiveAsOf,
                () -> writtenBy(register()));
        screens.put(MainScreen.REGISTER, register);
        this.evaluation = new org.planledger.ui.evaluation.EvaluationViewModel(session, errors, this::selectedPlanId,
                () -> writtenBy(evaluation()));
        screens.put(MainScreen.EVALUATION, evaluation);
        assert screens.size() == MainScreen.values().length;
        asOf.addListener((o, old, now) -> {
            screens.values().forEach(ScreenViewModel::asOfChanged);
            viewsChanged();
        });
        session.changes().lastProperty().addListener((o, old, now) -> ledgerChanged(now));
        screen.addListener((o, old, now) -> activate(now));
    }

    /** The task on screen was edited: the rollup reads only that task again. */
    private void taskWritten() {
        session.changes().written(selectedTaskId.get(), task);
    }

    private void writtenBy(Object view) {
        session.changes().written(0, view);
    }

    /**
     * Every write, from any path, arrives here once: each view reads again what it shows (now if
     * on screen, else when it comes on screen) — the view that made the change excepted where it
     * already shows it — and the outline, the counts, who the ledger is and its plans are read again.
     */
    private void ledgerChanged(LedgerChanges.Change change) {
        if (!ready.get()) {
            return;
        }
        task.reload();
        screens.values().forEach(v -> v.ledgerChanged(change));
        viewsChanged();
        loadAttention();
        if (change.source() == null) {
            // written from outside the views (a division import, a package): the registry may have grown
            departments.load(() -> activate(screen.get()));
        }
        reread();
    }

    private void reread() {
        long load = planLoads;
        long planId = selectedPlanId();
        session.task(ledger -> {
                    List<PlanSummary> list = ledger.plans().plans();
                    boolean still = list.stream().anyMatch(p -> p.id() == planId);
                    return new Reread(ledger.identity(), list, still
                            ? new PlanView(ledger.plans().outline(planId), ledger.plans().stats(planId)) : null);
                })
                .onSuccess(r -> {
                    if (load != planLoads || planId != selectedPlanId()) {
                        return; // another plan is being loaded: it is read afresh anyway
                    }
                    session.role().set(r.identity());
                    if (r.view() == null || !r.plans().equals(plans)) {
                        showPlans(r.plans(), planId);
                        return;
                    }
                    outline.refresh(r.view().outline());
                    stats.set(r.view().stats());
                })
                .onFailure(this::loadFailed)
                .executeWith(session.executor());
    }

    /** The views were told what changed: the one on screen reads again now, and the outline's lights. */
    private void viewsChanged() {
        activate(screen.get());
        outline.loadRollup(session, errors, selectedPlanId(), effectiveAsOf());
    }

    /** Reads what a view shows when it comes on screen, unless it is current. */
    private void activate(MainScreen now) {
        if (!ready.get() || selectedPlan.get() == null) {
            return;
        }
        screens.get(now).activate();
    }

    /** Opens the ledger; a new one first gets the shipped plan. */
    public void start() {
        busy.set(Text.of("ui.progress.opening", session.place().shortName()));
        long preferred = preferredPlanId;
        session.open(ledger -> {
                    List<PlanSummary> list = ledger.plans().plans();
                    if (!list.isEmpty()) {
                        LedgerStartup.prepareRegistry(ledger);
                    }
                    return new Opened(list, ledger.identity(), damageOf(ledger), firstPlan(ledger, list, preferred));
                })
                .onSuccess(opened -> {
                    session.role().set(opened.identity());
                    ready.set(true);
                    loadAttention();
                    if (opened.damage() != null) {
                        // said at once, not at the first write: which backup to restore, and that reading still works
                        errors.report(Text.of("ui.error.damaged"), opened.damage());
                    }
                    if (opened.plans().isEmpty() && !opened.identity().isDepartment()) {
                        seed();
                    } else {
                        showPlans(opened.plans(), preferred, opened.first());
                        dailyBackup();
                    }
                })
                .onFailure(e -> {
                    busy.set(null);
                    failure.set(Problems.describe(e));
                    if (e instanceof org.planledger.app.EmptyLedgerFileException empty) {
                        emptyLedger.set(empty); // the window asks what to do: restore, start afresh, or leave it
                    } else {
                        errors.report(Text.of("ui.error.open"), e);
                    }
                })
                .executeWith(session.executor());
    }

    /** A ledger file found empty at the start, until the user chose what to do with it; else null. */
    public ReadOnlyObjectProperty<org.planledger.app.EmptyLedgerFileException> emptyLedgerProperty() {
        return emptyLedger;
    }

    /** Puts {@code backup} where the empty ledger file is, then opens it. */
    public void restoreEmptyLedger(java.nio.file.Path backup) {
        java.nio.file.Path file = emptyLedger.get().file();
        busy.set(Text.of("ui.ledger.empty.restoring", backup.getFileName().toString()));
        org.planledger.ui.common.BackgroundTask.wrap(() -> {
                    org.planledger.store.backup.Backups.restoreOverEmpty(file, backup);
                    return null;
                })
                .onSuccess(v -> reopenAfterEmpty())
                .onFailure(e -> {
                    busy.set(null);
                    errors.report(Text.of("ui.ledger.empty.restoreFailed"), e);
                })
                .executeWith(session.executor());
    }

    /** Removes the empty ledger file (still empty: nothing in it is lost) and starts a new ledger with the shipped plan. */
    public void startEmptyLedgerAfresh() {
        java.nio.file.Path file = emptyLedger.get().file();
        org.planledger.ui.common.BackgroundTask.wrap(() -> {
                    if (org.planledger.store.backup.Backups.isEmptyFile(file)) {
                        java.nio.file.Files.delete(file);
                    }
                    return null;
                })
                .onSuccess(v -> reopenAfterEmpty())
                .onFailure(e -> errors.report(Text.of("ui.ledger.empty.newFailed"), e))
                .executeWith(session.executor());
    }

    private void reopenAfterEmpty() {
        emptyLedger.set(null);
        failure.set(null);
        start();
    }

    /**
     * The plan a start shows first (the one shown last time, else the first), read on the ledger's thread right after the
     * opening: the outline then fills in the same round through the FX thread as the opening, while
     * that thread is still building the window. One that cannot be read is read again the usual
     * way, which reports why.
     */
    private static FirstPlan firstPlan(org.planledger.store.Ledger ledger, List<PlanSummary> list, long preferred) {
        if (list.isEmpty()) {
            return null;
        }
        long id = list.stream().mapToLong(PlanSummary::id).filter(p -> p == preferred).findFirst().orElse(list.get(0).id());
        try {
            return new FirstPlan(id, new PlanView(ledger.plans().outline(id), ledger.plans().stats(id)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static org.planledger.store.StoreException damageOf(org.planledger.store.Ledger ledger) {
        try {
            ledger.requireUndamaged();
            return null;
        } catch (org.planledger.store.StoreException e) {
            return e;
        }
    }

    /**
     * The day's first start backs the ledger up (queued after the views' first loads, so the
     * window fills first); a failure is told, since the user relies on it.
     */
    private void dailyBackup() {
        session.task(ledger -> org.planledger.store.backup.Backups.of(ledger)
                        .dailyIfDue())
                .onFailure(e -> errors.report(Text.of("ui.backup.dailyFailed"), e))
                .executeWith(session.executor());
    }

    private void seed() {
        busy.set(Text.of("ui.progress.seeding"));
        session.task(ledger -> {
            LedgerStartup.prepare(ledger);
            return ledger.plans().plans();
        }).onSuccess(list -> showPlans(list, 0)).onFailure(this::loadFailed).executeWith(session.executor());
    }

    /** Reads the plan list again, e.g. after an import, and shows the given plan. */
    public void reloadPlans(long showPlanId) {
        session.task(ledger -> ledger.plans().plans())
                .onSuccess(list -> showPlans(list, showPlanId))
                .onFailure(this::loadFailed)
                .executeWith(session.executor());
    }

    private void showPlans(List<PlanSummary> list, long preferredId) {
        showPlans(list, preferredId, null);
    }

    /** @param read the outline and counts of a plan, already read (null: none) */
    private void showPlans(List<PlanSummary> list, long preferredId, FirstPlan read) {
        assert session.executor().isUiThread();
        plans.setAll(list);
        PlanSummary show = list.stream().filter(p -> p.id() == preferredId).findFirst()
                .orElse(list.stream().filter(p -> p.id() == selectedPlanId()).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0)));
        selectedPlan.set(show);
        if (show == null) {
            busy.set(null);
        } else if (read != null && read.planId() == show.id()) {
            planLoads++;
            showPlan(show.id(), read.view());
        } else {
            loadPlan(show.id());
        }
    }

    /** Shows another plan of the ledger. */
    public void selectPlan(PlanSummary plan) {
        if (plan != null && plan.id() != selectedPlanId()) {
            selectedPlan.set(plan);
            loadPlan(plan.id());
        }
    }

    private void loadPlan(long planId) {
        long load = ++planLoads;
        busy.set(Text.of("ui.progress.loading"));
        session.task(ledger -> new PlanView(ledger.plans().outline(planId), ledger.plans().stats(planId)))
                .onSuccess(view -> {
                    if (load == planLoads) {
                        showPlan(planId, view);
                    }
                })
                .onFailure(this::loadFailed)
                .executeWith(session.executor());
    }

    /** The plan's outline and counts on screen, the views that show the plan told. */
    private void showPlan(long planId, PlanView view) {
        busy.set(null);
        planShown.accept(planId);
        screens.values().forEach(ScreenViewModel::planChanged);
        activate(screen.get());
        outline.show(view.outline());
        outline.loadRollup(session, errors, planId, effectiveAsOf());
        stats.set(view.stats());
        if (!outline.contains(selectedTaskId.get())) {
            selectedTaskId.set(outline.firstTaskId());
        } else {
            task.load(selectedTaskId.get());
        }
        if (search.activeProperty().get()) {
            search.search();
        }
    }

    private void loadFailed(Throwable e) {
        busy.set(null);
        errors.report(Text.of("ui.error.load"), e);
    }

    /** Closes the ledger after the work already queued. */
    public void close(Runnable then) {
        ready.set(false);
        session.close().onSuccess(v -> then.run()).onFailure(e -> {
            errors.report(Text.of("ui.error.close"), e);
            then.run();
        }).executeWith(session.executor());
    }

    public long selectedPlanId() {
        PlanSummary p = selectedPlan.get();
        return p == null ? 0 : p.id();
    }

    public LedgerSession session() {
        return session;
    }

    public ObservableList<PlanSummary> plans() {
        return plans;
    }

    public ReadOnlyObjectProperty<PlanSummary> selectedPlanProperty() {
        return selectedPlan;
    }

    public ReadOnlyObjectProperty<LedgerStats> statsProperty() {
        return stats;
    }

    public ObjectProperty<Text> busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Text> failureProperty() {
        return failure;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public LongProperty selectedTaskIdProperty() {
        return selectedTaskId;
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public TaskViewModel task() {
        return task;
    }

    public SearchViewModel search() {
        return search;
    }

    public DepartmentRegistry departments() {
        return departments;
    }

    public AssignmentViewModel assignment() {
        return assignment;
    }

    public DepartmentViewModel department() {
        return department;
    }

    public DeadlineViewModel deadlines() {
        return deadlines;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ReportingViewModel reporting() {
        return reporting;
    }

    /** 汇总: the rollups and charts. */
    public RollupViewModel rollup() {
        return rollup;
    }

    /** 指标: the plan's headline indicators. */
    public IndicatorViewModel indicators() {
        return indicators;
    }

    /** 工作台: what needs doing today. */
    public org.planledger.ui.register.RegisterViewModel register() {
        return register;
    }

    public org.planledger.ui.evaluation.EvaluationViewModel evaluation() {
        return evaluation;
    }

    public org.planledger.ui.desk.DeskViewModel desk() {
        return desk;
    }

    /** Shows what a line of the 工作台 is about: its task in 任务, or its department (a department's own: 报送). */
    public void openDeskLine(org.planledger.desk.DeskLine line) {
        if (line.opensItem()) {
            openTask(line.item().taskId());
        } else if (session.role().isDepartment()) {
            screen.set(MainScreen.REPORTING);
        } else {
            openDepartment(line.department());
        }
    }

    /** The toolbar's search box on a view (its own words and prompt), or null where the box is hidden. */
    public ToolbarSearch toolbarSearch(MainScreen view) {
        return screens.get(view).toolbarSearch();
    }

    /** Which view is on screen. */
    public ObjectProperty<MainScreen> screenProperty() {
        return screen;
    }

    /**
     * A newer package refreshed this department ledger: who it is, its plans, division of work
     * and records are read again, and every view with them.
     */
    public void ledgerRefreshed() {
        session.changes().written();
    }

    /** The open flags (需督办处理), all tasks; empty in a department ledger. */
    public ObservableList<org.planledger.exchange.Attentions.Item> attention() {
        return attention;
    }

    /** Reads the open flags again, in the background. */
    public void loadAttention() {
        if (!ready.get()) {
            return;
        }
        session.task(ledger -> ledger.identity().isDepartment()
                        ? List.<org.planledger.exchange.Attentions.Item>of()
                        : new org.planledger.exchange.Attentions(ledger).open(0))
                .onSuccess(attention::setAll)
                .onFailure(e -> errors.report(Text.of("ui.exchange.attention.loadFailed"), e))
                .executeWith(session.executor());
    }

    /** Something was written from outside the views (an import, a merge, a settings change): every view reads again. */
    public void ledgerWritten() {
        session.changes().written();
    }

    /** The as-of day; null while the ledger is viewed as of today. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The day every view computes statuses and lights for: the as-of day, or today. */
    public LocalDate effectiveAsOf() {
        LocalDate day = asOf.get();
        return day == null ? session.today() : day;
    }

    /**
     * Views the ledger as it stood on a day; null or today goes back to the live ledger. A day
     * after today or before the plan starts is refused: the answer says why, and nothing changes.
     */
    public Text viewAsOf(LocalDate day) {
        LocalDate today = session.today();
        if (day == null || day.equals(today)) {
            asOf.set(null);
            return null;
        }
        if (day.isAfter(today)) {
            return Text.of("ui.asOf.future", day, today);
        }
        PlanSummary plan = selectedPlan.get();
        if (plan != null && day.isBefore(LocalDate.of(plan.startYear(), 1, 1))) {
            return Text.of("ui.asOf.beforePlan", day, LocalDate.of(plan.startYear(), 1, 1));
        }
        asOf.set(day);
        return null;
    }

    /** Whether the ledger is shown as it stood on a past day (writing is then off). */
    public boolean viewingPast() {
        LocalDate day = asOf.get();
        return day != null && day.isBefore(session.today());
    }

    /** Shows a department in the 部门 view (from a task's lead, say). */
    public void openDepartment(long departmentId) {
        screen.set(MainScreen.DEPARTMENTS);
        departments.ensureLoaded(() -> department.selectId(departmentId));
    }

    /** Shows a task in the task view and opens 写进展 on it (a list's right-click menu). */
    public void writeProgress(long taskId) {
        task.wantWrite(taskId);
        if (selectedTaskId.get() == taskId) {
            task.reload();
        } else {
            selectedTaskId.set(taskId);
        }
        screen.set(MainScreen.TASKS);
    }

    /**
     * Shows a task that may belong to another plan (a 承接 link to the predecessor): the plan is
     * switched to first, and the task stays selected as its outline comes.
     */
    public void openTaskInItsPlan(long taskId) {
        session.task(ledger -> ledger.plans().task(taskId).planId())
                .onSuccess(planId -> {
                    selectedTaskId.set(taskId);
                    screen.set(MainScreen.TASKS);
                    plans.stream().filter(p -> p.id() == planId).findFirst().ifPresent(this::selectPlan);
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadTask"), e))
                .executeWith(session.executor());
    }

    /** Shows a task in the task view (from the department view, say). */
    public void openTask(long taskId) {
        selectedTaskId.set(taskId);
        screen.set(MainScreen.TASKS);
    }

    /**
     * 任务: the outline, the search hits and the task are read by the shell itself (they follow
     * the plan and the selection, not the tab); the tab only holds the toolbar's search.
     */
    private static final class TasksScreen implements ScreenViewModel {

        private final ToolbarSearch search;

        TasksScreen(SearchViewModel search) {
            this.search = new ToolbarSearch(search.queryProperty(), "ui.toolbar.search");
        }

        @Override
        public void activate() {
        }

        @Override
        public void markStale() {
        }

        @Override
        public ToolbarSearch toolbarSearch() {
            return search;
        }
    }
}
