package org.planledger.ui.common;

import java.util.Locale;

/**
 * The words typed into a view's search box: a row is shown when its text holds every word, case
 * aside (an Excel filter's "contains", word by word).
 */
public final class SearchWords {

    private static final String[] NONE = new String[0];

    private SearchWords() {
    }

    /** The query's words in lower case; none for a null or blank query. */
    public static String[] of(String query) {
        return query == null || query.isBlank() ? NONE : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }

    /** Whether the fields together hold every word (true when there are no words). */
    public static boolean allIn(String[] words, String... fields) {
        if (words.length == 0) {
            return true;
        }
        String text = String.join("\u0000", fields).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
