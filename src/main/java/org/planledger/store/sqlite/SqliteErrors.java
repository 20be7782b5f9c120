package org.planledger.store.sqlite;

import java.io.IOException;
import java.sql.SQLException;

/** What an SQLite error means for the user: another writer, a full disk, damage, a type mismatch. */
public final class SqliteErrors {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int MISMATCH = 20;

    private SqliteErrors() {
    }

    /** SQLITE_BUSY or SQLITE_LOCKED (with extended codes), here or in a cause: another connection holds the file. */
    public static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (primary(s) == BUSY || primary(s) == LOCKED)) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's or the file system's "disk full", here or in a cause. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (primary(s) == FULL
                    || String.valueOf(s.getMessage()).contains("SQLITE_FULL"))) {
                return true;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    /** SQLITE_CORRUPT: the file is damaged where this statement read it. */
    public static boolean corrupt(SQLException e) {
        return primary(e) == CORRUPT;
    }

    /** SQLITE_MISMATCH: a value of the wrong type for its column (a forged file's row). */
    public static boolean mismatch(SQLException e) {
        return primary(e) == MISMATCH;
    }

    /** A hot journal a reader may not roll back: a write was killed half way. */
    public static boolean hotJournal(SQLException e) {
        return e instanceof org.sqlite.SQLiteException s
                && s.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_READONLY_ROLLBACK;
    }

    private static int primary(SQLException e) {
        return e.getErrorCode() & 0xff;
    }
}
