package org.planledger.ui.department;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.planledger.i18n.Text;
import org.planledger.model.AssignmentRole;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.Liaison;
import org.planledger.store.division.ChangeEntry;
import org.planledger.store.division.DepartmentTask;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerChanges;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 部门: the registry (filtered by words, by kind, retired ones on request), the selected
 * department with its liaison officer, its tasks and its change history, and the manager's
 * edits of the registry (add, rename, merge, retire, verify). Each edit is one background
 * write; the registry is then read again and the department view and the assignment table follow.
 */
public final class DepartmentViewModel implements ScreenViewModel {

    /** What the view shows about one department. */
    public record Detail(Department department, Optional<Liaison> liaison, List<DepartmentTask> tasks,
                         List<ChangeEntry> history) {

        public long leads() {
            return DepartmentTaskLines.count(tasks, AssignmentRole.LEAD);
        }

        public long cooperates() {
            return DepartmentTaskLines.count(tasks, AssignmentRole.COOPERATE);
        }
    }

    /** A registry edit: returns the id of the department to show afterwards. */
    @FunctionalInterface
    private interface RegistryEdit {
        long run(org.planledger.store.Ledger ledger) throws Exception;
    }

    private record Edited(long select, List<Department> departments) {
    }

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final DepartmentRegistry registry;
    private final Runnable onRegistryChanged;
    private final FilteredList<Department> shown;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<DepartmentKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final BooleanProperty showRetired = new SimpleBooleanProperty(this, "showRetired");
    private final ObjectProperty<Department> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>(this, "detail");
    private final LiaisonForm liaison = new LiaisonForm();
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");
    private boolean stale;
    private long loads;

    /** @param onRegistryChanged told after each registry edit (the assignment table then reads again) */
    public DepartmentViewModel(LedgerSession session, ErrorReporter errors, DepartmentRegistry registry,
                               Runnable onRegistryChanged) {
        this.session = session;
        this.errors = errors;
        this.registry = registry;
        this.onRegistryChanged = onRegistryChanged;
        this.shown = new FilteredList<>(registry.all());
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String[] words = org.planledger.ui.common.SearchWords.of(query.get());
            DepartmentKind k = kind.get();
            boolean retired = showRetired.get();
            return d -> (retired || !d.retired()) && (k == null || d.kind() == k) && matches(d, words);
        }, query, kind, showRetired));
        selected.addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                loadDetail();
            }
        });
    }

    private static boolean matches(Department d, String[] words) {
        return org.planledger.ui.common.SearchWords.allIn(words, d.name(), d.shortName(), String.join("\u0000", d.aliases()));
    }

    /** The view is on screen: reads the registry once, and the selected department again if it changed. */
    @Override
    public void activate() {
        registry.ensureLoaded(() -> {
            if (stale) {
                loadDetail();
            }
        });
    }

    /** Divisions changed elsewhere: the selected department's tasks are read again when next shown. */
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

    /** Departments and their tasks are the same on every day. */
    @Override
    public void asOfChanged() {
    }

    /**
     * Shows a department by id (after an edit, or from elsewhere in the window). A retired one
     * is shown on the right even while the list hides retired departments.
     */
    public void selectId(long id) {
        Department d = registry.byId(id).orElse(null);
        Department before = selected.get();
        selected.set(d);
        if (before != null && d != null && before.id() == d.id()) {
            // the same department, maybe renamed: its detail is read again
            loadDetail();
        }
    }

    public void loadDetail() {
        Department d = selected.get();
        long load = ++loads;
        stale = false;
        if (d == null) {
            detail.set(null);
            liaison.load(Optional.empty());
            return;
        }
        long id = d.id();
        session.task(ledger -> new Detail(d, ledger.departments().liaison(id), ledger.divisions().departmentTasks(id),
                        ledger.departments().history(id)))
                .onSuccess(loaded -> {
                    if (load == loads) {
                        assert session.executor().isUiThread();
                        detail.set(loaded);
                        liaison.load(loaded.liaison());
                    }
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadDepartment"), e))
                .executeWith(session.executor());
    }

    // ---- liaison ----

    /** Saves the liaison form when it is valid; answers false (and saves nothing) when it is not. */
    public boolean saveLiaison() {
        Department d = selected.get();
        if (d == null || liaison.problemProperty().get() != null) {
            return false;
        }
        Liaison value = liaison.value();
        long id = d.id();
        saving.set(true);
        session.task(ledger -> {
            ledger.departments().setLiaison(id, value);
            return ledger.departments().history(id);
        }).onSuccess(history -> {
            saving.set(false);
            liaison.saved(value);
            Detail now = detail.get();
            if (now != null && now.department().id() == id) {
                detail.set(new Detail(now.department(), Optional.of(value), now.tasks(), history));
            }
            message.set(Text.of("ui.liaison.saved", d.name()));
        }).onFailure(e -> {
            saving.set(false);
            errors.report(Text.of("ui.error.saveLiaison"), e);
        }).executeWith(session.executor());
        return true;
    }

    // ---- registry edits ----

    public void add(String name, String shortName, DepartmentKind kind) {
        String n = name.strip();
        String s = shortName == null || shortName.isBlank() ? n : shortName.strip();
        edit(Text.of("ui.department.done.add", n),
                ledger -> ledger.departments().add(Department.draft(n, s, kind)));
    }

    public void rename(String name, String shortName) {
        Department d = selected.get();
        if (d == null) {
            return;
        }
        String n = name.strip();
        String s = shortName == null || shortName.isBlank() ? n : shortName.strip();
        edit(Text.of("ui.department.done.rename", d.name(), n), ledger -> {
            ledger.departments().rename(d.id(), n, s);
            return d.id();
        });
    }

    /** Merges the selected department into a survivor: its assignments move there; then shows the survivor. */
    public void merge(Department survivor) {
        Department d = selected.get();
        if (d == null || survivor == null) {
            return;
        }
        edit(Text.of("ui.department.done.merge", d.name(), survivor.name()), ledger -> {
            ledger.departments().merge(d.id(), survivor.id());
            return survivor.id();
        });
    }

    public void retire() {
        Department d = selected.get();
        if (d == null) {
            return;
        }
        edit(Text.of("ui.department.done.retire", d.name()), ledger -> {
            ledger.departments().retire(d.id());
            return d.id();
        });
    }

    public void setVerified(boolean verified) {
        Department d = selected.get();
        if (d == null) {
            return;
        }
        edit(Text.of(verified ? "ui.department.done.verified" : "ui.department.done.unverified", d.name()), ledger -> {
            ledger.departments().setVerified(d.id(), verified);
            return d.id();
        });
    }

    private void edit(Text done, RegistryEdit edit) {
        saving.set(true);
        session.task(ledger -> {
            long select = edit.run(ledger);
            return new Edited(select, DepartmentRegistry.sorted(ledger.departments().all()));
        }).onSuccess(edited -> {
            saving.set(false);
            registry.show(edited.departments());
            message.set(done);
            selectId(edited.select());
            onRegistryChanged.run();
        }).onFailure(e -> {
            saving.set(false);
            errors.report(Text.of("ui.error.saveDepartment"), e);
        }).executeWith(session.executor());
    }

    // ---- state ----

    /** The departments the list shows, in pinyin order. */
    public ObservableList<Department> shown() {
        return shown;
    }

    public DepartmentRegistry registry() {
        return registry;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** One kind, or null for all. */
    public ObjectProperty<DepartmentKind> kindProperty() {
        return kind;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ObjectProperty<Department> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail;
    }

    public LiaisonForm liaison() {
        return liaison;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ObjectProperty<Text> messageProperty() {
        return message;
    }

    /** Whether the ledger is the manager's or a department's: the view offers only what it may do. */
    public org.planledger.ui.common.LedgerRole role() {
        return session.role();
    }
}
