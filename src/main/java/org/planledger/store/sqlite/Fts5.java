package org.planledger.store.sqlite;

import java.util.List;

/** Word search through the ledger's FTS5 index of task text ({@code task_search}, kept by triggers). */
public final class Fts5 {

    private Fts5() {
    }

    /** Joined to {@code task t}: keeps the tasks whose text holds the words bound to its one parameter. */
    public static String joinTasksHolding() {
        return "JOIN task_search f ON f.rowid = t.id AND task_search MATCH ? ";
    }

    /** The parameter for {@link #joinTasksHolding}: every word, each a phrase so punctuation is not query syntax. */
    public static String allOf(List<String> words) {
        return String.join(" AND ", words.stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"").toList());
    }
}
