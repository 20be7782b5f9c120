package org.planledger.planimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The years a plan runs, from its title: （2021-2025年）, or the five-year-plan ordinal “十四五”. */
record PlanPeriod(int startYear, int endYear) {

    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-—–~至到]\\s*(\\d{4})\\s*年");
    private static final Pattern FIVE_YEAR = Pattern.compile("十([一二三四五六七八九]?)五");

    static Optional<PlanPeriod> fromTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(title);
        while (range.find()) {
            int start = Integer.parseInt(range.group(1));
            int end = Integer.parseInt(range.group(2));
            // 2999到2025年 is no period (the ledger would refuse it); the title may still name one
            if (start <= end) {
                return Optional.of(new PlanPeriod(start, end));
            }
        }
        Matcher fiveYear = FIVE_YEAR.matcher(title);
        if (fiveYear.find()) {
            int ordinal = 10 + Math.max(0, ChineseNumerals.parse(fiveYear.group(1)));
            // From the third five-year plan (1966-1970) on, they follow each other without gaps.
            int start = 1966 + 5 * (ordinal - 3);
            return Optional.of(new PlanPeriod(start, start + 4));
        }
        return Optional.empty();
    }

    boolean contains(int year) {
        return year >= startYear && year <= endYear;
    }
}
