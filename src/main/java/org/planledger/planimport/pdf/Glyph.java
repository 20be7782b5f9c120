package org.planledger.planimport.pdf;

/**
 * One character as drawn on a page: its text, left edge and baseline (from the top of the
 * page, in points), advance width, font size and whether it is drawn bold.
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

    float right() {
        return x + width;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
