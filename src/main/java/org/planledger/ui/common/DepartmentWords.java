package org.planledger.ui.common;

import java.util.List;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.store.division.DeptRef;

/** How the window writes a department: 区水务局（水务局）in pickers, 水务局 in the table, 已撤销 marked. */
public final class DepartmentWords {

    private final Messages messages;

    public DepartmentWords(Messages messages) {
        this.messages = messages;
    }

    /** Full name with the short name people write, as pickers offer it. */
    public String label(Department d) {
        if (d == null) {
            return "";
        }
        String label = d.shortName() == null || d.shortName().isBlank() || d.shortName().equals(d.name()) ? d.name()
                : messages.get("ui.department.withShort", d.name(), d.shortName());
        return d.retired() ? messages.get("ui.department.retired", label) : label;
    }

    /** The short name, marked when the department is retired. */
    public String shortName(DeptRef d) {
        if (d == null) {
            return "";
        }
        String name = d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName();
        return d.retired() ? messages.get("ui.department.retired", name) : name;
    }

    public String fullName(DeptRef d) {
        if (d == null) {
            return "";
        }
        return d.retired() ? messages.get("ui.department.retired", d.name()) : d.name();
    }

    /**
     * Whether a department was merged into another. The registry reads a missing survivor as 0
     * on some ledgers, so 0 counts as none.
     */
    public static boolean merged(Department d) {
        return d.mergedInto() != null && d.mergedInto() != 0;
    }

    /** Short names joined the way a list of units is written: 住建局、城管局. */
    public String shortNames(List<DeptRef> departments) {
        return String.join(messages.get("ui.list.separator"), departments.stream().map(this::shortName).toList());
    }

    public String fullNames(List<DeptRef> departments) {
        return String.join(messages.get("ui.list.separator"), departments.stream().map(this::fullName).toList());
    }
}
