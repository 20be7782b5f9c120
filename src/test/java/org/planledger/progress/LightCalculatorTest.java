package org.planledger.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.LightRules;
import org.planledger.model.ReportingCycle;
import org.planledger.model.TaskStatus;

/** The light rules at their boundaries, with the district's defaults (15 days, 10 / 30 points, monthly by the 5th). */
class LightCalculatorTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2023, 12, 31);
    private static final LightCalculator RULES = new LightCalculator(LightRules.DEFAULT, ReportingCycle.DEFAULT);
    private static final Messages ZH = Messages.chinese();

    private static ItemState item(TaskStatus status, LocalDate since, Integer percent, boolean reported) {
        return new ItemState(ItemKey.milestone(1, 2), 1, "5.3.6", "到2023年底完成整治", 5, "深入打好污染防治攻坚战",
                7L, "区水务局", START, DUE, DUE, status, since, "", percent, null, reported, null, null, null);
    }

    private static ItemState open() {
        return item(TaskStatus.IN_PROGRESS, LocalDate.of(2021, 3, 1), null, true);
    }

    private static String explain(LightVerdict v) {
        return String.join("；", v.reasons().stream().map(ZH::format).toList());
    }

    @Test
    void onTheDueDateItIsYellowAndTheDayAfterRed() {
        LightVerdict onDay = RULES.verdict(open(), DUE);
        assertEquals(Light.YELLOW, onDay.light());
        assertEquals("今天（2023年12月31日）是完成时限，尚未销号", explain(onDay));

        LightVerdict dayAfter = RULES.verdict(open(), DUE.plusDays(1));
        assertEquals(Light.RED, dayAfter.light());
        assertEquals("完成时限2023年12月31日已过，推进中，未销号（逾期1天）", explain(dayAfter));
        assertEquals(Outcome.NOT_DONE, dayAfter.outcome());
    }

    @Test
    void yellowStartsExactlyNDaysBefore() {
        assertEquals(Light.YELLOW, RULES.verdict(open(), DUE.minusDays(15)).light());
        assertEquals("完成时限2023年12月31日，还有15天", explain(RULES.verdict(open(), DUE.minusDays(15))));
        LightVerdict before = RULES.verdict(open(), DUE.minusDays(16));
        assertEquals(Light.GREEN, before.light());
        assertEquals("正常推进，完成时限2023年12月31日，还有16天", explain(before));

        LightCalculator thirty = new LightCalculator(new LightRules(30, 10, 30, true, true), ReportingCycle.DEFAULT);
        assertEquals(Light.YELLOW, thirty.verdict(open(), DUE.minusDays(30)).light());
        assertEquals(Light.GREEN, thirty.verdict(open(), DUE.minusDays(31)).light());
    }

    @Test
    void behindScheduleByMoreThanTenPointsIsYellowAndMoreThanThirtyRed() {
        // 2021-01-01 .. 2023-12-31 is 1094 days; on 2022-07-02 (547 days) exactly 50% is expected
        LocalDate half = START.plusDays(547);
        assertEquals(50.0, LightCalculator.expectedPercent(START, DUE, half), 1e-9);

        assertEquals(Light.GREEN, RULES.verdict(item(TaskStatus.IN_PROGRESS, START, 40, true), half).light(),
                "10 points behind is not more than 10");
        LightVerdict eleven = RULES.verdict(item(TaskStatus.IN_PROGRESS, START, 39, true), half);
        assertEquals(Light.YELLOW, eleven.light());
        assertEquals("报送完成39%，按序时进度应达50%，落后11个百分点", explain(eleven));

        assertEquals(Light.YELLOW, RULES.verdict(item(TaskStatus.IN_PROGRESS, START, 20, true), half).light(),
                "30 points behind is not more than 30");
        LightVerdict far = RULES.verdict(item(TaskStatus.IN_PROGRESS, START, 19, true), half);
        assertEquals(Light.RED, far.light());
        assertEquals(50.0, far.expectedPercent(), 1e-9);

        assertEquals(Light.GREEN, RULES.verdict(item(TaskStatus.IN_PROGRESS, START, 60, true), half).light());
    }

    @Test
    void anUnreportedClosedPeriodIsYellowAndTheReportIsDueByTheFifth() {
        ItemState unreported = item(TaskStatus.IN_PROGRESS, START, null, false);
        // on 5 June the May report is still on time: the last closed period is April
        assertEquals("2022年4月", ZH.format(ReportingCycle.DEFAULT.lastClosed(LocalDate.of(2022, 6, 5)).label()));
        assertEquals("2022年5月", ZH.format(ReportingCycle.DEFAULT.lastClosed(LocalDate.of(2022, 6, 6)).label()));
        LightVerdict v = RULES.verdict(unreported, LocalDate.of(2022, 6, 6));
        assertEquals(Light.YELLOW, v.light());
        assertEquals("2022年5月未报送进展", explain(v));

        LightCalculator noReportingRule = new LightCalculator(new LightRules(15, 10, 30, true, false), ReportingCycle.DEFAULT);
        assertEquals(Light.GREEN, noReportingRule.verdict(unreported, LocalDate.of(2022, 6, 6)).light());
    }

    @Test
    void overdueAndUnreportedListsBothReasonsWorstFirst() {
        LightVerdict v = RULES.verdict(item(TaskStatus.NOT_STARTED, null, null, false), LocalDate.of(2026, 11, 29));
        assertEquals(Light.RED, v.light());
        assertEquals(List.of("light.reason.overdue", "light.reason.notReported"),
                v.reasons().stream().map(t -> t.key()).toList());
        assertTrue(explain(v).startsWith("完成时限2023年12月31日已过，未启动，未销号（逾期1064天）"), explain(v));
    }

    @Test
    void closedItemsAreGreenAndSayWhetherTheyWereOnTime() {
        LightVerdict onTime = RULES.verdict(item(TaskStatus.CLOSED, LocalDate.of(2023, 12, 20), null, false),
                LocalDate.of(2026, 11, 29));
        assertEquals(Light.GREEN, onTime.light());
        assertEquals(Outcome.DONE_ON_TIME, onTime.outcome());
        assertEquals("2023年12月20日已销号，按期完成", explain(onTime));

        LightVerdict late = RULES.verdict(item(TaskStatus.CLOSED, LocalDate.of(2024, 3, 1), null, false),
                LocalDate.of(2026, 11, 29));
        assertEquals(Light.GREEN, late.light());
        assertEquals(Outcome.DONE_LATE, late.outcome());
        assertEquals("2024年3月1日已销号，晚于完成时限2023年12月31日，逾期61天完成", explain(late));
    }

    @Test
    void requestingCloseOutDoesNotStopTheClock() {
        LightVerdict v = RULES.verdict(item(TaskStatus.CLOSE_OUT_REQUESTED, LocalDate.of(2023, 12, 30), null, false),
                LocalDate.of(2024, 1, 2));
        assertEquals(Light.RED, v.light(), "only 已销号 stops the red light");
        assertEquals(1, v.reasons().size(), "a close-out request owes no more monthly reports");
    }

    @Test
    void suspendedAndNotYetStartedAreGrey() {
        LightVerdict suspended = RULES.verdict(
                new ItemState(ItemKey.task(1), 1, "5.3.6", "t", 5, "c", 7L, "区水务局", START, DUE, DUE,
                        TaskStatus.SUSPENDED, LocalDate.of(2022, 5, 1), "等待上级政策", null, null, false, null, null, null),
                LocalDate.of(2026, 11, 29));
        assertEquals(Light.GREY, suspended.light());
        assertEquals(Outcome.SUSPENDED, suspended.outcome());
        assertEquals("暂缓（2022年5月1日起）：等待上级政策", explain(suspended));

        LightVerdict early = RULES.verdict(item(TaskStatus.NOT_STARTED, null, null, false), LocalDate.of(2020, 12, 1));
        assertEquals(Light.GREY, early.light());
    }

    @Test
    void standingWorkHasNoDueDateAndNeverTurnsRedByDate() {
        ItemState ongoing = new ItemState(ItemKey.task(1), 1, "12.1", "t", 12, "c", 7L, "区水务局", START, null, null,
                TaskStatus.ONGOING, LocalDate.of(2021, 2, 1), "", 30, null, true, null, null, null);
        LightVerdict v = RULES.verdict(ongoing, LocalDate.of(2026, 11, 29));
        assertEquals(Light.GREEN, v.light());
        assertEquals(Outcome.OPEN, v.outcome());
        assertEquals("持续推进，无完成时限，按期报送", explain(v));
    }

    @Test
    void anOverrideWinsAndSaysWhatTheRulesWouldHaveShown() {
        ItemState overridden = new ItemState(ItemKey.milestone(1, 2), 1, "5.3.6", "x", 5, "c", 7L, "区水务局", START, DUE,
                DUE, TaskStatus.IN_PROGRESS, START, "", null, null, true, Light.YELLOW, "已完成主体工程，待验收",
                LocalDate.of(2024, 1, 5));
        LightVerdict v = RULES.verdict(overridden, LocalDate.of(2024, 1, 10));
        assertEquals(Light.YELLOW, v.light());
        assertEquals(Light.RED, v.computed());
        assertTrue(v.overridden());
        assertEquals("人工调整为黄灯（2024年1月5日）：已完成主体工程，待验收；按规则为红灯", ZH.format(v.mainReason()));
    }

    @Test
    void everyReasonReadsInEnglishToo() {
        LightVerdict v = RULES.verdict(item(TaskStatus.NOT_STARTED, null, null, false), LocalDate.of(2024, 1, 1));
        assertEquals("Due 31 Dec 2023, Not started, not closed out (1 day overdue)", Messages.forLanguage("en").format(v.mainReason()));
    }
}
