package org.planledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the ledger file (SQLite) and the team ledger (PostgreSQL) say differently. Everything else
 * in the store is the same SQL on both; a difference goes here, with one answer for each database,
 * never as a second copy of a query.
 */
public interface Dialect {

    /**
     * Search of task text: {@code join} follows {@code FROM task t}, {@code condition} is ANDed into
     * the WHERE clause; both with {@code ?} for {@code arguments}, in that order.
     */
    record TextSearch(String join, String condition, List<Object> arguments) {
    }

    /** Keeps the tasks {@code t} whose title or body holds every word (case-insensitive for Latin letters). */
    TextSearch tasksHolding(List<String> words);

    /** The text value of a top-level field of a JSON text column, as SQL. */
    String jsonText(String column, String field);

    /**
     * A FROM item naming the elements of the JSON array in {@code column}'s field, as {@code alias},
     * with {@code alias.value} (JSON; {@code ->> 'x'} reads a field) and {@code alias.key} (its position).
     */
    String jsonArrayElements(String column, String field, String alias);

    /**
     * Holds the task against other writers until the transaction ends, so a decision or a report
     * is judged on the task's state as the last writer left it (two managers deciding one close-out
     * end with one decision; the second is refused in words, on the state it then sees).
     */
    void lockTask(Connection c, long taskId) throws SQLException;

    /**
     * What to run after rows were written with their ids given ({@code server push}, a restore),
     * so the next row the database numbers itself comes after them; null when nothing is needed.
     */
    String identityPastIds(String quotedTable, String idColumn);

    /** Whether the connection is to a team ledger. */
    boolean team();

    /** The dialect of the database behind {@code c}. */
    static Dialect of(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        return url != null && url.startsWith("jdbc:postgresql:") ? org.planledger.store.postgres.PostgresDialect.INSTANCE
                : org.planledger.store.sqlite.SqliteDialect.INSTANCE;
    }
}
