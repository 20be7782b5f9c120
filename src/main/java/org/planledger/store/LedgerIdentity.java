package org.planledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.planledger.i18n.Text;

/**
 * Who this ledger is: the manager's ledger (the master, which issues department packages) or a
 * department's own ledger made from such a package. A department ledger refuses the manager's
 * work — the plan, the division of work, decisions, rules — in the store itself, not only in the UI.
 *
 * @param departmentId   the department a department ledger belongs to; null for the master
 * @param issuerLedgerId the master ledger whose package made this department ledger
 * @param packageSerial  the serial of the last package opened here (department)
 * @param ackedSeq       the last report of this department the manager had merged, per that package
 * @param reportSeq      the last report exported here
 */
public record LedgerIdentity(String ledgerId, Role role, Long departmentId, String departmentName,
                             String issuerLedgerId, long packageSerial, long ackedSeq, long reportSeq) {

    public enum Role { MASTER, DEPARTMENT }

    public boolean isDepartment() {
        return role == Role.DEPARTMENT;
    }

    /** Reads the identity inside a transaction the caller holds. */
    public static LedgerIdentity read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.ledger_id, i.role, i.department_id, d.name, "
                + "i.issuer_ledger_id, i.package_serial, i.acked_seq, i.report_seq FROM ledger_identity i "
                + "LEFT JOIN department d ON d.id = i.department_id WHERE i.singleton = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("ledger without identity");
            }
            long dept = rs.getLong(3);
            LedgerIdentity stored = new LedgerIdentity(rs.getString(1), Role.valueOf(rs.getString(2)),
                    rs.wasNull() ? null : dept, rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
            return Dialect.of(c).team() ? asLoggedIn(c, stored) : stored;
        }
    }

    /**
     * A team ledger is the manager's ledger; who is logged in decides the mode, as the database
     * decides the rights (team_member, ADR 0013): a department's login works in that department's
     * mode, so the app's own checks and words match what the database will allow.
     */
    private static LedgerIdentity asLoggedIn(Connection c, LedgerIdentity stored) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.name FROM department d WHERE d.id = ledger_department()");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return stored;
            }
            // no issuer: a team ledger's department works in the manager's ledger itself, it takes no packages
            return new LedgerIdentity(stored.ledgerId(), Role.DEPARTMENT, rs.getLong(1), rs.getString(2),
                    null, stored.packageSerial(), stored.ackedSeq(), stored.reportSeq());
        }
    }

    /** Refuses the manager's work in a department ledger, inside the caller's transaction. */
    public static void requireManager(Connection c) throws SQLException {
        LedgerIdentity id = read(c);
        if (id.isDepartment()) {
            // a team ledger's department is a login, not a department ledger file: its own words
            throw new StoreException(Dialect.of(c).team() ? Text.of("exchange.error.departmentMode.team", id.departmentName())
                    : Text.of("exchange.error.departmentMode", id.departmentName()));
        }
    }

    /** In a department ledger, only that department writes. */
    public static void requireOwnDepartment(Connection c, long departmentId) throws SQLException {
        LedgerIdentity id = read(c);
        if (id.isDepartment() && id.departmentId() != departmentId) {
            throw new StoreException(Dialect.of(c).team() ? Text.of("exchange.error.otherDepartment.team", id.departmentName())
                    : Text.of("exchange.error.otherDepartment", id.departmentName()));
        }
    }
}
