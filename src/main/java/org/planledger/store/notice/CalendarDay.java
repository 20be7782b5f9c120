package org.planledger.store.notice;

import java.time.LocalDate;

/**
 * A day of the office's working calendar that differs from Monday-to-Friday: a 法定节假日 day off
 * ({@code workday} false) or a weekend day worked in its place, 调休上班日 ({@code workday} true).
 */
public record CalendarDay(LocalDate day, boolean workday, String note) {
}
