package org.planledger.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.planledger.app.LedgerPlace;
import org.planledger.store.Ledger;

/** Where a test's ledger lives, a file or a team ledger's database; opened as often as the test likes. */
public final class TestLedger {

    private final Path file;
    private final String jdbcUrl;

    private TestLedger(Path file, String jdbcUrl) {
        this.file = file;
        this.jdbcUrl = jdbcUrl;
    }

    static TestLedger file(Path file) {
        return new TestLedger(file, null);
    }

    static TestLedger team(String jdbcUrl) {
        return new TestLedger(null, jdbcUrl);
    }

    /** Opens the ledger with the test clock. */
    public Ledger open() {
        return open(TestClock.get());
    }

    public Ledger open(Clock clock) {
        return file != null ? Ledger.open(file, clock) : Ledger.openTeam(TestPostgres.address(jdbcUrl), clock);
    }

    /**
     * What a user gives {@code --ledger} for this ledger: the file's path, or the team ledger's
     * address ({@code postgresql://host:port/db?user=postgres}; the test server trusts its superuser,
     * so no password is needed).
     */
    public String argument() {
        return file != null ? file.toString() : TestPostgres.address(jdbcUrl).toString();
    }

    /** Where the ledger is, as the app's window opens it. */
    public LedgerPlace place() {
        return file != null ? LedgerPlace.of(file) : LedgerPlace.team(TestPostgres.address(jdbcUrl));
    }

    /** Whether this is a team ledger (PostgreSQL). */
    public boolean isTeam() {
        return file == null;
    }

    /** A connection straight to the ledger's database, for a test that looks at (or tampers with) the rows. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(file != null ? "jdbc:sqlite:" + file : jdbcUrl);
    }

    /** The first column of every row {@code sql} returns, as text. */
    public List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + this, e);
        }
        return out;
    }

    /** The number {@code sql} (a {@code SELECT count(*) …}) returns. */
    public long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    /** The rows in each table, to show a refusal wrote nothing. */
    public List<Long> rows(List<String> tables) {
        List<Long> out = new ArrayList<>();
        for (String t : tables) {
            out.add(count("SELECT count(*) FROM " + t));
        }
        return out;
    }

    /**
     * A digest of every row of every table: equal before and after a refused command when the ledger
     * was left exactly as it was (what comparing a file's bytes shows, on either database).
     */
    public String digest() {
        String tables = isTeam()
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                        + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND name <> 'flyway_schema_history' ORDER BY name";
        try (Connection c = connect(); Statement st = c.createStatement()) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (String table : strings(tables)) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                md.update((table + "\n" + String.join("\n", rows)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read every table of " + this, e);
        }
    }

    /**
     * Gives this copy an identity of its own, as if it had been seeded anew: another office's ledger
     * holding the same (a copy otherwise shares its template's, as a copied file does).
     */
    public TestLedger withIdentityOfItsOwn() {
        execute("UPDATE ledger_identity SET ledger_id = '" + java.util.UUID.randomUUID().toString().replace("-", "") + "'");
        return this;
    }

    /** Runs {@code sql} (an UPDATE or DELETE a test makes behind the app's back). */
    public void execute(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + this, e);
        }
    }

    /** The ledger file; null for a team ledger. */
    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return file != null ? file.toString() : jdbcUrl;
    }
}
