package org.planledger.ui.assign;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.division.TaskDivision;

/**
 * Which rows the assignment table shows: one chapter, one department (as lead or cooperating),
 * only unassigned, only drafts, and the words of the search box (code, title, chapter,
 * department names). The conditions add up.
 */
public final class AssignmentFilter {

    private final ObjectProperty<Integer> chapter = new SimpleObjectProperty<>(this, "chapter");
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>(this, "department");
    private final BooleanProperty unassignedOnly = new SimpleBooleanProperty(this, "unassignedOnly");
    private final BooleanProperty draftOnly = new SimpleBooleanProperty(this, "draftOnly");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectBinding<Predicate<DivisionRow>> predicate = Bindings.createObjectBinding(
            () -> predicate(chapter.get(), department.get() == null ? null : department.get().id(),
                    unassignedOnly.get(), draftOnly.get(), query.get()),
            chapter, department, unassignedOnly, draftOnly, query);

    /** The rows to show; null and blank conditions hold for every row. */
    public static Predicate<DivisionRow> predicate(Integer chapter, Long departmentId, boolean unassignedOnly,
                                                   boolean draftOnly, String query) {
        String[] words = org.planledger.ui.common.SearchWords.of(query);
        return row -> {
            TaskDivision d = row.division();
            return (chapter == null || row.chapterNumber() == chapter)
                    && (departmentId == null || d.involves(departmentId))
                    && (!unassignedOnly || d.lead() == null)
                    && (!draftOnly || d.state() == DivisionState.DRAFT)
                    && (words.length == 0 || matches(row, words));
        };
    }


    private static boolean matches(DivisionRow row, String[] words) {
        StringBuilder text = new StringBuilder(row.code()).append('\u0000').append(row.title())
                .append('\u0000').append(row.chapterTitle());
        TaskDivision d = row.division();
        if (d.lead() != null) {
            text.append('\u0000').append(d.lead().name()).append('\u0000').append(d.lead().shortName());
        }
        for (DeptRef c : d.cooperating()) {
            text.append('\u0000').append(c.name()).append('\u0000').append(c.shortName());
        }
        return org.planledger.ui.common.SearchWords.allIn(words, text.toString());
    }

    public ObjectBinding<Predicate<DivisionRow>> predicateProperty() {
        return predicate;
    }

    /** A chapter number, or null for all chapters. */
    public ObjectProperty<Integer> chapterProperty() {
        return chapter;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public BooleanProperty unassignedOnlyProperty() {
        return unassignedOnly;
    }

    public BooleanProperty draftOnlyProperty() {
        return draftOnly;
    }

    public StringProperty queryProperty() {
        return query;
    }
}
