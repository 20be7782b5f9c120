package org.planledger.planimport;

import java.util.List;

/**
 * What a reader hands the parser: paragraphs and tables in document order, each with
 * the place it came from (a line number in text, a paragraph number in Word).
 */
public sealed interface DocumentBlock {

    int location();

    /**
     * A paragraph. {@code headingLevel} is 1 or 2 when the document itself marks it as a
     * heading (a Word heading style), 0 otherwise. {@code boldLead} is the bold text the
     * paragraph opens with, or "" (Word only; plain text has no formatting).
     */
    record Paragraph(String text, int location, int headingLevel, String boldLead) implements DocumentBlock {
        /** Roman numeral signs in Latin letters, so every font the installers bring draws them. */
        public Paragraph {
            text = org.planledger.model.RomanNumerals.toLatin(text);
            boldLead = org.planledger.model.RomanNumerals.toLatin(boldLead);
        }

        public Paragraph(String text, int location) {
            this(text, location, 0, "");
        }
    }

    /** A table: rows of cells, in order. */
    record Table(List<List<Cell>> rows, int location) implements DocumentBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table cell; {@code mergedFromAbove} when it continues a vertically merged cell. */
    record Cell(String text, boolean mergedFromAbove) {
        public Cell {
            text = org.planledger.model.RomanNumerals.toLatin(text);
        }

        public static Cell of(String text) {
            return new Cell(text, false);
        }
    }
}
