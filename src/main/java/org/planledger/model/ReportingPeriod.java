package org.planledger.model;

import java.time.LocalDate;
import org.planledger.i18n.Text;

/** A month, quarter or year that a progress entry covers. {@code start} is its first day. */
public record ReportingPeriod(PeriodKind kind, LocalDate start) implements Comparable<ReportingPeriod> {

    public ReportingPeriod {
        int firstMonth = (start.getMonthValue() - 1) / kind.months() * kind.months() + 1;
        if (start.getDayOfMonth() != 1 || start.getMonthValue() != firstMonth) {
            throw new IllegalArgumentException("not the first day of a " + kind + ": " + start);
        }
    }

    /** The period of this kind that holds the date. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / kind.months() * kind.months() + 1;
        return new ReportingPeriod(kind, LocalDate.of(date.getYear(), firstMonth, 1));
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start.plusMonths(kind.months()).minusDays(1);
    }

    public ReportingPeriod next() {
        return new ReportingPeriod(kind, start.plusMonths(kind.months()));
    }

    public ReportingPeriod previous() {
        return new ReportingPeriod(kind, start.minusMonths(kind.months()));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /** Whether the two periods share a day (a quarterly entry covers each of its months). */
    public boolean overlaps(ReportingPeriod other) {
        return !other.start.isAfter(end()) && !other.end().isBefore(start);
    }

    /** 2026年10月, 2026年第4季度, 2026年. */
    public Text label() {
        return switch (kind) {
            case MONTH -> Text.of("period.month", String.valueOf(start.getYear()), start.getMonthValue());
            case QUARTER -> Text.of("period.quarter", String.valueOf(start.getYear()), (start.getMonthValue() + 2) / 3);
            case YEAR -> Text.of("period.year", String.valueOf(start.getYear()));
        };
    }

    /** 2026-10, 2026-Q4 or 2026: the form the command line reads and writes. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** Reads {@link #code()}; null when the text is no period. */
    public static ReportingPeriod parse(String code) {
        String s = code == null ? "" : code.trim();
        try {
            if (s.matches("\\d{4}")) {
                return new ReportingPeriod(PeriodKind.YEAR, LocalDate.of(Integer.parseInt(s), 1, 1));
            }
            if (s.matches("\\d{4}-[Qq][1-4]")) {
                int q = s.charAt(6) - '0';
                return new ReportingPeriod(PeriodKind.QUARTER, LocalDate.of(Integer.parseInt(s.substring(0, 4)), q * 3 - 2, 1));
            }
            if (s.matches("\\d{4}-\\d{1,2}")) {
                int month = Integer.parseInt(s.substring(5));
                if (month >= 1 && month <= 12) {
                    return new ReportingPeriod(PeriodKind.MONTH, LocalDate.of(Integer.parseInt(s.substring(0, 4)), month, 1));
                }
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public int compareTo(ReportingPeriod o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : Integer.compare(kind.months(), o.kind.months());
    }
}
