package org.planledger.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;

/** Which period 写进展 and {@code report add} offer first. */
class ReportPeriodDefaultTest {

    private static final ReportingCycle MONTHLY = ReportingCycle.DEFAULT;
    private static final ReportingCycle QUARTERLY = new ReportingCycle(PeriodKind.QUARTER, 10);
    private static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    private static ReportingPeriod period(String code) {
        return ReportingPeriod.parse(code);
    }

    private static String chosen(ReportingCycle cycle, String today, String... reported) {
        return ReportPeriodDefault.of(cycle, LocalDate.parse(today), PLAN_START,
                java.util.Arrays.stream(reported).map(ReportPeriodDefaultTest::period).toList()).code();
    }

    @Test
    void onSevenDecemberTheNovemberReportIsOwed() {
        assertEquals("2026-11", chosen(MONTHLY, "2026-12-07"));
        assertEquals("2026-11", chosen(MONTHLY, "2026-12-07", "2026-10"));
    }

    @Test
    void onceNovemberIsReportedDecemberIsNext() {
        assertEquals("2026-12", chosen(MONTHLY, "2026-12-07", "2026-11"));
        // a quarterly entry covers its months
        assertEquals("2026-12", chosen(MONTHLY, "2026-12-07", "2026-Q4"));
    }

    @Test
    void beforeTheDueDayTheLateReportComesFirstThenTheOneJustEnded() {
        // on 3 December October's report is late (due 5 November), November's due by the 5th
        assertEquals("2026-10", chosen(MONTHLY, "2026-12-03"));
        assertEquals("2026-11", chosen(MONTHLY, "2026-12-03", "2026-10"));
        assertEquals("2026-12", chosen(MONTHLY, "2026-12-03", "2026-10", "2026-11"));
    }

    @Test
    void theKindFollowsTheConfiguredCycle() {
        assertEquals("2026-Q3", chosen(QUARTERLY, "2026-10-20"));
        assertEquals("2026-Q4", chosen(QUARTERLY, "2026-10-20", "2026-09"));
        assertEquals("2026", chosen(new ReportingCycle(PeriodKind.YEAR, 5), "2026-01-20", "2025"));
        assertEquals("2025", chosen(new ReportingCycle(PeriodKind.YEAR, 5), "2026-01-20"));
    }

    @Test
    void nothingIsOwedForBeforeThePlanStarts() {
        assertEquals("2021-01", ReportPeriodDefault.of(MONTHLY, LocalDate.of(2021, 1, 3), PLAN_START, List.of()).code());
    }
}
