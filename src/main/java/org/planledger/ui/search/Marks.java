package org.planledger.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where the searched words stand in a hit's text, so the list can mark them. */
final class Marks {

    /** A stretch of the text, and whether it is one of the searched words. */
    record Part(String text, boolean matched) {
    }

    private Marks() {
    }

    /** The text cut into stretches, the searched words (any case) marked; no words: one plain stretch. */
    static List<Part> of(String text, String query) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        List<String> words = new ArrayList<>();
        if (query != null) {
            for (String w : query.replace("\"", " ").strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        for (String w : words) {
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                for (int i = at; i < at + w.length() && i < marked.length; i++) {
                    marked[i] = true;
                }
            }
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                parts.add(new Part(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }
}
