package org.planledger.export;

/**
 * How many lines a text takes when printed in a column, and so how tall its row must be. Excel
 * grows wrapped rows itself, LibreOffice and WPS do not always, and the page breaks are placed
 * from these heights, so they err on the tall side: a Chinese character is one em wide, Latin
 * letters and digits a little over half, a word of letters or digits is not split, and closing
 * punctuation never starts a line (it takes the character before it along).
 */
final class TextFit {

    /** Line height as a multiple of the font size (宋体 and its stand-ins wrap at about 1.2). */
    static final double LINE = 1.22;
    /** Room above and below the text in a cell, in points. */
    static final double PADDING = 4;
    /** Pixels of a cell that are not text: the grid line and the indent on both sides. */
    private static final double CELL_MARGIN_PX = 8;
    private static final String CLOSING = "，。、；：？！）》」』”’〕】,.;:?!)%";

    private TextFit() {
    }

    /** A column's printed width in points, as Excel and LibreOffice turn characters into pixels. */
    static double columnPoints(double characters) {
        return (Math.floor(characters * 7 + 5)) * 0.75;
    }

    /** The lines {@code text} takes in a column {@code characters} wide, at {@code fontPoints}. */
    static int lines(String text, double characters, double fontPoints) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double room = Math.max(columnPoints(characters) - CELL_MARGIN_PX * 0.75, fontPoints);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, room, fontPoints);
        }
        return Math.max(1, lines);
    }

    /**
     * The pieces (task codes) joined by {@code separator}, a line break put between two pieces
     * wherever the next would not fit on the line: a spreadsheet breaks a line anywhere in text
     * like 2.2.1、6.4.2 (a code's dots included), so the breaks are put where a code is whole.
     */
    static String packed(java.util.List<String> pieces, String separator, double characters, double fontPoints) {
        double room = Math.max(columnPoints(characters) - CELL_MARGIN_PX * 0.75, fontPoints);
        StringBuilder out = new StringBuilder();
        double used = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i) + (i < pieces.size() - 1 ? separator : "");
            double w = 0;
            for (int k = 0; k < piece.length(); k++) {
                w += width(piece.charAt(k), fontPoints);
            }
            if (used > 0 && used + w > room) {
                out.append('\n');
                used = 0;
            }
            out.append(piece);
            used += w;
        }
        return out.toString();
    }

    private static int paragraphLines(String p, double room, double font) {
        int lines = 1;
        double used = 0;
        double previous = 0;
        int i = 0;
        while (i < p.length()) {
            int end = i + 1;
            if (isWordChar(p.charAt(i))) {
                while (end < p.length() && isWordChar(p.charAt(end))) {
                    end++;
                }
            }
            double w = 0;
            for (int k = i; k < end; k++) {
                w += width(p.charAt(k), font);
            }
            if (used + w > room && used > 0) {
                lines++;
                if (CLOSING.indexOf(p.charAt(i)) >= 0) {
                    used = previous;
                } else {
                    used = 0;
                }
                if (w > room) { // a word longer than the line is broken after all
                    int extra = (int) Math.ceil((used + w) / room) - 1;
                    lines += extra;
                    used = (used + w) - extra * room;
                } else {
                    used += w;
                }
            } else {
                used += w;
            }
            previous = w;
            i = end;
        }
        return lines;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static double width(char c, double font) {
        if (c < 0x2000 || c >= 0xFF61 && c <= 0xFFDC) {
            return font * 0.56;
        }
        return font;
    }

    /** The height of a row of {@code lines} lines, in points (Excel's limit is 409). */
    static float height(int lines, double fontPoints) {
        return (float) Math.min(409, Math.ceil(lines * fontPoints * LINE + PADDING));
    }
}
