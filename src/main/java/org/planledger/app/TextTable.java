package org.planledger.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table aligned for a terminal: Chinese characters take two columns, numbers are
 * right-aligned, columns are two spaces apart, and no line ends in spaces. The command line
 * and the benchmark print their tables with it.
 */
public final class TextTable {

    /** How a column's cells line up. */
    public enum Align { LEFT, RIGHT }

    private final String[] headers;
    private final Align[] aligns;
    private final List<String[]> rows = new ArrayList<>();

    private TextTable(String[] headers, Align[] aligns) {
        this.headers = headers;
        this.aligns = aligns;
    }

    /** A table with a header line; every column is left-aligned until {@link #align} says otherwise. */
    public static TextTable withHeaders(String... headers) {
        Align[] a = new Align[headers.length];
        Arrays.fill(a, Align.LEFT);
        return new TextTable(headers, a);
    }

    /** A table of {@code columns} left-aligned columns without a header. */
    public static TextTable withoutHeaders(int columns) {
        Align[] a = new Align[columns];
        Arrays.fill(a, Align.LEFT);
        return new TextTable(null, a);
    }

    /** A label/count/detail listing without a header: labels left, counts right, details left. */
    public static TextTable listing() {
        return new TextTable(null, new Align[] {Align.LEFT, Align.RIGHT, Align.LEFT});
    }

    public TextTable align(int column, Align align) {
        aligns[column] = align;
        return this;
    }

    public TextTable row(Object... cells) {
        String[] r = new String[aligns.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(r);
        return this;
    }

    public void print(PrintWriter out) {
        for (String line : lines()) {
            out.println(line);
        }
    }

    public List<String> lines() {
        int[] widths = new int[aligns.length];
        if (headers != null) {
            for (int i = 0; i < headers.length; i++) {
                widths[i] = width(headers[i]);
            }
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        if (headers != null) {
            lines.add(line(headers, widths));
            String[] rule = new String[headers.length];
            for (int i = 0; i < rule.length; i++) {
                rule[i] = "-".repeat(widths[i]);
            }
            lines.add(line(rule, widths));
        }
        for (String[] r : rows) {
            lines.add(line(r, widths));
        }
        return lines;
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String pad = " ".repeat(widths[i] - width(cells[i]));
            if (aligns[i] == Align.RIGHT) {
                sb.append(pad).append(cells[i]);
            } else {
                sb.append(cells[i]).append(pad);
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Columns a string takes in a terminal: East Asian wide and full-width characters count two. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals, punctuation 、。〔〕《》
                || (cp >= 0x3041 && cp <= 0x33FF)  // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)  // full-width forms （），：
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
