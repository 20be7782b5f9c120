package org.planledger.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.notice.CalendarDay;
import picocli.CommandLine.Command;

/**
 * {@code notice holidays list|add|remove}: the office's working calendar — 法定节假日 and 调休上班日 —
 * that every feedback deadline (督办单, 催办) counts its working days over.
 */
@Command(name = "holidays",
        description = {"${bundle:cli.notice.holidays.summary}", "", "${bundle:cli.notice.holidays.description}"},
        subcommands = {NoticeHolidaysListCommand.class, NoticeHolidaysAddCommand.class, NoticeHolidaysRemoveCommand.class})
final class NoticeHolidaysCommand extends BaseCommand implements Runnable {

    /** No subcommand given: show the subcommands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The days a list of DATE or FROM..TO names, in the order given. */
    static List<LocalDate> days(List<String> given) {
        List<LocalDate> out = new ArrayList<>();
        for (String g : given) {
            String[] range = g.strip().split("\\.\\.", 2);
            LocalDate from = day(range[0], g);
            LocalDate to = range.length == 2 ? day(range[1], g) : from;
            if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
                throw NoticeCommand.refusal(Text.of("cli.notice.holidays.badRange", g));
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return out;
    }

    private static LocalDate day(String text, String given) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw NoticeCommand.refusal(Text.of("cli.notice.holidays.badDate", given));
        }
    }

    static Map<String, Object> json(CalendarDay d) {
        Map<String, Object> o = Json.object();
        o.put("day", d.day().toString());
        o.put("kind", d.workday() ? "WORKDAY" : "HOLIDAY");
        o.put("note", d.note());
        return o;
    }
}
