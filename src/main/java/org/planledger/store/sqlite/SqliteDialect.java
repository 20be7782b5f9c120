package org.planledger.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.planledger.store.Dialect;

/** The ledger file's answers: the FTS5 trigram index for words of three or more characters, SQLite's JSON functions. */
public final class SqliteDialect implements Dialect {

    public static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    /** Words of three or more characters use the FTS5 trigram index; shorter ones (水体, PM) LIKE, which it cannot serve. */
    @Override
    public TextSearch tasksHolding(List<String> words) {
        List<String> longWords = words.stream().filter(w -> w.codePointCount(0, w.length()) >= 3).toList();
        List<Object> args = new ArrayList<>();
        String join = "";
        if (!longWords.isEmpty()) {
            join = Fts5.joinTasksHolding();
            args.add(Fts5.allOf(longWords));
        }
        StringBuilder condition = new StringBuilder("1 = 1");
        for (String w : words) {
            if (w.codePointCount(0, w.length()) < 3) {
                condition.append(" AND (t.title LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\')");
                String like = likePattern(w);
                args.add(like);
                args.add(like);
            }
        }
        return new TextSearch(join, condition.toString(), args);
    }

    static String likePattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public String jsonText(String column, String field) {
        return "json_extract(" + column + ", '$." + field + "')";
    }

    @Override
    public String jsonArrayElements(String column, String field, String alias) {
        return "json_each(" + column + ", '$." + field + "') " + alias;
    }

    /** Nothing to do: SQLite lets one transaction at a time write the file. */
    @Override
    public void lockTask(java.sql.Connection c, long taskId) {
    }

    @Override
    public String identityPastIds(String quotedTable, String idColumn) {
        return null; // a rowid key takes the next number after the largest by itself
    }

    @Override
    public boolean team() {
        return false;
    }
}
