package org.planledger.store;

import org.planledger.store.division.DepartmentStore;
import org.planledger.store.division.DivisionStore;
import org.planledger.store.indicator.IndicatorStore;
import org.planledger.store.plan.PlanStore;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.rollup.RollupStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.store.backup.Backups;
import org.planledger.store.sqlite.LedgerSchema;
import org.planledger.store.sqlite.SqliteConnections;
import org.planledger.store.sqlite.SqliteCopy;
import org.planledger.store.sqlite.SqliteErrors;
import org.planledger.store.sqlite.SqliteTransactions;

/**
 * One ledger, open: a ledger file (a single SQLite connection, WAL, foreign keys on) or a team
 * ledger (one connection to its PostgreSQL database, as the user who logged in), shared by every
 * repository. Callers keep it off the FX thread; writes go through {@link #inTransaction}.
 */
public final class Ledger implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** How far a backup or a restore is: pages of a ledger file, rows of a team ledger, done out of all. */
    @FunctionalInterface
    public interface CopyProgress {
        CopyProgress NONE = (done, total) -> { };

        void copied(long done, long total);
    }

    /** How long a write waits for another process' transaction on the same file before it gives up. */

    private final Path file;
    /** The team ledger's address; null for a ledger file. */
    private final TeamAddress team;
    /** Change watches of a team ledger, stopped when it closes. */
    private final java.util.List<AutoCloseable> watches = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Connection connection;
    private final Clock clock;
    /** What SQLite's quick check said when the ledger opened, when it was not "ok" (null: intact). */
    private volatile String damage;

    private Ledger(Path file, Connection connection, Clock clock, String damage) {
        this(file, null, connection, clock, damage);
    }

    private Ledger(Path file, TeamAddress team, Connection connection, Clock clock, String damage) {
        this.file = file;
        this.team = team;
        this.connection = connection;
        this.clock = clock;
        this.damage = damage;
    }

    /**
     * Opens (creating if needed) and upgrades the ledger; refuses files that are not ledgers.
     * {@code clock} is the entry point's: it stamps every record and names the backups.
     */
    public static Ledger open(Path file, Clock clock) {
        int version;
        try {
            version = LedgerSchema.check(file);
        } catch (StoreException e) {
            if ("store.error.damaged".equals(e.problem().key())) {
                throw damaged(file, String.valueOf(e.problem().args().get(1)));
            }
            throw e;
        }
        if (version == LedgerSchema.VERSION && LedgerSchema.readOnly(file)) {
            return openReadOnly(file, clock);
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (version == 0) {
                LedgerSchema.create(file);
            } else if (version < LedgerSchema.VERSION) {
                // an upgrade rewrites the schema: the ledger as it was is kept first
                Backups.beforeUpgrade(file, version, clock);
            }
            Connection c = SqliteConnections.forWriting(file);
            try {
                // Flyway takes most of a second to start; a current ledger does not need it.
                if (version > 0 && version < LedgerSchema.VERSION) {
                    LedgerSchema.migrate(file, c);
                }
                // a damaged page is found now, before any write or backup spreads it
                Ledger opened = new Ledger(file, c, clock, version == 0 ? null : SqliteCopy.quickCheck(c).orElse(null));
                // what killed backups of this ledger left: gone at every start
                Backups.removeLeftovers(file);
                finishPendingDocuments(opened);
                return opened;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (IOException | SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new StoreException(Text.of("store.error.cannotOpen", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * Connects to the team ledger at {@code address} as its user. A database that is not a team
     * ledger yet ({@code server init}), one from a newer PlanLedger, a wrong password or an
     * unreachable server is refused in words.
     */
    public static Ledger openTeam(TeamAddress address, Clock clock) {
        Connection c;
        try {
            c = org.planledger.store.postgres.TeamConnections.open(address);
        } catch (SQLException e) {
            throw TeamErrors.cannotConnect(address, e);
        }
        try {
            int version = org.planledger.store.postgres.TeamSchema.versionOf(c);
            if (version == 0) {
                throw new StoreException(Text.of("store.team.notInitialised", address.displayName()));
            }
            if (version > LedgerSchema.VERSION) {
                throw new StoreException(Text.of("store.error.newerLedger", address.displayName(), version, LedgerSchema.VERSION));
            }
            if (version < LedgerSchema.VERSION) {
                throw new StoreException(Text.of("store.team.olderSchema", address.displayName(), version, LedgerSchema.VERSION));
            }
            Ledger opened = new Ledger(null, address, c, clock, null);
            finishPendingDocuments(opened);
            return opened;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(Text.of("store.error.cannotOpen", address.displayName(), e.getMessage()), e);
        }
    }

    /**
     * A current ledger in a folder that cannot be written, opened for reading: every command that
     * only shows works; a write is refused before it starts (its lock file cannot be made).
     */
    private static Ledger openReadOnly(Path file, Clock clock) {
        try {
            Connection c = SqliteConnections.forReading(file);
            return new Ledger(file, c, clock, SqliteCopy.quickCheck(c).orElse(null));
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.cannotOpen", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * The schema version of the ledger in {@code file} (0 for a missing or empty file), read
     * without changing it; a file that is not a ledger, or one from a newer PlanLedger, is refused.
     */
    public static int versionOf(Path file) {
        return LedgerSchema.check(file);
    }

    /** The schema version of an open ledger, read through its connection. */
    public static int versionOfOpen(Connection c) throws SQLException {
        return Dialect.of(c).team() ? org.planledger.store.postgres.TeamSchema.versionOf(c) : LedgerSchema.versionOf(c);
    }

    /**
     * Removes what killed copies left in {@code dir}: hidden partial copies (and their journals)
     * whose names begin with {@code "." + namePrefix} and whose process is gone. A copy under its
     * final name, or one a running process still writes, is never touched. Returns how many went.
     */
    public static int removeLeftoverCopies(Path dir, String namePrefix) {
        return Leftovers.remove(dir, n -> SqliteCopy.isPartialOf(n, namePrefix));
    }

    /** The bytes taken in {@code dir} by partial copies whose names begin with {@code "." + namePrefix}, finished or not. */
    public static long partialCopyBytes(Path dir, String namePrefix) {
        long sum = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.newDirectoryStream(dir, f -> SqliteCopy.isPartialOf(f.getFileName().toString(), namePrefix))) {
            for (Path f : files) {
                sum += Files.isRegularFile(f) ? Files.size(f) : 0;
            }
        } catch (IOException e) {
            return sum;
        }
        return sum;
    }

    /** Copies a ledger file nobody has open into {@code dest} with SQLite's online backup. */
    public static void copyClosed(Path source, Path dest) {
        try {
            SqliteCopy.backupClosed(source, dest);
        } catch (IOException | SQLException e) {
            throw new StoreException(diskFull(e) ? Text.of("store.error.backupDiskFull", dest.getFileName().toString())
                    : Text.of("store.error.backup", dest.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * What SQLite's quick check found wrong in a ledger file (empty when it is intact), read
     * without changing it; a file SQLite cannot read at all is damaged too.
     */
    public static Optional<String> damageOf(Path file) {
        return SqliteCopy.damageOf(file);
    }

    /** True when {@code e} (or a cause) is SQLite's or the file system's "disk full". */
    public static boolean diskFull(Throwable e) {
        return SqliteErrors.diskFull(e);
    }

    /** What the quick check found when the ledger opened, if it was not intact. */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    /** Whether this ledger was opened only for reading: its folder or file cannot be written. */
    public boolean isReadOnly() {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            return false;
        }
    }

    /** The ledger file; null for a team ledger ({@link #isTeam}). */
    public Path file() {
        return file;
    }

    /** Whether this is a team ledger on a database server rather than a ledger file. */
    public boolean isTeam() {
        return team != null;
    }

    /** The team ledger's address (never with its password); empty for a ledger file. */
    public java.util.Optional<TeamAddress> teamAddress() {
        return java.util.Optional.ofNullable(team);
    }

    /** How the ledger is named in messages: the file's name, or the team ledger's database and server. */
    public String displayName() {
        return team != null ? team.displayName() : file.getFileName().toString();
    }

    /** The clock the ledger was opened with: the entry point's, a test's fixed day. */
    public Clock clock() {
        return clock;
    }

    /** The moment a record is written, as stored ({@code recorded_at}, {@code updated_at}). */
    public String now() {
        return clock.instant().toString();
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

    public org.planledger.store.carryover.CarryoverStore carryover() {
        return new org.planledger.store.carryover.CarryoverStore(this);
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

    /** The register of documents issued (督办台账) and the office's settings for its documents. */
    public org.planledger.store.notice.NoticeStore notices(java.time.Clock clock) {
        return new org.planledger.store.notice.NoticeStore(this, clock);
    }

    /** The plans' evaluations (终期评估, 中期评估), their outcomes, and the plans' closing and reopening. */
    public org.planledger.store.evaluation.EvaluationStore evaluations(java.time.Clock clock) {
        return new org.planledger.store.evaluation.EvaluationStore(this, clock);
    }

    /** Whether this is the manager's ledger or a department's, and its exchange bookkeeping. */
    public LedgerIdentity identity() {
        return read(LedgerIdentity::read);
    }

    /**
     * Register entries whose documents a killed process left under temporary names get them now
     * ({@link org.planledger.store.notice.PendingDocuments}). Never stops the ledger opening: a
     * damaged or read-only ledger, or a folder out of reach, waits for a later opening.
     */
    private static void finishPendingDocuments(Ledger opened) {
        if (opened.damage != null) {
            return;
        }
        try {
            org.planledger.store.notice.PendingDocuments.recover(opened);
        } catch (StoreException e) {
            // a department's login cannot write the register's records; the office's next opening does
        }
    }

    /** Runs work in one transaction: all of it is written, or none. */
    public synchronized <T> T inTransaction(Work<T> work) {
        assertNotFxThread();
        requireUndamaged();
        try {
            begin(true);
            try {
                T result = work.run(connection);
                if (team != null) {
                    org.planledger.store.postgres.TeamChangeWatch.announce(connection);
                }
                commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                // SQLite may have ended the transaction itself (a full disk does): the first error is the one to tell
                try {
                    rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (RuntimeException e) {
            if (team == null && !(e instanceof StoreException) && diskFull(e)) {
                throw new StoreException(Text.of("store.error.diskFull", file.getFileName().toString()), e);
            }
            throw e;
        } catch (SQLException e) {
            if (ClosedPlans.refused(e)) {
                throw new StoreException(Text.of("store.error.planClosed", displayName()), e);
            }
            if (team != null) {
                throw TeamErrors.write(team, e);
            }
            if (busy(e)) {
                throw new StoreException(Text.of("store.error.busy", file.getFileName().toString()), e);
            }
            if (diskFull(e)) {
                throw new StoreException(Text.of("store.error.diskFull", file.getFileName().toString()), e);
            }
            throw new StoreException(Text.of("store.error.write", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * A damaged ledger is not written: every change and every backup would carry the damage
     * on. The refusal names the newest backup that passes the check, to restore.
     */
    public void requireUndamaged() {
        String found = damage;
        if (found == null) {
            return;
        }
        throw damaged(file, found);
    }

    /** The refusal for a damaged ledger: what SQLite found, and the newest backup that passes the check. */
    private static StoreException damaged(Path file, String found) {
        String name = file.getFileName().toString();
        String verdict = found.length() > 160 ? found.substring(0, 160) + "…" : found;
        Optional<Path> good = Backups.newestIntact(file);
        return new StoreException(good
                .map(b -> Text.of("store.error.damagedLedger", name, verdict, b.getFileName().toString()))
                .orElseGet(() -> Text.of("store.error.damagedLedgerNoBackup", name, verdict)));
    }

    /** Runs a read; SQLite gives it a consistent snapshot. */
    public synchronized <T> T read(Work<T> work) {
        assertNotFxThread();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            if (team != null) {
                throw TeamErrors.read(team, e);
            }
            if (busy(e)) {
                throw new StoreException(Text.of("store.error.busy", file.getFileName().toString()), e);
            }
            if (damage != null && String.valueOf(e.getMessage()).contains("SQLITE_CORRUPT")) {
                // a read that met the damage the opening found: what to do, not SQLite's words
                throw damaged(file, damage);
            }
            throw new StoreException(Text.of("store.error.read", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * A read of many statements that all see the ledger as it was when the first ran (a team
     * ledger's backup while its users write): on a team ledger one REPEATABLE READ, READ ONLY
     * transaction; on a ledger file a transaction that writes nothing.
     */
    public synchronized <T> T readSnapshot(Work<T> work) {
        return read(c -> {
            begin(false);
            try {
                if (team != null) {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                }
                return work.run(c);
            } finally {
                rollback();
            }
        });
    }

    /**
     * Copies the ledger as it is now into {@code dest} with SQLite's online backup: a consistent
     * snapshot even while the file is in use, written under a temporary name and moved into place
     * only when whole, owner-only, as one self-contained file (no -wal beside it). A team ledger
     * is written the same way into a new ledger file, from one snapshot, every table checked
     * ({@link org.planledger.store.transfer.LedgerTransfer#backup}).
     */
    public synchronized void backupTo(Path dest, CopyProgress progress) {
        assertNotFxThread();
        String name = dest.getFileName().toString();
        if (team != null) {
            // a new ledger file filled from one snapshot of the team ledger, every table checked
            try {
                org.planledger.store.transfer.LedgerTransfer.backup(this, dest, progress);
            } catch (StoreException e) {
                if (!"store.error.read".equals(e.problem().key())) {
                    throw e; // already in words: refused by role, server lost, copy not equal
                }
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new StoreException(diskFull(e) ? Text.of("store.error.backupDiskFull", name)
                        : Text.of("store.error.backup", name, cause.getMessage()), e);
            }
            return;
        }
        requireUndamaged();
        try {
            SqliteCopy.backup(connection, dest, progress);
        } catch (IOException | SQLException e) {
            throw new StoreException(busy(e) ? Text.of("store.error.busy", file.getFileName().toString())
                    : diskFull(e) ? Text.of("store.error.backupDiskFull", name)
                    : Text.of("store.error.backup", name, e.getMessage()), e);
        }
    }

    /**
     * Replaces everything in this ledger by the ledger in {@code source} (a backup, or a whole
     * ledger brought from another PC), in one transaction: on any failure the ledger stays as it
     * was. A source from an older PlanLedger is upgraded; a newer one or a file that is not a
     * ledger is refused before anything is touched. The caller backs the current ledger up first.
     * A team ledger's tables are emptied and filled from the file in one transaction, with the
     * same checks, and compared table by table before it commits
     * ({@link org.planledger.store.transfer.LedgerTransfer#restore}).
     */
    public synchronized void restoreFrom(Path source, CopyProgress progress) {
        assertNotFxThread();
        if (team != null) {
            // the team ledger's tables emptied and filled from the file in one transaction, every table checked
            org.planledger.store.transfer.LedgerTransfer.restore(this, source, progress);
            return;
        }
        int version = LedgerSchema.check(source);
        String name = source.getFileName().toString();
        if (version == 0) {
            throw new StoreException(Text.of("store.error.notLedger", name));
        }
        SqliteCopy.requireIntact(source);
        try {
            SqliteCopy.restore(connection, source, progress);
            if (version < LedgerSchema.VERSION) {
                LedgerSchema.migrate(file, connection);
            }
            damage = null; // every page is the checked source's now
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new StoreException(busy(e) ? Text.of("store.error.busy", file.getFileName().toString())
                    : diskFull(e) ? Text.of("store.error.restoreDiskFull", name)
                    : Text.of("store.error.restore", name, e.getMessage()), e);
        }
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable w : watches) {
            try {
                w.close();
            } catch (Exception ignored) {
                // a watch only stops its own thread
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.error.write", displayName(), e.getMessage()), e);
        }
    }

    /**
     * Tells {@code onChange} (on a thread of its own) whenever someone else has written to this
     * ledger: for a team ledger, the other clients and any other writer of its database, within
     * seconds. A ledger file has no other writer while it is open here (its lock keeps them out),
     * so nothing is ever told. Close what is returned to stop; closing the ledger stops it too.
     */
    public AutoCloseable watchChanges(Runnable onChange) {
        if (team == null) {
            return () -> { };
        }
        try {
            org.planledger.store.postgres.TeamChangeWatch watch =
                    org.planledger.store.postgres.TeamChangeWatch.start(team, connection, onChange);
            watches.add(watch);
            return watch;
        } catch (SQLException e) {
            throw TeamErrors.read(team, e);
        }
    }

    /**
     * Begins a transaction: on a team ledger through the driver; on a ledger file with SQLite's
     * own statements ({@link SqliteTransactions}: the driver's commit begins the next transaction
     * at once, and a failure there was told as a failed change that had been written).
     */
    private void begin(boolean writing) throws SQLException {
        if (team != null) {
            connection.setAutoCommit(false);
        } else if (writing) {
            SqliteTransactions.beginWriting(connection);
        } else {
            SqliteTransactions.beginReading(connection);
        }
    }

    private void commit() throws SQLException {
        if (team != null) {
            try {
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        } else {
            SqliteTransactions.commit(connection);
        }
    }

    private void rollback() throws SQLException {
        if (team != null) {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        } else {
            SqliteTransactions.rollback(connection);
        }
    }

    /** SQLITE_BUSY or SQLITE_LOCKED (with extended codes): another connection holds the file. */
    static boolean busy(Throwable e) {
        return SqliteErrors.busy(e);
    }

    private static void assertNotFxThread() {
        assert !"JavaFX Application Thread".equals(Thread.currentThread().getName())
                : "ledger access on the FX application thread";
    }
}
