package org.planledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.notice.OfficialCalendars;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.CalendarDay;
import org.planledger.store.notice.WorkCalendarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code notice holidays add DATE|FROM..TO ... [--workday] [--note TEXT]}, or {@code --official YEAR}:
 * enters days off (法定节假日) or weekend days worked (调休上班日) in the office's calendar.
 */
@Command(name = "add", description = {"${bundle:cli.notice.holidays.add.summary}", "",
        "${bundle:cli.notice.holidays.add.description}"})
final class NoticeHolidaysAddCommand extends LedgerCommand implements WritesLedger {

    @Parameters(arity = "0..*", paramLabel = "DATE", descriptionKey = "cli.notice.holidays.add.days")
    List<String> given = new ArrayList<>();

    @Option(names = "--workday", descriptionKey = "cli.notice.holidays.add.workday")
    boolean workday;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.notice.holidays.add.note")
    String note;

    @Option(names = "--official", paramLabel = "YEAR", descriptionKey = "cli.notice.holidays.add.official")
    Integer official;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        List<CalendarDay> days = new ArrayList<>();
        if (official != null) {
            days.addAll(OfficialCalendars.of(official).orElseThrow(() -> NoticeCommand.refusal(Text.of(
                    "cli.notice.holidays.noOfficial", official,
                    String.join("、", OfficialCalendars.years().stream().map(String::valueOf).toList())))));
        }
        for (var d : NoticeHolidaysCommand.days(given)) {
            days.add(new CalendarDay(d, workday, note == null ? "" : note));
        }
        List<CalendarDay> all;
        try (Ledger ledger = openSeeded()) {
            all = new WorkCalendarStore(ledger, clock()).add(days);
        } catch (StoreException e) {
            throw NoticeCommand.refusal(e);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("added", days.stream().map(NoticeHolidaysCommand::json).toList());
            o.put("days", all.stream().map(NoticeHolidaysCommand::json).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        long worked = days.stream().filter(CalendarDay::workday).count();
        out().println(text("cli.notice.holidays.added", days.size() - worked, worked, all.size()));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
