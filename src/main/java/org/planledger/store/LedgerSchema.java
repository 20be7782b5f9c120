package org.planledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.planledger.i18n.Text;
import org.sqlite.SQLiteConfig;

/**
 * Creates and upgrades a ledger's schema with Flyway, after making sure the file is a
 * ledger this version can read: not some other file, not a ledger from a newer PlanLedger.
 */
final class LedgerSchema {

    /** The highest migration under db/migration; a test keeps the two in step. */
    static final int VERSION = 6;
    /** PRAGMA application_id of every ledger: "PLDG". */
    static final int APPLICATION_ID = 0x504C4447;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LedgerSchema() {
    }

    /** The schema version of the ledger in the file (0 for a new or empty file), or a refusal. */
    static int check(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                return 0;
            }
            if (!hasSqliteHeader(file)) {
                throw new StoreException(Text.of("store.error.notLedger", name));
            }
        } catch (IOException e) {
            throw new StoreException(Text.of("store.error.cannotOpen", name, e.getMessage()), e);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(readOnlyUrl(file), readOnly.toProperties());
             Statement st = c.createStatement()) {
            int appId = intOf(st, "PRAGMA application_id");
            int tables = intOf(st, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (appId != APPLICATION_ID && tables > 0) {
                throw new StoreException(Text.of("store.error.notLedger", name));
            }
            if (appId == APPLICATION_ID) {
                int version = intOf(st, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) "
                        + "FROM flyway_schema_history WHERE success = 1");
                if (version > VERSION) {
                    throw new StoreException(Text.of("store.error.newerLedger", name, version, VERSION));
                }
                return version;
            }
            return 0;
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.notLedger", name), e);
        }
    }

    /**
     * Whether the ledger can only be read: its folder or the file itself is read-only (a read-only
     * mount, a folder without write rights). SQLite cannot make the WAL index beside such a ledger.
     */
    static boolean readOnly(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return Files.exists(file) && ((dir != null && !Files.isWritable(dir)) || !Files.isWritable(file));
    }

    /**
     * The URL to read {@code file} without writing anything beside it: where the folder is
     * read-only nobody can change the file, so SQLite may read it as immutable (no WAL index needed).
     */
    static String readOnlyUrl(Path file) {
        return readOnly(file) ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1" : "jdbc:sqlite:" + file;
    }

    /** The schema version of an open ledger. */
    static int versionOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return intOf(st, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1");
        }
    }

    static void migrate(Path file, Connection connection) throws SQLException {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Flyway.configure(LedgerSchema.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
