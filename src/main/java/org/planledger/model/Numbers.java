package org.planledger.model;

import java.math.BigDecimal;

/** Numbers as plans and users write them: 52, 65.8, ５２, 0.45, with or without a % sign. */
public final class Numbers {

    private Numbers() {
    }

    /** The number in the text, or null when it is words (全面消除) or a dash. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char ch : text.strip().toCharArray()) {
            if (ch >= '０' && ch <= '９') {
                b.append((char) (ch - '０' + '0'));
            } else if (ch == '．') {
                b.append('.');
            } else if (ch == '－') {
                b.append('-');
            } else if (ch != '%' && ch != '％' && ch != ',' && ch != '，') {
                b.append(ch);
            }
        }
        String s = b.toString().strip();
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
