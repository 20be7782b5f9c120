package org.planledger.planimport.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text column the body lines share: its left and right edges, the body font size (one em)
 * and the usual distance between baselines, measured over the whole document.
 */
record PdfLayout(float left, float right, float em, float pitch) {

    private static final float INDENT_EMS = 1.2f;
    /** Typesetters squeeze or stretch a line by a little; a word this much too wide may still have fitted. */
    private static final float WORD_SLACK_EMS = 0.3f;
    /** Centring is exact but for rounding; an indented line that ends short is not centred. */
    private static final float CENTRED_SLACK_EMS = 1f;
    /** Baselines further apart than this many line pitches have a blank line between them. */
    private static final float GAP_PITCHES = 1.45f;

    static PdfLayout of(List<PdfLine> lines) {
        float[] ems = new float[lines.size()];
        float[] rights = new float[lines.size()];
        Map<Integer, Integer> lefts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            ems[i] = line.em();
            rights[i] = line.right();
            lefts.merge(Math.round(line.left()), 1, Integer::sum);
        }
        Arrays.sort(ems);
        Arrays.sort(rights);
        float em = ems[ems.length / 2];
        float left = lefts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(0);
        float right = mostCommon(rights, rights[rights.length / 2]);
        return new PdfLayout(left, right, em, pitch(lines, em));
    }

    /**
     * The right edge most of the longer lines end at: a full line. Lines a hanging comma makes
     * longer, and shorter last lines of paragraphs, are fewer.
     */
    private static float mostCommon(float[] sortedRights, float atLeast) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (float r : sortedRights) {
            if (r >= atLeast) {
                counts.merge(Math.round(r), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(Math.round(atLeast));
    }

    private static float pitch(List<PdfLine> lines, float em) {
        float[] steps = new float[lines.size()];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() == lines.get(i - 1).page()) {
                float step = lines.get(i).baseline() - lines.get(i - 1).baseline();
                if (step > 0) {
                    steps[n++] = step;
                }
            }
        }
        if (n == 0) {
            return em * 1.5f;
        }
        float[] found = Arrays.copyOf(steps, n);
        Arrays.sort(found);
        return found[n / 2];
    }

    /** The next line's first word would not have fitted at the end of this one: the line was wrapped. */
    boolean wrapsInto(PdfLine line, PdfLine next) {
        return right - line.right() < next.firstWordWidth() + WORD_SLACK_EMS * em;
    }

    boolean isIndented(PdfLine line) {
        return line.left() > left + INDENT_EMS * em;
    }

    boolean isCentred(PdfLine line) {
        float before = line.left() - left;
        float after = right - line.right();
        return before > INDENT_EMS * em && Math.abs(before - after) < CENTRED_SLACK_EMS * em;
    }

    /** Whether there is more space between the two lines than between the lines of a paragraph. */
    boolean gapBetween(PdfLine above, PdfLine below) {
        return above.page() == below.page() && below.baseline() - above.baseline() > GAP_PITCHES * pitch;
    }
}
