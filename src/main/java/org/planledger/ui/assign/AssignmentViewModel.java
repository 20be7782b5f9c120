package org.planledger.ui.assign;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.planledger.app.DraftDivisions;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerChanges;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;
import org.planledger.ui.common.ToolbarSearch;

/**
 * The division of work of the plan on screen: its rows, the filter, the selected tasks, and
 * the edits the manager makes to them. Each edit is saved at once in the background and can be
 * undone; the rows are then read again and replaced in place, so the selection stays.
 */
public final class AssignmentViewModel implements ScreenViewModel {

    /** How far back 撤销 goes. */
    static final int UNDO_DEPTH = 30;

    /** A saved change: what it did, and the divisions as they were before it. */
    record Change(Text description, List<TaskDivision> before) {
    }

    /** Ledger work that changes divisions and says what it did. */
    @FunctionalInterface
    private interface Edit {
        Change run(Ledger ledger) throws Exception;
    }

    /** The rows of the plan and the day it was closed (null while open), read together. */
    private record Read(List<DivisionRow> rows, java.time.LocalDate closedOn) {
    }

    private record Saved(Change change, List<DivisionRow> rows) {
    }

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final DepartmentRegistry registry;
    private final LongSupplier planId;
    private final Runnable onChanged;
    private final ObservableList<DivisionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DivisionRow> shown = new FilteredList<>(rows);
    private final ObservableList<ChapterChoice> chapters = FXCollections.observableArrayList();
    private final AssignmentFilter filter = new AssignmentFilter();
    private final ObjectProperty<List<Long>> selectedIds = new SimpleObjectProperty<>(this, "selectedIds", List.of());
    private final ObjectProperty<SelectionSummary> selection =
            new SimpleObjectProperty<>(this, "selection", SelectionSummary.EMPTY);
    private final BooleanProperty updating = new SimpleBooleanProperty(this, "updating");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    /** The day the plan shown was closed (终结): its division can no longer change; null while it is open. */
    private final ObjectProperty<java.time.LocalDate> planClosedOn = new SimpleObjectProperty<>(this, "planClosedOn");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");
    private final Deque<Change> undo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final Map<Long, DivisionRow> byId = new HashMap<>();
    private long loadedPlan = -1;
    private boolean stale = true;
    private long loads;

    /** A chapter the filter offers. */
    public record ChapterChoice(int number, String title) {
    }

    /**
     * @param planId    the plan on screen
     * @param onChanged told after each saved change (the department view then reads again)
     */
    public AssignmentViewModel(LedgerSession session, ErrorReporter errors, DepartmentRegistry registry,
                               LongSupplier planId, Runnable onChanged) {
        this.session = session;
        this.errors = errors;
        this.registry = registry;
        this.planId = planId;
        this.onChanged = onChanged;
        shown.predicateProperty().bind(filter.predicateProperty());
        rows.addListener((ListChangeListener<DivisionRow>) c -> {
            byId.clear();
            for (DivisionRow r : rows) {
                byId.put(r.taskId(), r);
            }
            summarize();
        });
        selectedIds.addListener((o, old, now) -> summarize());
    }

    /** The view is on screen: reads the registry and the rows unless they are current. */
    @Override
    public void activate() {
        registry.ensureLoaded(() -> { });
        if (stale || loadedPlan != planId.getAsLong()) {
            load();
        }
    }

    /** Something else changed divisions or departments: read again when next shown. */
    @Override
    public void markStale() {
        stale = true;
    }

    /** A write from another view or path: read again when next shown (its own edits are on screen already). */
    @Override
    public void ledgerChanged(LedgerChanges.Change change) {
        if (change.source() != this) {
            markStale();
        }
    }

    /** The division of work is the same on every day. */
    @Override
    public void asOfChanged() {
    }

    @Override
    public ToolbarSearch toolbarSearch() {
        return new ToolbarSearch(filter.queryProperty(), "ui.toolbar.search.assignment");
    }

    /** Another plan is on screen. */
    @Override
    public void planChanged() {
        stale = true;
        undo.clear();
        canUndo.set(false);
    }

    public void load() {
        long plan = planId.getAsLong();
        long load = ++loads;
        stale = false;
        loading.set(true);
        session.task(ledger -> new Read(ledger.divisions().rows(plan), ledger.evaluations(session.clock()).closure(plan)
                        .map(org.planledger.store.evaluation.PlanClosure::closedOn).orElse(null)))
                .onSuccess(read -> {
                    if (load == loads) {
                        loading.set(false);
                        planClosedOn.set(read.closedOn());
                        show(plan, read.rows());
                    }
                })
                .onFailure(e -> {
                    loading.set(false);
                    errors.report(Text.of("ui.error.loadDivision"), e);
                })
                .executeWith(session.executor());
    }

    /** Replaces the rows; rows of the same tasks in the same order are replaced one by one. */
    private void show(long plan, List<DivisionRow> list) {
        assert session.executor().isUiThread();
        updating.set(true);
        try {
            boolean samePlan = plan == loadedPlan && list.size() == rows.size();
            for (int i = 0; samePlan && i < list.size(); i++) {
                samePlan = list.get(i).taskId() == rows.get(i).taskId();
            }
            if (samePlan) {
                for (int i = 0; i < list.size(); i++) {
                    if (!list.get(i).equals(rows.get(i))) {
                        rows.set(i, list.get(i));
                    }
                }
            } else {
                rows.setAll(list);
                Map<Integer, String> seen = new LinkedHashMap<>();
                for (DivisionRow r : list) {
                    seen.putIfAbsent(r.chapterNumber(), r.chapterTitle());
                }
                chapters.setAll(seen.entrySet().stream().map(e -> new ChapterChoice(e.getKey(), e.getValue())).toList());
                selectedIds.set(selectedIds.get().stream().filter(byId::containsKey).toList());
            }
            loadedPlan = plan;
        } finally {
            updating.set(false);
        }
        summarize();
    }

    private void summarize() {
        List<DivisionRow> selected = new ArrayList<>();
        for (long id : selectedIds.get()) {
            DivisionRow r = byId.get(id);
            if (r != null) {
                selected.add(r);
            }
        }
        selection.set(SelectionSummary.of(selected));
    }

    // ---- edits of the selection ----

    /** Makes a department the lead of every selected task. */
    public void setLead(Department lead) {
        List<Long> ids = selectedIds.get();
        if (ids.isEmpty() || lead == null) {
            return;
        }
        save(ledger -> new Change(Text.of("ui.assign.done.lead", ids.size(), lead.name()),
                ledger.divisions().assign(ids, lead.id(), null, null)));
    }

    /** Adds a cooperating unit to every selected task, keeping the units each has already. */
    public void addCooperating(Department unit) {
        if (unit == null || selectedIds.get().isEmpty()) {
            return;
        }
        List<Long> ids = selectedIds.get();
        Text done = Text.of("ui.assign.done.cooperatingAdded", ids.size(), unit.name());
        save(ledger -> new Change(done, ledger.divisions().addCooperating(ids, unit.id())));
    }

    /** Takes a cooperating unit off every selected task that has it. */
    public void removeCooperating(DeptRef unit) {
        if (unit == null || selectedIds.get().isEmpty()) {
            return;
        }
        List<Long> having = selection.get().rows().stream()
                .filter(row -> cooperatingIds(row.division()).contains(unit.id()))
                .map(DivisionRow::taskId).toList();
        if (!having.isEmpty()) {
            Text done = Text.of("ui.assign.done.cooperatingRemoved", having.size(), unit.name());
            save(ledger -> new Change(done, ledger.divisions().removeCooperating(having, unit.id())));
        }
    }

    /** 属地: the sub-district offices carry the selected tasks out locally, or not. */
    public void setTerritorial(boolean territorial) {
        List<Long> ids = selectedIds.get();
        if (ids.isEmpty()) {
            return;
        }
        Text done = Text.of(territorial ? "ui.assign.done.territorialOn" : "ui.assign.done.territorialOff", ids.size());
        save(ledger -> new Change(done, ledger.divisions().assign(ids, null, null, territorial)));
    }

    /** Confirms the drafts among the selected tasks. */
    public void confirmSelected() {
        confirm(selection.get().rows());
    }

    /** Confirms every draft of the plan. */
    public void confirmAll() {
        confirm(List.copyOf(rows));
    }

    private void confirm(List<DivisionRow> candidates) {
        List<TaskDivision> drafts = candidates.stream().map(DivisionRow::division)
                .filter(d -> d.state() == DivisionState.DRAFT).toList();
        if (drafts.isEmpty()) {
            message.set(Text.of("ui.assign.nothingToConfirm"));
            return;
        }
        List<Long> ids = drafts.stream().map(TaskDivision::taskId).toList();
        save(ledger -> new Change(Text.of("ui.assign.done.confirmed", ledger.divisions().confirm(ids)), drafts));
    }

    /** Proposes a draft division for the plan's tasks from the shipped rules; confirmed ones stay. */
    public void proposeDrafts() {
        long plan = planId.getAsLong();
        List<TaskDivision> before = rows.stream().map(DivisionRow::division)
                .filter(d -> d.state() != DivisionState.CONFIRMED).toList();
        save(ledger -> new Change(Text.of("ui.assign.done.drafts", DraftDivisions.shipped().apply(ledger, plan)),
                before));
    }

    /** Puts back the divisions as they were before the last change. */
    public void undo() {
        if (undo.isEmpty() || saving.get()) {
            return;
        }
        Change last = undo.pop();
        canUndo.set(!undo.isEmpty());
        long plan = planId.getAsLong();
        saving.set(true);
        session.task(ledger -> {
            ledger.divisions().restore(last.before());
            return ledger.divisions().rows(plan);
        }).onSuccess(list -> {
            saving.set(false);
            show(plan, list);
            message.set(Text.of("ui.assign.done.undone", last.description()));
            onChanged.run();
        }).onFailure(this::saveFailed).executeWith(session.executor());
    }

    private void save(Edit edit) {
        long plan = planId.getAsLong();
        saving.set(true);
        session.task(ledger -> {
            Change change = edit.run(ledger);
            return new Saved(change, ledger.divisions().rows(plan));
        }).onSuccess(saved -> {
            saving.set(false);
            undo.push(saved.change());
            while (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
            canUndo.set(true);
            show(plan, saved.rows());
            message.set(saved.change().description());
            onChanged.run();
        }).onFailure(this::saveFailed).executeWith(session.executor());
    }

    private void saveFailed(Throwable e) {
        saving.set(false);
        errors.report(Text.of("ui.error.saveDivision"), e);
        load();
    }

    private static List<Long> cooperatingIds(TaskDivision d) {
        return d.cooperating().stream().map(DeptRef::id).toList();
    }

    // ---- state ----

    public ObservableList<DivisionRow> rows() {
        return rows;
    }

    /** The rows the filter lets through, in document order. */
    public ObservableList<DivisionRow> shown() {
        return shown;
    }

    public ObservableList<ChapterChoice> chapters() {
        return chapters;
    }

    public AssignmentFilter filter() {
        return filter;
    }

    /** The ids of the selected tasks; the view writes it, edits act on it. */
    public ObjectProperty<List<Long>> selectedIdsProperty() {
        return selectedIds;
    }

    public void select(List<Long> ids) {
        selectedIds.set(List.copyOf(ids));
    }

    public ReadOnlyObjectProperty<SelectionSummary> selectionProperty() {
        return selection;
    }

    /** True while rows are being replaced: selection changes of the table are not the user's. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    /** The day the plan shown was closed; null while it is open (or before the first read). */
    public ReadOnlyObjectProperty<java.time.LocalDate> planClosedOnProperty() {
        return planClosedOn;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** What the last edit did, in the user's words. */
    public ObjectProperty<Text> messageProperty() {
        return message;
    }

    public DepartmentRegistry registry() {
        return registry;
    }

    public DivisionRow row(long taskId) {
        return byId.get(taskId);
    }

    /** Whether the ledger is the manager's or a department's: the view offers only what it may do. */
    public org.planledger.ui.common.LedgerRole role() {
        return session.role();
    }
}
