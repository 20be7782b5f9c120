package org.planledger.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting working days for a feedback deadline: Saturdays and Sundays are skipped. Public
 * holidays and the weekend days worked in their place (调休) change every year by the State
 * Council's notice; they are not known here, so a deadline that falls in a holiday is for the
 * office to move (the deadline is editable when the notice is issued).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code from} (from itself not counted). */
    public static LocalDate after(LocalDate from, int days) {
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

    public static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
