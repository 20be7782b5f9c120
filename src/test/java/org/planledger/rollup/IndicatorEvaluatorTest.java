package org.planledger.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;

/** Indicators against the straight path from 2020 to 2025 (序时进度), rising and falling, and word targets. */
class IndicatorEvaluatorTest {

    private static final IndicatorEvaluator EVALUATOR = new IndicatorEvaluator(2020, 2025);
    private static final Messages ZH = Messages.chinese();
    private static final Indicator PM25 = indicator("城市细颗粒物（PM2.5）浓度", "ug/m3", "52", "42");
    private static final Indicator GOOD_DAYS = indicator("城市空气质量优良天数比率", "%", "57.8", "65.8");
    private static final Indicator BLACK_WATER = indicator("城市（县城）黑臭水体比例", "%", "0", "全面消除");
    private static final Indicator SECTIONS = indicator("地表水国控断面优良（达到或优于Ⅲ类）比例", "%", "-", "100");

    private static Indicator indicator(String name, String unit, String baseline, String target) {
        return new Indicator("环境治理", 1, name, unit, baseline, target, IndicatorAttribute.BINDING, false, false);
    }

    private static IndicatorEvaluation evaluate(Indicator i, int year, String value) {
        return EVALUATOR.evaluate(i, IndicatorDirection.infer(i), Map.of(year, new BigDecimal(value)), null);
    }

    @Test
    void theDirectionFollowsThePlan() {
        assertEquals(IndicatorDirection.LOWER_BETTER, IndicatorDirection.infer(PM25));
        assertEquals(IndicatorDirection.HIGHER_BETTER, IndicatorDirection.infer(GOOD_DAYS));
        assertEquals(IndicatorDirection.LOWER_BETTER, IndicatorDirection.infer(indicator("化肥施用量（折纯量）", "万吨", "-", "完成市分解任务")));
        assertEquals(IndicatorDirection.HIGHER_BETTER, IndicatorDirection.infer(indicator("化学需氧量排放总量减少", "%", "-", "完成市分解任务")),
                "a reduction should be large");
        assertEquals(IndicatorDirection.HIGHER_BETTER, IndicatorDirection.infer(indicator("城区绿化覆盖率", "%", "43", "43")));
    }

    @Test
    void aFallingIndicatorAgainstTheStraightPath() {
        assertEquals(new BigDecimal("46"), EVALUATOR.expected(new BigDecimal("52"), new BigDecimal("42"), 2023));
        IndicatorEvaluation onTrack = evaluate(PM25, 2023, "45");
        assertEquals(IndicatorVerdict.ON_TRACK, onTrack.verdict());
        assertEquals("2023年实际值45，不高于序时进度要求的46（目标42，越低越好）", ZH.format(onTrack.reason()));
        assertEquals(IndicatorVerdict.ON_TRACK, evaluate(PM25, 2023, "46").verdict(), "exactly on the path");
        IndicatorEvaluation behind = evaluate(PM25, 2023, "47");
        assertEquals(IndicatorVerdict.BEHIND, behind.verdict());
        assertEquals("2023年实际值47，高于序时进度要求的46（目标42，越低越好）", ZH.format(behind.reason()));
        assertEquals(IndicatorVerdict.MET, evaluate(PM25, 2024, "41.5").verdict());
        assertEquals("2024年实际值41.5，已达到目标42", ZH.format(evaluate(PM25, 2024, "41.5").reason()));
    }

    @Test
    void aRisingIndicatorAgainstTheStraightPath() {
        assertEquals(new BigDecimal("62.6"), EVALUATOR.expected(new BigDecimal("57.8"), new BigDecimal("65.8"), 2023));
        assertEquals(IndicatorVerdict.ON_TRACK, evaluate(GOOD_DAYS, 2023, "63").verdict());
        assertEquals(IndicatorVerdict.BEHIND, evaluate(GOOD_DAYS, 2023, "60").verdict());
        assertEquals(IndicatorVerdict.MET, evaluate(GOOD_DAYS, 2025, "65.8").verdict());
    }

    @Test
    void aValueForTheTargetYearThatFallsShortHasMissedTheTargetNotLaggedBehind() {
        IndicatorEvaluation missed = evaluate(GOOD_DAYS, 2025, "65");
        assertEquals(IndicatorVerdict.MISSED, missed.verdict());
        assertEquals("未达标", ZH.get(missed.verdict().messageKey()));
        assertEquals("规划目标年2025年实际值65，低于目标65.8，未达标", ZH.format(missed.reason()));
        assertEquals(IndicatorVerdict.MISSED, evaluate(PM25, 2025, "43").verdict());
        assertEquals(IndicatorVerdict.MISSED, evaluate(PM25, 2026, "43").verdict(), "a value after the plan as well");
        assertEquals(IndicatorVerdict.MISSED, evaluate(SECTIONS, 2025, "90").verdict(),
                "no baseline needs no judgement once the target year is short");
        assertEquals(IndicatorVerdict.BEHIND, evaluate(GOOD_DAYS, 2024, "60").verdict(), "before the end: behind the path");
        assertEquals(IndicatorVerdict.MET, evaluate(PM25, 2025, "42").verdict());
    }

    @Test
    void theLatestYearCounts() {
        IndicatorEvaluation e = EVALUATOR.evaluate(PM25, IndicatorDirection.LOWER_BETTER,
                Map.of(2022, new BigDecimal("44"), 2023, new BigDecimal("47")), null);
        assertEquals(2023, e.year());
        assertEquals(IndicatorVerdict.BEHIND, e.verdict());
        assertEquals(IndicatorVerdict.NO_DATA, EVALUATOR.evaluate(PM25, IndicatorDirection.LOWER_BETTER, Map.of(), null).verdict());
    }

    @Test
    void wordTargetsAndTargetsWithoutABaselineAreJudgedByTheManager() {
        IndicatorEvaluation open = EVALUATOR.evaluate(BLACK_WATER, IndicatorDirection.LOWER_BETTER, Map.of(), null);
        assertEquals(IndicatorVerdict.NEEDS_JUDGEMENT, open.verdict());
        assertEquals("目标为“全面消除”，需人工研判", ZH.format(open.reason()));
        IndicatorEvaluation judged = EVALUATOR.evaluate(BLACK_WATER, IndicatorDirection.LOWER_BETTER, Map.of(),
                new IndicatorEvaluator.Judgement(IndicatorVerdict.MET, LocalDate.of(2026, 1, 15), "建成区黑臭水体已全部消除"));
        assertEquals(IndicatorVerdict.MET, judged.verdict());
        assertEquals("人工研判（2026年1月15日）：建成区黑臭水体已全部消除", ZH.format(judged.reason()));

        IndicatorEvaluation noPath = evaluate(SECTIONS, 2023, "90");
        assertEquals(IndicatorVerdict.NEEDS_JUDGEMENT, noPath.verdict());
        assertNull(noPath.expected());
        assertEquals(IndicatorVerdict.MET, evaluate(SECTIONS, 2024, "100").verdict());
    }
}
