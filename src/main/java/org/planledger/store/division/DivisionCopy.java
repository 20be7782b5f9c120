package org.planledger.store.division;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.DivisionState;

/**
 * Gives a task the division of work of another, as a draft, inside the caller's transaction: what
 * a confirmed carry-over does for the new task. A division the manager confirmed is never
 * overwritten; a task the earlier one has no lead for gets nothing.
 */
public final class DivisionCopy {

    private DivisionCopy() {
    }

    /** True if {@code to} got {@code from}'s lead and cooperating units as a draft. */
    public static boolean asDraft(Connection c, String now, long from, long to, Text reason) throws SQLException {
        TaskDivision source = DivisionQuery.division(c, from);
        TaskDivision target = DivisionQuery.division(c, to);
        if (source.lead() == null || target.state() == DivisionState.CONFIRMED) {
            return false;
        }
        try (DivisionWriter writer = new DivisionWriter(c, now)) {
            writer.write(to, source.lead().id(), source.cooperating().stream().map(DeptRef::id).toList(),
                    source.territorial(), DivisionState.DRAFT, List.of(reason));
        }
        ChangeLog.record(c, now, "division", to, "carryover", java.util.Map.of("from", from));
        return true;
    }
}
