package org.planledger.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.notice.CalendarDay;
import org.planledger.store.notice.WorkCalendarStore;

/**
 * Counting working days for a feedback deadline (反馈时限): Monday to Friday, less the office's
 * holidays (法定节假日), plus the weekend days worked in their place (调休上班日), as the office
 * entered them in its working calendar. A year the office has not entered counts Monday to Friday.
 */
public final class WorkingDays {

    /** Monday to Friday, no calendar. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(List.of());

    /** The day's kind where the calendar says otherwise than the day of the week: true = worked. */
    private final Map<LocalDate, Boolean> exceptions = new HashMap<>();

    public WorkingDays(List<CalendarDay> calendar) {
        calendar.forEach(d -> exceptions.put(d.day(), d.workday()));
    }

    /** The office's calendar as the ledger holds it. */
    public static WorkingDays of(Ledger ledger, java.time.Clock clock) {
        return new WorkingDays(new WorkCalendarStore(ledger, clock).days());
    }

    /** The day that is {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate after(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** How many working days lie after {@code from} up to and including {@code to}. */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    public boolean isWorkingDay(LocalDate d) {
        Boolean entered = exceptions.get(d);
        if (entered != null) {
            return entered;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
