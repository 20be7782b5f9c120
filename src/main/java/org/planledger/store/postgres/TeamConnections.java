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

    /** How long connecting and logging in may take before the server counts as not answering. */
    static final int CONNECT_SECONDS = 10;

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
        p.putIfAbsent("connectTimeout", String.valueOf(CONNECT_SECONDS));
        // a server that takes the connection and never answers (a half-open firewall, a hung
        // server) would keep the login waiting for ever: the login's reads time out too, and the
        // connection waits as long as its statements need once it is made
        boolean ownTimeout = !p.containsKey("socketTimeout");
        if (ownTimeout) {
            p.setProperty("socketTimeout", String.valueOf(CONNECT_SECONDS));
        }
        // The ledger's large reads cost far above jit_above_cost, and compiling them took longer
        // than running them: the whole ledger's task rows 345 ms without JIT, 594 ms with it.
        p.putIfAbsent("options", "-c jit=off");
        Connection c = new Driver().connect(address.jdbcUrl(), p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL address: " + address);
        }
        if (ownTimeout) {
            try {
                c.setNetworkTimeout(Runnable::run, 0);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }
}
