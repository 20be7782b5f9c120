package org.planledger.store.division;

import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Moves one department's assignments to another when the two are merged. */
final class DivisionMerge {

    private DivisionMerge() {
    }

    /** Returns how many task assignments moved; a lead stays a lead, duplicates collapse. */
    static int move(Connection c, long from, long to) throws SQLException {
        List<Long> leadWhereBoth = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.task_id FROM task_assignment a "
                + "JOIN task_assignment b ON b.task_id = a.task_id AND b.department_id = ? "
                + "WHERE a.department_id = ? AND a.role = 'LEAD'")) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    leadWhereBoth.add(rs.getLong(1));
                }
            }
        }
        int moved = Sql.update(c, "DELETE FROM task_assignment WHERE department_id = ? AND task_id IN "
                + "(SELECT task_id FROM task_assignment WHERE department_id = ?)", from, to);
        for (long task : leadWhereBoth) {
            Sql.update(c, "UPDATE task_assignment SET role = 'LEAD' WHERE task_id = ? AND department_id = ?", task, to);
        }
        moved += Sql.update(c, "UPDATE task_assignment SET department_id = ? WHERE department_id = ?", to, from);
        Sql.update(c, "UPDATE milestone_lead SET department_id = ? WHERE department_id = ?", to, from);
        return moved;
    }
}
