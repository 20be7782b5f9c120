package org.planledger.carryover;

import java.util.HashMap;
import java.util.Map;

/**
 * The character pairs of a text, counted. Chinese has no spaces between words, and most of its
 * words are two characters long: pairs of neighbouring characters catch the words without a
 * dictionary. Punctuation, spaces and {@link PeriodWords#BREAK} end a run; no pair spans them.
 */
final class Bigrams {

    private Bigrams() {
    }

    static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!isWordChar(ch)) {
                previous = 0;
                continue;
            }
            if (previous != 0) {
                counts.merge(new String(new char[] {previous, ch}), 1, Integer::sum);
            }
            previous = ch;
        }
        return counts;
    }

    /** Letters (Chinese characters among them) and digits; everything else separates. */
    static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch);
    }
}
