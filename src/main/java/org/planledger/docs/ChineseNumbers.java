package org.planledger.docs;

/** Numbers as a 公文 writes headings and chapters: 一, 十二, 二十三 (1–99). */
public final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    public static String of(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
