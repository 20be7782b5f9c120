package org.planledger.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * How a ledger file is opened: the SQLite settings every connection to it is made with, straight
 * from SQLite's driver. {@code DriverManager} would first look for every JDBC driver on the class
 * path, opening each of the app's jars to do so, which a command's start paid for before it could
 * read a row.
 */
public final class SqliteConnections {

    /** How long a write waits for another process's transaction to end before it gives up. */
    public static final int BUSY_TIMEOUT_MS = Integer.getInteger("planledger.busyTimeoutMs", 5000);

    static {
        useShippedLibraryFolder();
    }

    private SqliteConnections() {
    }

    /**
     * Where the app image ships SQLite's library ({@code org.sqlite.lib.path}, set by its launcher)
     * and holds it, sqlite-jdbc is also told to look there for copies of it left behind: before
     * it loads the library it lists its temporary folder to delete stale copies, and a system's
     * temporary folder can hold thousands of files. Nothing is copied anywhere when the library is
     * loaded from that folder.
     */
    private static void useShippedLibraryFolder() {
        shippedLibraryFolder(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.tmpdir"),
                System.getProperty("org.sqlite.lib.name", System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib")))
                .ifPresent(folder -> System.setProperty("org.sqlite.tmpdir", folder));
    }

    /** The folder of the shipped library when it holds it and no temporary folder was chosen. */
    static java.util.Optional<String> shippedLibraryFolder(String libraryPath, String tmpdir, String libraryName) {
        if (libraryPath == null || tmpdir != null || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(libraryPath, libraryName))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(libraryPath);
    }

    /** A connection to {@code url} ({@code jdbc:sqlite:…}) with SQLite's {@code settings}. */
    public static Connection open(String url, Properties settings) throws SQLException {
        Connection c = JDBC.createConnection(url, settings);
        if (c == null) {
            throw new SQLException("not an SQLite URL: " + url);
        }
        return c;
    }

    /** A connection to {@code url} with SQLite's default settings. */
    public static Connection open(String url) throws SQLException {
        return open(url, new Properties());
    }

    /** The connection a ledger is worked through: WAL, foreign keys, every commit on disk. */
    public static Connection forWriting(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a change the user saw saved survives a power cut, at a small cost per commit.
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A write transaction takes the write lock when it begins. Begun deferred, one that read
        // first could find another process had written meanwhile (SQLITE_BUSY_SNAPSHOT), which
        // waiting cannot cure; begun immediate, it waits its turn within the busy timeout.
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return open("jdbc:sqlite:" + file, cfg.toProperties());
    }

    /** A ledger opened only to be read (in a read-only folder too), foreign keys on. */
    public static Connection forReading(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.enforceForeignKeys(true);
        return open(LedgerSchema.readOnlyUrl(file), cfg.toProperties());
    }

    /** A file opened to look at it (a backup, a copy), never written. */
    public static Connection toLookAt(Path file) throws SQLException {
        return open("jdbc:sqlite:" + file, readOnly());
    }

    static Properties readOnly() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        return cfg.toProperties();
    }
}
