package org.planledger.carryover;

import java.util.regex.Pattern;

/**
 * Takes out of a plan's text what changes from one five-year plan to the next by itself: years
 * (2025年, 2021—2025), the period's name (“十四五”, 十五五时期) and numbers of the plan's own
 * years. Two tasks that only moved on five years then read the same. What is taken out becomes a
 * break, so no character pair or shared phrase spans it.
 */
public final class PeriodWords {

    /** The break left where a period word was; never part of a phrase. */
    public static final char BREAK = '|';

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?:\\s*[-—–~～至到]+\\s*(?:19|20)\\d{2})?\\s*年?");
    private static final Pattern PERIOD = Pattern.compile(
            "[“\"]十[一二三四五六七八九]?五[”\"]|十[一二三四五六七八九]五(?=时期|规划|期间|期末|末|以来|初)");

    private PeriodWords() {
    }

    public static String normalise(String text) {
        String out = YEAR.matcher(text).replaceAll(String.valueOf(BREAK));
        return PERIOD.matcher(out).replaceAll(String.valueOf(BREAK));
    }
}
