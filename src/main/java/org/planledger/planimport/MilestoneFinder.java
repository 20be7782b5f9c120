package org.planledger.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the due date of a dated sentence: 到2023年 and 2022年底前 fall due at the year's
 * end, 自2021年12月26日 on that day, “十四五”期间 at the end of the plan. Years inside
 * document names, year ranges and comparisons (比2020年, 较2020年) are not due dates.
 */
final class MilestoneFinder {

    record Due(int year, LocalDate date) {
    }

    private static final Pattern DOCUMENT_NAME = Pattern.compile("《[^》]*》");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\d{4}\\s*[-—–~至]\\s*\\d{4}\\s*年");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?![度代])");
    private static final Pattern PLAN_PERIOD = Pattern.compile("“?十[一二三四五六七八九]?五”?期间");
    /** Words before a year that make it a point of comparison, not a deadline. */
    private static final Pattern COMPARISON_BEFORE = Pattern.compile("(比|较|与|同|相比|低于|高于|对比|基于)$");

    private final PlanPeriod period;

    MilestoneFinder(PlanPeriod period) {
        this.period = period;
    }

    Optional<Due> find(String sentence) {
        String s = YEAR_RANGE.matcher(DOCUMENT_NAME.matcher(sentence).replaceAll("《》")).replaceAll("");
        Matcher full = FULL_DATE.matcher(s);
        while (full.find()) {
            int year = Integer.parseInt(full.group(1));
            if (period.contains(year) && !isComparison(s, full.start())) {
                try {
                    LocalDate day = LocalDate.of(year, Integer.parseInt(full.group(2)), Integer.parseInt(full.group(3)));
                    return Optional.of(new Due(year, day));
                } catch (DateTimeException notADay) {
                    // an impossible date such as 2月30日 is no deadline; keep looking
                }
            }
        }
        Matcher year = YEAR.matcher(s);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (period.contains(y) && !isComparison(s, year.start())) {
                return Optional.of(new Due(y, LocalDate.of(y, 12, 31)));
            }
        }
        if (PLAN_PERIOD.matcher(s).find()) {
            return Optional.of(new Due(period.endYear(), LocalDate.of(period.endYear(), 12, 31)));
        }
        return Optional.empty();
    }

    private static boolean isComparison(String s, int yearStart) {
        String before = s.substring(Math.max(0, yearStart - 2), yearStart);
        return COMPARISON_BEFORE.matcher(before).find();
    }
}
