package org.planledger.carryover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planledger.model.PlanShortName;

/** What moves on by itself from one five-year plan to the next, and how offices name the plans. */
class PeriodWordsTest {

    @Test
    void yearsAndPeriodNamesBecomeBreaksButOtherNumbersStay() {
        assertEquals("到|，|期间完成十五个街道的|治理", PeriodWords.normalise("到2025年，“十四五”期间完成十五个街道的2021—2025年治理")
                .replace("||", "|"));
        assertEquals("|时期", PeriodWords.normalise("十五五时期"));
        assertEquals("十五个", PeriodWords.normalise("十五个"));
        assertEquals("|底前", PeriodWords.normalise("2030年底前"));
    }

    @Test
    void fiveYearPlansAreNamedByTheirNumberOtherPlansByTheirTitle() {
        assertEquals("十四五", PlanShortName.of("济南市天桥区“十四五”生态环境保护规划", 2021, 2025));
        assertEquals("十五五", PlanShortName.of("x", 2026, 2030));
        assertEquals("十三五", PlanShortName.of("x", 2016, 2020));
        assertEquals("三年行动方案", PlanShortName.of("三年行动方案", 2023, 2025));
        assertEquals("规划", PlanShortName.of("规划", 2022, 2026));
    }
}
