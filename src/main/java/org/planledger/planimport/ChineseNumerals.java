package org.planledger.planimport;

/** Chinese numerals as used in headings and plan names: 三, 十二, 二十一, 十四; also Arabic digits. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Digits beyond this many are no heading's number (and would not fit an int). */
    private static final int MAX_DIGITS = 9;

    /** The value of a numeral up to 999, or -1 when it is not one (第99999999999章 included). */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > MAX_DIGITS ? -1 : Integer.parseInt(normalizeDigits(s));
        }
        int total = 0;
        int current = 0;
        for (char c : s.replace('〇', '零').replace('两', '二').toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** Full-width digits (０-９) as ASCII digits. */
    static String normalizeDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
