package org.planledger.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** The 督办台账's 督办事项: a spreadsheet would break 6.3.2 after "6.3."; the breaks go between codes. */
    @Test
    void codesArePackedWholeLineByLineWithinTheColumn() {
        List<String> codes = List.of("2.2.1", "2.2.2", "2.2.3", "6.2.3", "6.2.4", "6.2.5", "6.3.1", "6.3.2", "6.3.3", "6.4.1",
                "6.4.2");
        String packed = TextFit.packed(codes, "、", 26, 10.5);
        String[] lines = packed.split("\n");
        assertTrue(lines.length > 1, packed);
        for (String line : lines) {
            assertTrue(line.matches("(\\d+(\\.\\d+)*、)*\\d+(\\.\\d+)*、?"), "whole codes only: " + line);
            assertEquals(1, TextFit.lines(line, 26, 10.5), "each line fits the column: " + line);
        }
        assertEquals(String.join("、", codes), packed.replace("\n", ""), "nothing lost, nothing added");
        assertEquals("5.3.6、5.3.7", TextFit.packed(List.of("5.3.6", "5.3.7"), "、", 26, 10.5), "what fits stays on one line");
    }
}
