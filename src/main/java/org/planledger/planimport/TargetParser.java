package org.planledger.planimport;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.model.Comparison;
import org.planledger.model.Target;

/**
 * Reads a measurable target out of a milestone sentence: 不低于50%, 60%以上, 0.45万亩,
 * 至少完成１次. The text is kept as written; number, unit and comparison where they parse.
 */
final class TargetParser {

    private static final String UNIT = "%|％|‰|[万亿千]?(?:平方米|平方公里|平方千米|立方米|公里|千米|公顷|亩|吨|米)"
            + "|个|家|次|座|辆|处|条|套|台|户|项|所|站|天|人";
    private static final Pattern AMOUNT = Pattern.compile(
            "(不低于|不少于|不小于|至少|不高于|不超过|不大于|约)?([0-9０-９]+(?:[.．][0-9０-９]+)?)(余)?(" + UNIT + ")(以上|以下|以内)?");
    private static final Pattern LEAD_WORD = Pattern.compile("(不低于|不少于|不小于|至少|不高于|不超过|不大于|约)\\S{0,3}$");

    private TargetParser() {
    }

    static Optional<Target> parse(String sentence) {
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            if (followedByYear(sentence, m.end(2))) {
                continue;
            }
            String leadWord = m.group(1);
            int textStart = m.start();
            if (leadWord == null) {
                Matcher before = LEAD_WORD.matcher(sentence.substring(Math.max(0, m.start() - 6), m.start()));
                if (before.find()) {
                    leadWord = before.group(1);
                    textStart = m.start() - (before.end() - before.start());
                }
            }
            BigDecimal value = new BigDecimal(ChineseNumerals.normalizeDigits(m.group(2)).replace('．', '.'));
            String unit = m.group(4).replace('％', '%');
            Comparison cmp = comparison(leadWord, m.group(3), m.group(5));
            return Optional.of(new Target(sentence.substring(textStart, m.end()), cmp, value, unit));
        }
        return Optional.empty();
    }

    private static boolean followedByYear(String s, int end) {
        return end < s.length() && s.charAt(end) == '年';
    }

    private static Comparison comparison(String leadWord, String approx, String suffix) {
        if ("以上".equals(suffix)) {
            return Comparison.AT_LEAST;
        }
        if ("以下".equals(suffix) || "以内".equals(suffix)) {
            return Comparison.AT_MOST;
        }
        if (leadWord == null) {
            return approx != null ? Comparison.ABOUT : Comparison.EQUAL;
        }
        return switch (leadWord) {
            case "不低于", "不少于", "不小于", "至少" -> Comparison.AT_LEAST;
            case "不高于", "不超过", "不大于" -> Comparison.AT_MOST;
            default -> Comparison.ABOUT;
        };
    }
}
