package org.planledger.cli;

import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.notice.OfficialCalendars;
import org.planledger.store.Ledger;
import org.planledger.store.notice.CalendarDay;
import org.planledger.store.notice.WorkCalendarStore;
import picocli.CommandLine.Command;

/** {@code notice holidays list}: the days the office entered, and which years it has not entered. */
@Command(name = "list", description = {"${bundle:cli.notice.holidays.list.summary}"})
final class NoticeHolidaysListCommand extends LedgerCommand {

    @Override
    public Integer call() {
        List<CalendarDay> days;
        try (Ledger ledger = openSeeded()) {
            days = new WorkCalendarStore(ledger, clock()).days();
        }
        int year = java.time.LocalDate.now(clock()).getYear();
        boolean thisYear = days.stream().anyMatch(d -> d.day().getYear() == year);
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("days", days.stream().map(NoticeHolidaysCommand::json).toList());
            o.put("officialYearsShipped", OfficialCalendars.years());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        if (days.isEmpty()) {
            out().println(text("cli.notice.holidays.empty"));
        } else {
            TextTable t = TextTable.withHeaders(text("cli.notice.holidays.column.day"), text("cli.notice.holidays.column.kind"),
                    text("cli.notice.holidays.column.note"));
            for (CalendarDay d : days) {
                t.row(messages().date(d.day()) + " " + text(weekday(d.day())),
                        text(d.workday() ? "cli.notice.holidays.kind.workday" : "cli.notice.holidays.kind.holiday"), d.note());
            }
            t.print(out());
        }
        if (!thisYear) {
            out().println(text("cli.notice.holidays.yearMissing", year,
                    String.join("、", OfficialCalendars.years().stream().map(String::valueOf).toList())));
        }
        return ExitCodes.OK;
    }

    private static String weekday(java.time.LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "cli.notice.holidays.weekday.1";
            case TUESDAY -> "cli.notice.holidays.weekday.2";
            case WEDNESDAY -> "cli.notice.holidays.weekday.3";
            case THURSDAY -> "cli.notice.holidays.weekday.4";
            case FRIDAY -> "cli.notice.holidays.weekday.5";
            case SATURDAY -> "cli.notice.holidays.weekday.6";
            case SUNDAY -> "cli.notice.holidays.weekday.7";
        };
    }
}
