package org.planledger.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.planledger.i18n.Text;
import org.sqlite.SQLiteConfig;

/**
 * One ledger file, open: a single SQLite connection (WAL, foreign keys on) that every
 * repository shares. Callers keep it off the FX thread; writes go through {@link #inTransaction}.
 */
public final class Ledger implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection connection;

    private Ledger(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) and upgrades the ledger; refuses files that are not ledgers. */
    public static Ledger open(Path file) {
        int version = LedgerSchema.check(file);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (version == 0) {
                createPrivate(file);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config().toProperties());
            try {
                // Flyway takes most of a second to start; a current ledger does not need it.
                if (version < LedgerSchema.VERSION) {
                    LedgerSchema.migrate(file, c);
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new Ledger(file, c);
        } catch (IOException | SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new StoreException(Text.of("store.error.cannotOpen", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * A new ledger file is created readable and writable by its owner only (rw-------) where
     * the file system has POSIX permissions; SQLite gives the -wal and -shm files the main
     * file's permissions. An existing file is left as it is.
     */
    private static void createPrivate(Path file) throws IOException {
        if (Files.exists(file) || !Files.getFileStore(file.toAbsolutePath().getParent())
                .supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // created meanwhile by someone else: theirs to protect
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a change the user saw saved survives a power cut, at a small cost per commit.
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(5000);
        return cfg;
    }

    public Path file() {
        return file;
    }

    public PlanStore plans() {
        return new PlanStore(this);
    }

    public DepartmentStore departments() {
        return new DepartmentStore(this);
    }

    public DivisionStore divisions() {
        return new DivisionStore(this);
    }

    /** What the rollups are computed from, and the manager's weights and counting options. */
    public RollupStore rollup(java.time.Clock clock) {
        return new RollupStore(this, clock);
    }

    /** The plan's indicators with their yearly values and evaluation. */
    public IndicatorStore indicators(java.time.Clock clock) {
        return new IndicatorStore(this, clock);
    }

    /** Progress and lights; "today" is read from the clock (tests fix it). */
    public ProgressStore progress(java.time.Clock clock) {
        return new ProgressStore(this, clock);
    }

    /** Whether this is the manager's ledger or a department's, and its exchange bookkeeping. */
    public LedgerIdentity identity() {
        return read(LedgerIdentity::read);
    }

    /** Runs work in one transaction: all of it is written, or none. */
    public synchronized <T> T inTransaction(Work<T> work) {
        assertNotFxThread();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.write", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /** Runs a read; SQLite gives it a consistent snapshot. */
    public synchronized <T> T read(Work<T> work) {
        assertNotFxThread();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.read", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.write", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    private static void assertNotFxThread() {
        assert !"JavaFX Application Thread".equals(Thread.currentThread().getName())
                : "ledger access on the FX application thread";
    }
}
