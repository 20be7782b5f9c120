package org.planledger.model;

/**
 * Spells the Roman numeral signs (Ⅰ–Ⅻ, ⅰ–ⅻ, U+2160–U+217F) with Latin letters, as Unicode's
 * compatibility mapping does: 劣Ⅴ类 becomes 劣V类. WenQuanYi Micro Hei, the first font the Linux
 * package depends on, has an empty glyph for Ⅴ, so the sign showed as a blank; Latin letters
 * draw in every font, and offices write 劣V类 as often as 劣Ⅴ类.
 */
public final class RomanNumerals {

    private static final char FIRST = '\u2160';
    private static final char LAST = '\u217F';

    private RomanNumerals() {
    }

    /** The text with each Roman numeral sign spelled in Latin letters; null stays null. */
    public static String toLatin(String text) {
        if (text == null || text.chars().noneMatch(RomanNumerals::isSign)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isSign(c) ? java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC)
                    : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean isSign(int c) {
        return c >= FIRST && c <= LAST;
    }
}
