package org.planledger.store.division;

import org.planledger.store.Json;
import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.AssignmentRole;
import org.planledger.model.DivisionState;

/**
 * Writes divisions of work inside one transaction, preparing each statement once: drafting
 * a city-scale ledger writes a hundred thousand of them.
 */
final class DivisionWriter implements AutoCloseable {

    private final PreparedStatement clear;
    private final PreparedStatement assign;
    private final PreparedStatement division;
    private final String now;

    DivisionWriter(Connection c, String now) throws SQLException {
        this.now = now;
        clear = c.prepareStatement("DELETE FROM task_assignment WHERE task_id = ?");
        assign = c.prepareStatement("INSERT INTO task_assignment (task_id, department_id, role, ordinal) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        division = c.prepareStatement("INSERT INTO task_division (task_id, territorial, state, reasons, updated_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET territorial = excluded.territorial, "
                + "state = excluded.state, reasons = excluded.reasons, updated_at = excluded.updated_at");
    }

    /** Replaces a task's assignments and upserts its division row. */
    void write(long taskId, Long lead, List<Long> cooperating, boolean territorial, DivisionState state,
               List<Text> reasons) throws SQLException {
        Sql.bind(clear, taskId);
        clear.executeUpdate();
        if (lead != null) {
            Sql.bind(assign, taskId, lead, AssignmentRole.LEAD.name(), 0);
            assign.executeUpdate();
        }
        int ordinal = 0;
        for (long id : cooperating) {
            if (lead == null || id != lead) {
                Sql.bind(assign, taskId, id, AssignmentRole.COOPERATE.name(), ++ordinal);
                assign.executeUpdate();
            }
        }
        Sql.bind(division, taskId, territorial, state.name(), Json.texts(reasons), now);
        division.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        clear.close();
        assign.close();
        division.close();
    }
}
