package org.planledger.store.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.notice.OfficialCalendars;
import org.planledger.notice.WorkingDays;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * The office's working calendar (V14) on both databases: five working days from the eve of
 * 国庆 2026 skip the seven days off and count the 调休 Saturday, 10 October; bad entries are
 * refused in words and leave the calendar as it was.
 */
@BothBackends
class WorkCalendarTest {

    private static final LocalDate EVE = LocalDate.of(2026, 9, 30);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private WorkCalendarStore calendar;

    @BeforeEach
    void open() {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        calendar = new WorkCalendarStore(ledger, TestClock.get());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private WorkingDays counted() {
        return WorkingDays.of(ledger, TestClock.get());
    }

    @Test
    void withoutTheCalendarOnlyWeekendsAreSkipped() {
        assertEquals(List.of(), calendar.days());
        assertEquals(LocalDate.of(2026, 10, 7), counted().after(EVE, 5), "Thu 1, Fri 2, Mon 5, Tue 6, Wed 7");
    }

    @Test
    void fiveWorkingDaysOverNationalDayCountTheSaturdayWorkedAndSkipTheHolidays() {
        calendar.add(dayRun("2026-10-01", 7, false, "国庆节"));
        calendar.add(List.of(new CalendarDay(LocalDate.of(2026, 10, 10), true, "国庆节调休上班")));
        WorkingDays days = counted();
        // 8 Thu, 9 Fri, 10 Sat (调休), 12 Mon, 13 Tue
        assertEquals(LocalDate.of(2026, 10, 13), days.after(EVE, 5));
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 10, 5)), "a Monday off");
        assertEquals(5, days.between(EVE, LocalDate.of(2026, 10, 13)), "the 督办单 says 5 working days");
    }

    @Test
    void theShippedArrangementOf2026IsTheStateCouncilsAndGivesTheSameDeadline() {
        List<CalendarDay> official = OfficialCalendars.of(2026).orElseThrow();
        calendar.add(official);
        assertEquals(official.size(), calendar.days().size());
        assertEquals(LocalDate.of(2026, 10, 13), counted().after(EVE, 5));
        // 春节: 15–23 February off, Saturdays 14 and 28 February worked
        assertEquals(LocalDate.of(2026, 2, 24), counted().after(LocalDate.of(2026, 2, 13), 2), "Sat 14 worked, then Tue 24");
        assertTrue(OfficialCalendars.of(2027).isEmpty(), "a year not checked against its notice is not shipped");
    }

    @Test
    void aWeekdayAsWorkedOrADayNotEnteredIsRefusedInWordsAndTheCalendarStaysAsItWas() {
        calendar.add(List.of(new CalendarDay(LocalDate.of(2026, 10, 10), true, "")));
        StoreException weekday = assertThrows(StoreException.class, () -> calendar.add(List.of(
                new CalendarDay(LocalDate.of(2026, 10, 1), false, ""), new CalendarDay(LocalDate.of(2026, 10, 12), true, ""))));
        assertTrue(Messages.chinese().format(weekday.problem()).contains("2026年10月12日 是周一至周五"),
                Messages.chinese().format(weekday.problem()));
        StoreException missing = assertThrows(StoreException.class,
                () -> calendar.remove(List.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11))));
        assertTrue(Messages.chinese().format(missing.problem()).contains("工作日历中没有 2026年10月11日"),
                Messages.chinese().format(missing.problem()));
        assertEquals(List.of(new CalendarDay(LocalDate.of(2026, 10, 10), true, "")), calendar.days(), "all or nothing");

        calendar.remove(List.of(LocalDate.of(2026, 10, 10)));
        assertEquals(List.of(), calendar.days());
    }

    private static List<CalendarDay> dayRun(String from, int n, boolean workday, String note) {
        LocalDate start = LocalDate.parse(from);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new CalendarDay(start.plusDays(i), workday, note)).toList();
    }
}
