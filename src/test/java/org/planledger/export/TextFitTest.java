package org.planledger.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Row heights from text: never too short for what a program prints in the cell. */
class TextFitTest {

    /** How many Chinese characters at 五号 one line of a column holds. */
    private static int perLine(double characters) {
        int n = 1;
        while (TextFit.lines("字".repeat(n + 1), characters, 10.5) == 1) {
            n++;
        }
        return n;
    }

    @Test
    void aLineHoldsWhatTheColumnsWidthHoldsAtWuHao() {
        // 48 characters wide is 341 px in Excel: 325 px of text, 23 characters of 14 px
        assertEquals(23, perLine(48));
        assertEquals(2, TextFit.lines("字".repeat(24), 48, 10.5));
        assertEquals(3, TextFit.lines("一\n二\n三", 48, 10.5), "each measure starts a line");
    }

    @Test
    void closingPunctuationNeverStartsALineAndWordsAreNotSplit() {
        int n = perLine(20);
        assertEquals(1, TextFit.lines("字".repeat(n), 20, 10.5));
        assertEquals(2, TextFit.lines("字".repeat(n) + "。", 20, 10.5));
        String word = "字".repeat(n - 2) + "PM2.5";
        assertEquals(2, TextFit.lines(word, 20, 10.5), "PM2.5 moves to the next line whole");
    }

    @Test
    void aRowIsTallEnoughForItsLinesAndNeverPastExcelsLimit() {
        assertTrue(TextFit.height(10, 10.5) >= 10 * 10.5 * 1.2);
        assertEquals(409f, TextFit.height(100, 10.5));
    }
}
