package org.planledger.planimport.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The glyphs on one baseline of one page, left to right. Its text puts a space where the
 * gap between two glyphs is wider than the line's usual spacing; its segments are the runs
 * of text separated by gaps wide enough to be table columns.
 */
final class PdfLine {

    /** A gap wider than this many ems separates table cells, not words. */
    private static final float COLUMN_GAP_EMS = 1.6f;
    /** A gap this much wider than the line's usual spacing between characters is a space. */
    private static final float SPACE_EMS = 0.2f;

    /** A run of text between column gaps. */
    record Segment(String text, float left, float right) {
        float centre() {
            return (left + right) / 2;
        }
    }

    private final int page;
    private final List<Glyph> glyphs;

    PdfLine(int page, List<Glyph> glyphs) {
        this.page = page;
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        this.glyphs = withoutOverstrikes(sorted);
    }

    int page() {
        return page;
    }

    float left() {
        return firstInk().x();
    }

    float right() {
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            if (!glyphs.get(i).isBlank()) {
                return glyphs.get(i).right();
            }
        }
        return left();
    }

    float baseline() {
        return glyphs.get(0).baseline();
    }

    /** The median font size of the line's glyphs: one em. */
    float em() {
        float[] sizes = new float[glyphs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = glyphs.get(i).size();
        }
        java.util.Arrays.sort(sizes);
        return Math.max(1f, sizes[sizes.length / 2]);
    }

    String text() {
        return join(glyphs);
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /** The bold text the line opens with, or "". */
    String boldLead() {
        List<Glyph> bold = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.bold() && !g.isBlank()) {
                break;
            }
            bold.add(g);
        }
        return join(bold).strip();
    }

    boolean allBold() {
        return glyphs.stream().filter(g -> !g.isBlank()).allMatch(Glyph::bold);
    }

    List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        float gapLimit = COLUMN_GAP_EMS * em();
        for (Glyph g : glyphs) {
            if (g.isBlank()) {
                continue;
            }
            if (!run.isEmpty() && g.x() - run.get(run.size() - 1).right() > gapLimit) {
                segments.add(segment(run));
                run = new ArrayList<>();
            }
            run.add(g);
        }
        if (!run.isEmpty()) {
            segments.add(segment(run));
        }
        return segments;
    }

    private Segment segment(List<Glyph> run) {
        return new Segment(join(run).strip(), run.get(0).x(), run.get(run.size() - 1).right());
    }

    private Glyph firstInk() {
        return glyphs.stream().filter(g -> !g.isBlank()).findFirst().orElse(glyphs.get(0));
    }

    /** Whether a space is drawn at either end: a word break the wrap fell on. */
    boolean hasSpaceAtAnEnd() {
        return glyphs.get(0).isBlank() || glyphs.get(glyphs.size() - 1).isBlank();
    }

    boolean isBlank() {
        return glyphs.stream().allMatch(Glyph::isBlank);
    }

    /**
     * The glyphs' text with a space where the PDF draws one, or where two Latin letters are
     * further apart than the line's usual spacing (PDFs that move instead of drawing spaces). A
     * justified line spreads its characters, so a fixed width would invent spaces.
     */
    static String join(List<Glyph> glyphs) {
        List<Glyph> ink = glyphs.stream().filter(g -> !g.isBlank()).toList();
        if (ink.isEmpty()) {
            return "";
        }
        float usual = usualGap(ink);
        StringBuilder text = new StringBuilder();
        Glyph before = null;
        boolean space = false;
        for (Glyph g : glyphs) {
            if (g.isBlank()) {
                space = before != null;
                continue;
            }
            if (before != null && (space || isLatin(before.text()) && isLatin(g.text())
                    && g.x() - before.right() - usual > SPACE_EMS * g.size())) {
                text.append(' ');
            }
            text.append(g.text());
            before = g;
            space = false;
        }
        return text.toString();
    }

    /** Only Latin words are spaced; the gap a typesetter leaves between Chinese and Latin is no space. */
    private static boolean isLatin(String text) {
        int cp = text.codePointAt(0);
        return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || ".-+/%".indexOf(cp) >= 0);
    }

    /**
     * The width of what the line opens with that cannot be split: opening quotes or brackets
     * with what follows, a Latin word or number or one Chinese character, and the closing
     * punctuation that may not start a line.
     */
    float firstWordWidth() {
        List<Glyph> ink = glyphs.stream().filter(g -> !g.isBlank()).toList();
        int end = 0;
        while (end < ink.size() - 1 && OPENING.indexOf(ink.get(end).text()) >= 0) {
            end++;
        }
        end++;
        if (isLatin(ink.get(end - 1).text())) {
            while (end < ink.size() && isLatin(ink.get(end).text())
                    && ink.get(end).x() - ink.get(end - 1).right() < 0.2f * ink.get(end).size()) {
                end++;
            }
        }
        while (end < ink.size() && CLOSING.indexOf(ink.get(end).text()) >= 0) {
            end++;
        }
        return ink.get(end - 1).right() - ink.get(0).x();
    }

    private static final String OPENING = "“‘（《〔【(［";
    private static final String CLOSING = "，。；：、）》”’！？〕】)］";

    private static float usualGap(List<Glyph> ink) {
        if (ink.size() < 2) {
            return 0;
        }
        float[] gaps = new float[ink.size() - 1];
        for (int i = 1; i < ink.size(); i++) {
            gaps[i - 1] = ink.get(i).x() - ink.get(i - 1).right();
        }
        java.util.Arrays.sort(gaps);
        return Math.max(0, gaps[gaps.length / 2]);
    }

    private static List<Glyph> withoutOverstrikes(List<Glyph> sorted) {
        List<Glyph> kept = new ArrayList<>();
        for (Glyph g : sorted) {
            Glyph last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.text().equals(g.text()) && g.x() - last.x() < g.width() * 0.3f) {
                continue;
            }
            kept.add(g);
        }
        return kept;
    }

    /** Groups a page's glyphs into lines by baseline, top to bottom. */
    static List<PdfLine> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<PdfLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!line.isEmpty() && g.baseline() - line.get(0).baseline() > 0.3f * g.size()) {
                addLine(lines, page, line);
                line = new ArrayList<>();
            }
            line.add(g);
        }
        addLine(lines, page, line);
        return lines;
    }

    private static void addLine(List<PdfLine> lines, int page, List<Glyph> glyphs) {
        if (!glyphs.isEmpty() && glyphs.stream().anyMatch(g -> !g.isBlank())) {
            lines.add(new PdfLine(page, glyphs));
        }
    }

    @Override
    public String toString() {
        return "p" + page + "@" + baseline() + " [" + left() + "–" + right() + "] " + text();
    }
}
