package org.planledger.ui.common;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Department;

/**
 * The department registry as the window shows it: every department, in Chinese collation
 * order (pinyin of the short name), read in the background. Pickers offer the active ones; retired departments
 * stay in {@link #all()} so tasks can still name them.
 */
public final class DepartmentRegistry {

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final ObservableList<Department> all = FXCollections.observableArrayList();
    private final FilteredList<Department> active = new FilteredList<>(all, d -> !d.retired());
    private boolean loaded;

    public DepartmentRegistry(LedgerSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
    }

    /**
     * Departments in the order a Chinese reader expects, whatever the UI language: pinyin order
     * of the short name people use (水务局 under S), not of the full name, where most district
     * departments would all sort under 区 (Q).
     */
    public static Comparator<Department> order() {
        Collator collator = Messages.chinese().collator();
        return Comparator.comparing(DepartmentRegistry::sortName, collator)
                .thenComparing(Department::name, collator).thenComparingLong(Department::id);
    }

    /** The name a department is listed by: its short name, or its name when it has none. */
    public static String sortName(Department d) {
        return d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName();
    }

    public static List<Department> sorted(List<Department> departments) {
        List<Department> list = new ArrayList<>(departments);
        list.sort(order());
        return list;
    }

    /** Reads the registry again, then runs {@code then} on the UI thread. */
    public void load(Runnable then) {
        session.task(ledger -> sorted(ledger.departments().all()))
                .onSuccess(list -> {
                    show(list);
                    then.run();
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadDepartments"), e))
                .executeWith(session.executor());
    }

    /** Reads the registry unless it was read already. */
    public void ensureLoaded(Runnable then) {
        if (loaded) {
            then.run();
        } else {
            load(then);
        }
    }

    /** Shows a registry read elsewhere (already sorted). */
    public void show(List<Department> sortedDepartments) {
        assert session.executor().isUiThread();
        loaded = true;
        all.setAll(sortedDepartments);
    }

    public ObservableList<Department> all() {
        return all;
    }

    /** The departments a picker offers: not retired, not merged away. */
    public ObservableList<Department> active() {
        return active;
    }

    public Optional<Department> byId(long id) {
        return all.stream().filter(d -> d.id() == id).findFirst();
    }
}
