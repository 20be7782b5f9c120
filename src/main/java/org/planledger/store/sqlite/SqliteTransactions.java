package org.planledger.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Transactions on a ledger file, begun and ended by statements on a connection left in
 * auto-commit. sqlite-jdbc's own {@code setAutoCommit(false)} and {@code commit()} begin the next
 * transaction at once (BEGIN IMMEDIATE): when that BEGIN found the file busy, {@code commit()}
 * failed after the data was committed, and a failed {@code setAutoCommit(false)} left the
 * connection writing every statement on its own. Under thirty writers on one file, changes the
 * user was told were not made were in the ledger (issue 18's load benchmark).
 */
public final class SqliteTransactions {

    private SqliteTransactions() {
    }

    /** Begins a transaction that writes: the file's write lock is taken now, or the wait for it fails now. */
    public static void beginWriting(Connection c) throws SQLException {
        run(c, "BEGIN IMMEDIATE");
    }

    /** Begins a transaction that only reads, seeing the file as it is when its first statement runs. */
    public static void beginReading(Connection c) throws SQLException {
        run(c, "BEGIN DEFERRED");
    }

    /** Commits: when this returns, the change is in the file; when it throws, it is not. */
    public static void commit(Connection c) throws SQLException {
        run(c, "COMMIT");
    }

    /**
     * Rolls back what the transaction did. When SQLite has already ended it (a full disk does),
     * SQLite says there is no transaction: the caller keeps the first error as the one to tell.
     */
    public static void rollback(Connection c) throws SQLException {
        run(c, "ROLLBACK");
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
