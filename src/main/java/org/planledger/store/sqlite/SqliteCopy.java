package org.planledger.store.sqlite;

import org.planledger.store.Ledger;
import org.planledger.store.Leftovers;
import org.planledger.store.PrivateFiles;
import org.planledger.store.StoreException;
import org.planledger.i18n.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * SQLite's online backup, both ways. A copy goes to a temporary owner-only file beside its
 * destination, is switched to a rollback journal (so it is one self-contained file), and only
 * then takes its name: a crash or a full disk never leaves half a backup that looks whole.
 */
public final class SqliteCopy {

    /** How the name of a copy not yet complete ends (its journal adds "-journal"). */
    static final String PARTIAL = ".partial";
    private static final int PAGES_PER_STEP = 1024;
    private static final int SLEEP_MS = 100;
    private static final int BUSY_RETRIES = 50;

    private SqliteCopy() {
    }

    /** A copy of {@code destName} not yet complete, or its journal, by any process. */
    public static boolean isPartialOf(String fileName, String destPrefix) {
        return fileName.startsWith("." + destPrefix) && (fileName.endsWith(PARTIAL) || fileName.contains(PARTIAL + "-"));
    }

    public static void backup(Connection source, Path dest, Ledger.CopyProgress progress) throws IOException, SQLException {
        Path tmp = dest.resolveSibling("." + dest.getFileName() + Leftovers.processTag()
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + PARTIAL);
        PrivateFiles.create(tmp);
        try {
            check(db(source).backup("main", tmp.toString(), observer(progress), SLEEP_MS, BUSY_RETRIES, PAGES_PER_STEP));
            try (Connection c = SqliteConnections.open("jdbc:sqlite:" + tmp);
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
                // a damaged copy is no backup: it would push a good one out of the rolling set
                Optional<String> damage = quickCheck(c);
                if (damage.isPresent()) {
                    throw new StoreException(Text.of("store.error.damagedCopy", dest.getFileName().toString(), damage.get()));
                }
            }
            Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
        }
    }

    /**
     * A new ledger file at {@code dest} filled by {@code work} in one transaction (foreign keys
     * checked): made with the ledger's schema under a temporary owner-only name, checked by
     * SQLite's quick check, and moved into place only when whole. Nothing is left when
     * {@code work} fails.
     */
    public static <T> T intoNewLedger(Path dest, Ledger.Work<T> work) throws SQLException {
        Path tmp = dest.resolveSibling("." + dest.getFileName() + Leftovers.processTag()
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + PARTIAL);
        try {
            LedgerSchema.create(tmp);
            T result;
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.enforceForeignKeys(true);
            try (Connection c = SqliteConnections.open("jdbc:sqlite:" + tmp, cfg.toProperties())) {
                c.setAutoCommit(false);
                try {
                    result = work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
                c.setAutoCommit(true);
                Optional<String> damage = quickCheck(c);
                if (damage.isPresent()) {
                    throw new StoreException(Text.of("store.error.damagedCopy", dest.getFileName().toString(), damage.get()));
                }
            }
            Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException e) {
            throw new SQLException("cannot write " + dest.getFileName() + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            } catch (IOException e) {
                // a leftover partial copy: removed by the next list of that folder (Leftovers)
            }
        }
    }

    /** A ledger file nobody has open (before its schema is upgraded) copied the same way. */
    public static void backupClosed(Path source, Path dest) throws IOException, SQLException {
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + source)) {
            backup(c, dest, Ledger.CopyProgress.NONE);
        }
    }

    /**
     * Everything in {@code source} into the open ledger, as one write transaction of the
     * destination. The driver can return "ok" without having copied anything (a statement of
     * the connection still open, say), so the result is checked: every table and its row count
     * must now be the source's.
     */
    public static void restore(Connection dest, Path source, Ledger.CopyProgress progress) throws SQLException {
        String expected;
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + source, SqliteConnections.readOnly())) {
            expected = shape(c);
        }
        check(db(dest).restore("main", source.toString(), observer(progress), SLEEP_MS, BUSY_RETRIES, PAGES_PER_STEP));
        if (!expected.equals(shape(dest))) {
            throw new SQLException("the ledger was not replaced (it is in use)", null, 5);
        }
    }

    /** Every table's definition and row count. */
    private static String shape(Connection c) throws SQLException {
        StringBuilder sb = new StringBuilder();
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                sb.append(rs.getString(2)).append('\n');
            }
        }
        try (Statement st = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    sb.append(t).append('=').append(rs.next() ? rs.getLong(1) : -1).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Refuses a damaged file before it replaces anything: SQLite's own quick check must say "ok". */
    public static void requireIntact(Path file) {
        damageOf(file).ifPresent(verdict -> {
            throw new StoreException(Text.of("store.error.damaged", file.getFileName().toString(), verdict));
        });
    }

    /** What the quick check finds wrong in a file, opened read-only; empty when it is intact. */
    public static Optional<String> damageOf(Path file) {
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + file, SqliteConnections.readOnly())) {
            return quickCheck(c);
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /**
     * SQLite's quick check (every page read, b-trees and record formats checked, indexes not
     * matched against their tables): the first problem found, or empty for "ok". A file too
     * damaged to be read at all counts as damaged.
     */
    public static Optional<String> quickCheck(Connection c) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "";
            return "ok".equals(verdict) ? Optional.empty() : Optional.of(verdict);
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** The backup calls return SQLite's result code instead of throwing. */
    private static void check(int rc) throws SQLException {
        if (rc != 0 && rc != 101) { // SQLITE_OK, SQLITE_DONE
            throw new SQLException("SQLite backup failed with code " + rc, null, rc);
        }
    }

    private static DB db(Connection c) throws SQLException {
        return c.unwrap(SQLiteConnection.class).getDatabase();
    }

    private static DB.ProgressObserver observer(Ledger.CopyProgress progress) {
        return (remaining, pageCount) -> progress.copied(Math.max(0, pageCount - remaining), pageCount);
    }
}
