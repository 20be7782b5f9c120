package org.planledger.store.sqlite;

import org.planledger.store.Ledger;
import org.planledger.store.Leftovers;
import org.planledger.store.PrivateFiles;
import org.planledger.store.StoreException;
import org.planledger.i18n.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.planledger.i18n.Text;
import org.sqlite.SQLiteConfig;

/**
 * Creates and upgrades a ledger's schema with Flyway, after making sure the file is a
 * ledger this version can read: not some other file, not a ledger from a newer PlanLedger.
 */
public final class LedgerSchema {

    /** The highest migration under db/migration; a test keeps the two in step. */
    public static final int VERSION = 14;
    /** PRAGMA application_id of every ledger: "PLDG". */
    public static final int APPLICATION_ID = 0x504C4447;

    private static final String HISTORY = "flyway_schema_history";
    private static final String DRAFT = ".creating";
    private static final Pattern CREATES = Pattern.compile(
            "CREATE\\s+(VIRTUAL\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)|RENAME\\s+TO\\s+\"?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> SIDECARS = List.of("-journal", "-wal", "-shm");

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LedgerSchema() {
    }

    /** The schema version of the ledger in the file (0 for a new or empty file), or a refusal. */
    public static int check(Path file) {
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
        try {
            return inspect(file, name);
        } catch (SQLException e) {
            if (!hotJournal(e)) {
                throw unreadable(name, e);
            }
        }
        // a write killed half way left its journal: a reader may not roll it back, a writer must
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            intOf(st, "SELECT count(*) FROM sqlite_master");
            return inspect(file, name);
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.cannotOpen", name, e.getMessage()), e);
        }
    }

    /** A ledger damaged where its schema lives is damaged, not "not a ledger". */
    private static StoreException unreadable(String name, SQLException e) {
        if (SqliteErrors.corrupt(e)) { // SQLITE_CORRUPT
            return new StoreException(Text.of("store.error.damaged", name, String.valueOf(e.getMessage())), e);
        }
        return new StoreException(Text.of("store.error.notLedger", name), e);
    }

    private static boolean hotJournal(SQLException e) {
        return SqliteErrors.hotJournal(e);
    }

    /** What {@link #check} reads, read-only. */
    private static int inspect(Path file, String name) throws SQLException {
        try (Connection c = SqliteConnections.open(readOnlyUrl(file), SqliteConnections.readOnly());
             Statement st = c.createStatement()) {
            int appId = intOf(st, "PRAGMA application_id");
            int tables = intOf(st, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (appId != APPLICATION_ID && tables > 0) {
                if (halfMade(st)) {
                    return 0;  // created again, complete, in its place
                }
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
        }
    }

    /**
     * Whether the ledger can only be read: its folder or the file itself is read-only (a read-only
     * mount, a folder without write rights). SQLite cannot make the WAL index beside such a ledger.
     */
    public static boolean readOnly(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return Files.exists(file) && ((dir != null && !Files.isWritable(dir)) || !Files.isWritable(file));
    }

    /**
     * The URL to read {@code file} without writing anything beside it: where the folder is
     * read-only nobody can change the file, so SQLite may read it as immutable (no WAL index needed).
     */
    public static String readOnlyUrl(Path file) {
        return readOnly(file) ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1" : "jdbc:sqlite:" + file;
    }

    /** Tables the ledger's triggers keep from other tables' rows; a copy makes them again. */
    public static final List<String> DERIVED = List.of("item_progress");

    /**
     * The tables of an open ledger file that hold its data, by name: not SQLite's own, not
     * Flyway's history, not a full-text index or the tables it keeps for itself (rebuilt from
     * the tasks by the ledger's triggers), not a table the triggers derive from the entries.
     */
    public static List<String> dataTables(Connection c) throws SQLException {
        List<String> virtual = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String sql = rs.getString(2);
                if (sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, "CREATE VIRTUAL".length())) {
                    virtual.add(name);
                } else if (!name.startsWith("sqlite_") && !name.equals(HISTORY) && !DERIVED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        tables.removeIf(t -> virtual.stream().anyMatch(v -> t.startsWith(v + "_")));
        return tables;
    }

    /** The schema version of an open ledger. */
    public static int versionOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return intOf(st, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1");
        }
    }

    /**
     * Makes a new ledger in {@code file} (missing, empty, or {@linkplain #halfMade half made}): the
     * whole schema and the application id are written to a draft beside it, which takes the name
     * only when complete. A kill at any moment leaves either no ledger or a whole one, and at most
     * a draft that the next creation removes.
     */
    public static void create(Path file) throws IOException, SQLException {
        Path draft = newDraftOf(file);
        try {
            try (Connection c = SqliteConnections.open("jdbc:sqlite:" + draft)) {
                migrate(draft, c);
                try (Statement st = c.createStatement()) {
                    // one self-contained file: no -wal of the draft's to leave behind
                    st.execute("PRAGMA journal_mode = DELETE");
                }
            }
            moveIntoPlace(draft, file);
        } finally {
            Files.deleteIfExists(draft);
            for (String sidecar : SIDECARS) {
                Files.deleteIfExists(draft.resolveSibling(draft.getFileName() + sidecar));
            }
        }
    }

    /**
     * Puts a copy of the ledger in {@code source} where the empty file {@code file} is (a copy or a
     * save cut short leaves one): copied to a draft beside it, which takes the name only when
     * complete. Refused when {@code file} is no longer empty by then, so nothing real is overwritten.
     */
    public static void replaceEmpty(Path file, Path source) throws IOException {
        Path draft = newDraftOf(file);
        try {
            // copied into the owner-only draft, so the ledger keeps its privacy whatever the source's
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(source);
                 java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(draft, java.nio.file.StandardOpenOption.WRITE)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += out.transferFrom(in, done, size - done);
                }
                out.force(true);
            }
            if (!Files.isRegularFile(file) || Files.size(file) != 0) {
                throw new IOException("no longer empty: " + file);
            }
            moveIntoPlace(draft, file);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** A new owner-only draft beside {@code file}, named for this process; drafts of ended ones removed first. */
    private static Path newDraftOf(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Leftovers.remove(dir, n -> isDraftOf(n, name));
        Path draft = dir.resolve("." + name + Leftovers.processTag() + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + DRAFT);
        PrivateFiles.create(draft);
        return draft;
    }

    /** The complete draft takes the ledger's name in one step. */
    private static void moveIntoPlace(Path draft, Path file) throws IOException {
        // what a half-made ledger left beside it belongs to that file, never to the new one
        for (String sidecar : SIDECARS) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + sidecar));
        }
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A draft of the ledger named {@code ledgerName}, or one of its journals. */
    public static boolean isDraftOf(String fileName, String ledgerName) {
        if (!fileName.startsWith("." + ledgerName + ".p")) {
            return false;
        }
        for (String sidecar : SIDECARS) {
            if (fileName.endsWith(DRAFT + sidecar)) {
                return true;
            }
        }
        return fileName.endsWith(DRAFT);
    }

    /**
     * A file an earlier PlanLedger began to create and was killed creating: no application id yet,
     * PlanLedger's own migrations in its history, no table those migrations did not create, and not
     * one row anywhere but what they write. No command ever writes into such a file, so it holds
     * nothing of the user's; anything else without the application id stays refused.
     */
    private static boolean halfMade(Statement st) throws SQLException {
        try {
            return halfMadeOrNot(st);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean halfMadeOrNot(Statement st) throws SQLException, IOException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.contains(HISTORY)) {
            return false;
        }
        // the tables the migrations in the history create (a full-text table adds its own _data, _idx, ...)
        List<String> created = new ArrayList<>();
        List<String> virtual = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT script FROM " + HISTORY)) {
            while (rs.next()) {
                String script = rs.getString(1);
                if (script == null || !script.matches("V\\d+__[a-z_]+\\.sql")) {
                    return false;
                }
                try (InputStream in = LedgerSchema.class.getClassLoader().getResourceAsStream("db/migration/" + script)) {
                    if (in == null) {
                        return false;
                    }
                    Matcher m = CREATES.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    while (m.find()) {
                        String table = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(java.util.Locale.ROOT);
                        created.add(table);
                        if (m.group(1) != null) {
                            virtual.add(table);
                        }
                    }
                }
            }
        }
        if (created.isEmpty()) {
            return false;
        }
        for (String table : tables) {
            if (table.equals(HISTORY) || table.equals("sqlite_sequence") || table.startsWith("sqlite_stat")) {
                continue;
            }
            String lower = table.toLowerCase(java.util.Locale.ROOT);
            boolean index = virtual.stream().anyMatch(t -> lower.equals(t) || lower.startsWith(t + "_"));
            if (index) {
                continue;  // a full-text index and its own tables: built from tables that are counted
            }
            if (!created.contains(lower)) {
                return false;
            }
            // the migrations' own row: the ledger's identity, drawn at random
            long allowed = table.equals("ledger_identity") ? 1 : 0;
            if (intOf(st, "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"") > allowed) {
                return false;
            }
        }
        return true;
    }

    public static void migrate(Path file, Connection connection) throws SQLException {
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
