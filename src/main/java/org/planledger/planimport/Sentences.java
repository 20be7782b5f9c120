package org.planledger.planimport;

import java.util.ArrayList;
import java.util.List;

/** Splits Chinese prose into sentences (at 。！？) and clauses (also at ；). */
final class Sentences {

    private Sentences() {
    }

    static List<String> split(String text) {
        return cut(text, "。！？");
    }

    static List<String> clauses(String text) {
        return cut(text, "。！？；");
    }

    private static List<String> cut(String text, String ends) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int quoteDepth = 0;
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                flush(parts, current);
                continue;
            }
            current.append(c);
            if (c == '“' || c == '（' || c == '《') {
                quoteDepth++;
            } else if ((c == '”' || c == '）' || c == '》') && quoteDepth > 0) {
                quoteDepth--;
            } else if (quoteDepth == 0 && ends.indexOf(c) >= 0) {
                flush(parts, current);
            }
        }
        flush(parts, current);
        return parts;
    }

    private static void flush(List<String> parts, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            parts.add(s);
        }
        current.setLength(0);
    }
}
