package org.planledger.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/** How a ledger file is opened: the SQLite settings every connection to it is made with. */
public final class SqliteConnections {

    /** How long a write waits for another process's transaction to end before it gives up. */
    public static final int BUSY_TIMEOUT_MS = Integer.getInteger("planledger.busyTimeoutMs", 5000);

    private SqliteConnections() {
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
        return DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
    }

    /** A ledger opened only to be read (in a read-only folder too), foreign keys on. */
    public static Connection forReading(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.enforceForeignKeys(true);
        return DriverManager.getConnection(LedgerSchema.readOnlyUrl(file), cfg.toProperties());
    }

    /** A file opened to look at it (a backup, a copy), never written. */
    public static Connection toLookAt(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file, readOnly());
    }

    static Properties readOnly() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        return cfg.toProperties();
    }
}
