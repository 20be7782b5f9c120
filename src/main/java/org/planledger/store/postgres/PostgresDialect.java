package org.planledger.store.postgres;

import java.util.ArrayList;
import java.util.List;
import org.planledger.store.Dialect;

/**
 * The team ledger's answers: task text searched through the pg_trgm index {@code task_search}
 * (words of three or more characters narrow through it; shorter ones are checked row by row, as on
 * SQLite); JSON through {@code jsonb}.
 */
public final class PostgresDialect implements Dialect {

    public static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    /**
     * Each word by the cheapest test that finds what SQLite's LIKE finds: ILIKE only for a word with
     * letters that have a case (PM, VOCs: it lowercases the whole text, three to four times slower);
     * LIKE for a longer word without case (the trigram index serves it); strpos for a word of one or
     * two characters without case, which no trigram index can narrow (扬尘: 27 ms against ILIKE's
     * 100 ms on a city of 100,000 tasks).
     */
    @Override
    public TextSearch tasksHolding(List<String> words) {
        List<Object> args = new ArrayList<>();
        StringBuilder condition = new StringBuilder("1 = 1");
        for (String w : words) {
            boolean hasCase = !w.toLowerCase(java.util.Locale.ROOT).equals(w.toUpperCase(java.util.Locale.ROOT));
            if (!hasCase && w.codePointCount(0, w.length()) < 3) {
                condition.append(" AND (strpos(t.title, ?) > 0 OR strpos(t.body, ?) > 0)");
                args.add(w);
                args.add(w);
                continue;
            }
            String op = hasCase ? "ILIKE" : "LIKE";
            condition.append(" AND (t.title ").append(op).append(" ? ESCAPE '\\' OR t.body ").append(op).append(" ? ESCAPE '\\')");
            String like = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        return new TextSearch("", condition.toString(), args);
    }

    @Override
    public String jsonText(String column, String field) {
        return "(" + column + "::jsonb ->> '" + field + "')";
    }

    @Override
    public String jsonArrayElements(String column, String field, String alias) {
        return "jsonb_array_elements(" + column + "::jsonb -> '" + field + "') WITH ORDINALITY AS " + alias + " (value, key)";
    }

    /**
     * A transaction-scoped advisory lock on the task: it needs no privilege on the table (a
     * department login has none to UPDATE tasks), and ends with the transaction.
     */
    @Override
    public void lockTask(java.sql.Connection c, long taskId) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, TASK_LOCKS);
            ps.setInt(2, Math.toIntExact(taskId));
            ps.executeQuery().close();
        }
    }

    /** The first key of the task locks ("PL"), so they never meet another application's advisory locks. */
    private static final int TASK_LOCKS = 0x504C;

    /** An identity column's sequence set past the largest id; NULL (nothing done) for a key that is no identity. */
    @Override
    public String identityPastIds(String quotedTable, String idColumn) {
        return "SELECT setval(pg_get_serial_sequence('" + quotedTable.replace("'", "''") + "', '" + idColumn.replace("'", "''")
                + "'), coalesce(max(\"" + idColumn + "\"), 0) + 1, false) FROM " + quotedTable;
    }

    @Override
    public boolean team() {
        return true;
    }
}
