package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planledger.i18n.Text;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;

/**
 * What {@code server init} asks of a database before it touches it (ADR 0012, 0013): its own
 * (no one else's tables), UTF-8 with code-point order and a UTF-8 character classification (for
 * Chinese search), and a login that owns it and may create roles. Each refusal says what to do.
 */
final class DatabaseFitness {

    /** The first migration's script: a history that does not start with it is not a ledger's. */
    static final String FIRST_SCRIPT = "V1__plan_outline.sql";

    private DatabaseFitness() {
    }

    static void check(Connection c, TeamAddress address) throws SQLException {
        checkLocale(c, address);
        checkAdministrator(c, address);
        checkOwnDatabase(c, address);
        if (!TeamRoles.of(address.database()).fit()) {
            throw new StoreException(Text.of("store.team.admin.nameTooLong", address.database(), TeamRoles.MAX_NAME_BYTES));
        }
    }

    private static void checkLocale(Connection c, TeamAddress address) throws SQLException {
        String encoding;
        String collate;
        String ctype;
        try (var ps = c.prepareStatement("SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database "
                + "WHERE datname = current_database()"); var rs = ps.executeQuery()) {
            rs.next();
            encoding = rs.getString(1);
            collate = rs.getString(2);
            ctype = rs.getString(3);
        }
        String ct = ctype.toLowerCase(Locale.ROOT).replace("-", "");
        boolean fits = encoding.equals("UTF8") && (collate.equals("C") || collate.equals("POSIX")) && ct.endsWith(".utf8");
        if (!fits) {
            throw new StoreException(Text.of("store.team.admin.locale", address.database(), encoding, collate, ctype));
        }
    }

    private static void checkAdministrator(Connection c, TeamAddress address) throws SQLException {
        boolean admin = Sql.count(c, "SELECT count(*) FROM pg_roles r, pg_database d WHERE r.rolname = current_user "
                + "AND d.datname = current_database() AND (r.rolsuper OR r.rolcreaterole AND pg_has_role(current_user, "
                + "d.datdba, 'MEMBER'))") > 0;
        if (!admin) {
            throw new StoreException(Text.of("store.team.admin.notAdministrator", address.database(),
                    Sql.string(c, "SELECT current_user")));
        }
    }

    /** Refuses a database holding tables that no PlanLedger migration made. */
    private static void checkOwnDatabase(Connection c, TeamAddress address) throws SQLException {
        boolean history = Sql.count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename = 'flyway_schema_history'") > 0;
        if (history) {
            String first = Sql.string(c, "SELECT script FROM flyway_schema_history WHERE version IS NOT NULL "
                    + "ORDER BY installed_rank LIMIT 1");
            if (first == null || first.equals(FIRST_SCRIPT)) {
                return;
            }
        }
        List<String> tables = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN "
                + "('pg_catalog', 'information_schema') ORDER BY 1 LIMIT 6"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.isEmpty()) {
            String named = tables.size() > 5 ? String.join(", ", tables.subList(0, 5)) + ", …" : String.join(", ", tables);
            throw new StoreException(Text.of("store.team.admin.notOwnDatabase", address.database(), named));
        }
    }
}
