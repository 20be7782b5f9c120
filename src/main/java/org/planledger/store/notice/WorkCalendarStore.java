package org.planledger.store.notice;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;

/**
 * The office's working calendar (V14): the holidays and 调休 working days its feedback deadlines
 * count over. Everyone reads it; only a manager writes it, each change one transaction.
 */
public final class WorkCalendarStore {

    private final Ledger ledger;
    private final Clock clock;

    public WorkCalendarStore(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Every day entered, in date order. */
    public List<CalendarDay> days() {
        return ledger.read(c -> {
            List<CalendarDay> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, kind, note FROM work_calendar ORDER BY day");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CalendarDay(LocalDate.parse(rs.getString(1)), "WORKDAY".equals(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Enters the days as holidays or as 调休 working days (a day already entered takes the new
     * kind and note). A working day that is not a Saturday or Sunday is refused in words: Monday
     * to Friday are working days already. All the days or none.
     */
    public List<CalendarDay> add(List<CalendarDay> days) {
        if (days.isEmpty()) {
            throw new StoreException(Text.of("notice.error.calendarNoDays"));
        }
        for (CalendarDay d : days) {
            DayOfWeek w = d.day().getDayOfWeek();
            if (d.workday() && w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
                throw new StoreException(Text.of("notice.error.workdayOnWeekday", d.day()));
            }
        }
        String at = Instant.now(clock).toString();
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            for (CalendarDay d : days) {
                Sql.update(c, "INSERT INTO work_calendar (day, kind, note, recorded_at) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note, recorded_at = excluded.recorded_at",
                        d.day().toString(), d.workday() ? "WORKDAY" : "HOLIDAY", d.note() == null ? "" : d.note().strip(), at);
            }
            return null;
        });
        return days();
    }

    /** Takes the days out of the calendar; a day not in it is refused in words, and nothing is removed. */
    public List<CalendarDay> remove(List<LocalDate> days) {
        if (days.isEmpty()) {
            throw new StoreException(Text.of("notice.error.calendarNoDays"));
        }
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            for (LocalDate d : days) {
                if (Sql.update(c, "DELETE FROM work_calendar WHERE day = ?", d.toString()) == 0) {
                    throw new StoreException(Text.of("notice.error.notInCalendar", d));
                }
            }
            return null;
        });
        return days();
    }
}
