package org.planledger.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.CalendarDay;
import org.planledger.store.notice.WorkCalendarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notice holidays remove DATE|FROM..TO ...}: takes days out of the office's calendar. */
@Command(name = "remove", description = {"${bundle:cli.notice.holidays.remove.summary}"})
final class NoticeHolidaysRemoveCommand extends LedgerCommand implements WritesLedger {

    @Parameters(arity = "1..*", paramLabel = "DATE", descriptionKey = "cli.notice.holidays.remove.days")
    List<String> given;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        var days = NoticeHolidaysCommand.days(given);
        List<CalendarDay> all;
        try (Ledger ledger = openSeeded()) {
            all = new WorkCalendarStore(ledger, clock()).remove(days);
        } catch (StoreException e) {
            throw NoticeCommand.refusal(e);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("removed", days.stream().map(java.time.LocalDate::toString).toList());
            o.put("days", all.stream().map(NoticeHolidaysCommand::json).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.notice.holidays.removed", days.size(), all.size()));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
