package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.planledger.store.TeamAddress;
import org.postgresql.Driver;

/**
 * How a team ledger is connected to: straight from pgJDBC's driver (not DriverManager, which
 * would open every jar looking for drivers). TLS is used whenever the server offers it
 * ({@code sslmode=prefer}, the driver's default), and checked against a CA when the address
 * says {@code sslmode=verify-full&sslrootcert=FILE}. Strings are sent untyped, so the server
 * reads a bound value as the column's type, as SQLite does.
 */
public final class TeamConnections {

    private TeamConnections() {
    }

    public static Connection open(TeamAddress address) throws SQLException {
        Properties p = new Properties();
        p.putAll(address.parameters());
        if (address.user() != null) {
            p.setProperty("user", address.user());
        }
        address.passwordGiven().ifPresent(pw -> p.setProperty("password", pw));
        p.putIfAbsent("ApplicationName", "PlanLedger");
        p.putIfAbsent("stringtype", "unspecified");
        p.putIfAbsent("connectTimeout", "10");
        // The ledger's large reads cost far above jit_above_cost, and compiling them took longer
        // than running them: the whole ledger's task rows 345 ms without JIT, 594 ms with it.
        p.putIfAbsent("options", "-c jit=off");
        Connection c = new Driver().connect(address.jdbcUrl(), p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL address: " + address);
        }
        return c;
    }

    /** 28P01 (wrong password) or 28000 (no such login, or not allowed to connect). */
    public static boolean loginRefused(SQLException e) {
        return "28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState());
    }

    /** The server was not reached: 08001 (cannot connect), 08006, 08004. */
    public static boolean unreachable(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }
}
