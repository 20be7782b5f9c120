package org.planledger.store.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.store.TeamErrors;
import org.postgresql.PGConnection;

/**
 * {@code server user add|list|disable}: the team ledger's logins, each a database login that is
 * a member of the ledger's manager role or of its department role, with a row in team_member
 * saying which department. Passwords go to the server already hashed (SCRAM, computed here), so
 * not even the server's statement log sees one; nothing here keeps one.
 */
public final class TeamMembers {

    /** A login as the list shows it; {@code department} null for a manager's. */
    public record Member(String login, boolean manager, String department, boolean disabled, boolean canLogIn,
                         String addedAt) {
    }

    /** Lower-case letters, digits and _, as PostgreSQL folds an unquoted name: the same in a URL, psql and pg_hba.conf. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int GENERATED_LENGTH = 20;

    private TeamMembers() {
    }

    /**
     * Adds {@code login} for {@code department} (a department's name or short name), or as a
     * manager's login when it is null, with {@code password}, or a generated one when that is null.
     * Returns the password that was generated, or null. One transaction: the login, its role and
     * its row exist together or not at all.
     */
    public static String add(TeamAddress address, String login, String department, char[] password, Clock clock) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new StoreException(Text.of("store.team.admin.badLogin", String.valueOf(login)));
        }
        if (password != null && password.length == 0) {
            throw new StoreException(Text.of("store.team.admin.emptyPassword"));
        }
        TeamRoles roles = TeamRoles.of(address.database());
        String generated = password == null ? generate() : null;
        char[] secret = password == null ? generated.toCharArray() : password;
        try (Connection c = TeamAdmin.connect(address)) {
            c.setAutoCommit(false);
            try {
                requireInitialised(c, address, roles);
                Long departmentId = null;
                if (department != null) {
                    departmentId = Sql.nullableLong(c, "SELECT id FROM department WHERE name = ?1 OR short_name = ?1 "
                            + "ORDER BY name = ?1 DESC, id LIMIT 1", department.strip());
                    if (departmentId == null) {
                        throw new StoreException(Text.of("store.team.admin.noSuchDepartment", department, address.displayName()));
                    }
                }
                if (Sql.count(c, "SELECT count(*) FROM team_member WHERE login = ?", login) > 0) {
                    throw new StoreException(Text.of("store.team.admin.alreadyMember", login, address.displayName()));
                }
                if (Sql.count(c, "SELECT count(*) FROM pg_roles WHERE rolname = ?", login) > 0) {
                    throw new StoreException(Text.of("store.team.admin.loginTaken", login));
                }
                String group = department == null ? roles.manager() : roles.department();
                TeamGrants.run(c, "CREATE ROLE " + TeamRoles.quote(login) + " LOGIN IN ROLE " + TeamRoles.quote(group));
                c.unwrap(PGConnection.class).alterUserPassword(login, secret, "scram-sha-256");
                Sql.update(c, "INSERT INTO team_member (login, role, department_id, added_at) VALUES (?, ?, ?, ?)",
                        login, department == null ? "MANAGER" : "DEPARTMENT", departmentId, clock.instant().toString());
                c.commit();
                return generated;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw TeamErrors.write(address, e);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    public static List<Member> list(TeamAddress address) {
        try (Connection c = TeamAdmin.connect(address)) {
            requireInitialised(c, address, TeamRoles.of(address.database()));
            List<Member> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT m.login, m.role, d.name, m.disabled, coalesce(r.rolcanlogin, false), "
                    + "m.added_at FROM team_member m LEFT JOIN department d ON d.id = m.department_id "
                    + "LEFT JOIN pg_roles r ON r.rolname = m.login ORDER BY m.role DESC, d.name, m.login");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getString(1), rs.getString(2).equals("MANAGER"), rs.getString(3),
                            rs.getInt(4) != 0, rs.getBoolean(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw TeamErrors.write(address, e);
        }
    }

    /**
     * Disables {@code login}: it can no longer log in, loses its role's privileges, and the
     * policies stop counting it at its next statement, even in a session already open. Its rows stay.
     */
    public static void disable(TeamAddress address, String login) {
        TeamRoles roles = TeamRoles.of(address.database());
        try (Connection c = TeamAdmin.connect(address)) {
            c.setAutoCommit(false);
            try {
                requireInitialised(c, address, roles);
                if (Sql.update(c, "UPDATE team_member SET disabled = 1 WHERE login = ?", login) == 0) {
                    throw new StoreException(Text.of("store.team.admin.noSuchLogin", login, address.displayName()));
                }
                TeamGrants.run(c, "ALTER ROLE " + TeamRoles.quote(login) + " NOLOGIN");
                TeamGrants.run(c, "REVOKE " + TeamRoles.quote(roles.manager()) + ", " + TeamRoles.quote(roles.department())
                        + " FROM " + TeamRoles.quote(login));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw TeamErrors.write(address, e);
        }
    }

    private static void requireInitialised(Connection c, TeamAddress address, TeamRoles roles) throws SQLException {
        if (TeamSchema.versionOf(c) == 0 || Sql.count(c, "SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?)",
                roles.manager(), roles.department()) < 2) {
            throw new StoreException(Text.of("store.team.notInitialised", address.displayName()));
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            s.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return s.toString();
    }
}
