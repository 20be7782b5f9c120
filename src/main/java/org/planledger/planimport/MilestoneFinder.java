package org.planledger.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the due date of a dated sentence: 到2023年 and 2022年底前 fall due at the year's
 * end, a full date on that day, “十四五”期间 at the end of the plan. Years inside document
 * names, year ranges, comparisons (比2020年, 较2020年) and dates a rule starts from
 * (自2021年12月26日, 2022年起) are not due dates: a rule that starts is in force from then on.
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
    /** Words around a date that make it the day something starts: 自2021年12月26日, 从2022年, 2023年起. */
    private static final Pattern START_BEFORE = Pattern.compile("(自|从|始于|自从)$");
    private static final Pattern START_AFTER = Pattern.compile("^(起(?!草)|开始|以来)");

    private final PlanPeriod period;

    MilestoneFinder(PlanPeriod period) {
        this.period = period;
    }

    Optional<Due> find(String sentence) {
        String s = YEAR_RANGE.matcher(DOCUMENT_NAME.matcher(sentence).replaceAll("《》")).replaceAll("");
        Matcher full = FULL_DATE.matcher(s);
        while (full.find()) {
            int year = Integer.parseInt(full.group(1));
            if (period.contains(year) && !isComparison(s, full.start()) && !isStart(s, full.start(), full.end())) {
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
            if (period.contains(y) && !isComparison(s, year.start()) && !isStart(s, year.start(), year.end())) {
                return Optional.of(new Due(y, LocalDate.of(y, 12, 31)));
            }
        }
        if (PLAN_PERIOD.matcher(s).find()) {
            return Optional.of(new Due(period.endYear(), LocalDate.of(period.endYear(), 12, 31)));
        }
        return Optional.empty();
    }

    /**
     * The dates in the sentence that say when something starts (自2021年12月26日), as written;
     * the import report names them when the sentence has no due date.
     */
    List<String> startDates(String sentence) {
        String s = YEAR_RANGE.matcher(DOCUMENT_NAME.matcher(sentence).replaceAll("《》")).replaceAll("");
        List<String> starts = new ArrayList<>();
        for (Pattern p : List.of(FULL_DATE, YEAR)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (period.contains(Integer.parseInt(m.group(1))) && isStart(s, m.start(), m.end())
                        && starts.stream().noneMatch(found -> found.contains(m.group()))) {
                    starts.add(startPhrase(s, m.start(), m.end()));
                }
            }
        }
        return starts;
    }

    private static boolean isStart(String s, int dateStart, int dateEnd) {
        return START_BEFORE.matcher(s.substring(Math.max(0, dateStart - 2), dateStart)).find()
                || START_AFTER.matcher(s.substring(dateEnd)).find();
    }

    /** The date with the word that makes it a start: 自2021年12月26日, 2022年起. */
    private static String startPhrase(String s, int dateStart, int dateEnd) {
        Matcher before = START_BEFORE.matcher(s.substring(Math.max(0, dateStart - 2), dateStart));
        Matcher after = START_AFTER.matcher(s.substring(dateEnd));
        int from = before.find() ? dateStart - (before.end() - before.start()) : dateStart;
        int to = after.find() ? dateEnd + after.end() : dateEnd;
        return s.substring(from, to);
    }

    private static boolean isComparison(String s, int yearStart) {
        String before = s.substring(Math.max(0, yearStart - 2), yearStart);
        return COMPARISON_BEFORE.matcher(before).find();
    }
}
