package org.planledger.ui.common;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * How a table column sorts when its header is clicked: codes and dates naturally (5.3.9 before
 * 5.3.10, 2.1 before 10), figures as numbers (9.5 before 10; words such as 全面消除 after them),
 * Chinese text by pinyin as the collator orders it; empty cells last either way round.
 */
public final class TableOrder {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private TableOrder() {
    }

    /** Dotted codes and anything with runs of digits: the digits compared as numbers. */
    public static Comparator<String> natural() {
        return Comparator.nullsLast(TableOrder::compareNatural);
    }

    /** Words by the language's collator (pinyin for Chinese). */
    public static Comparator<String> text(Collator collator) {
        return Comparator.nullsLast((a, b) -> a.isEmpty() || b.isEmpty()
                ? Boolean.compare(a.isEmpty(), b.isEmpty()) : collator.compare(a, b));
    }

    /** Figures as numbers, then what is not a number by the collator. */
    public static Comparator<String> figures(Collator collator) {
        Comparator<String> words = text(collator);
        return Comparator.nullsLast((a, b) -> {
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            if (x != null && y != null) {
                return x.compareTo(y);
            }
            if (x != null || y != null) {
                return x != null ? -1 : 1;
            }
            return words.compare(a, b);
        });
    }

    private static BigDecimal number(String s) {
        String t = s.strip().replace(",", "");
        return NUMBER.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
