package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notice receipt NUMBER [--date DATE]}: records that the department signed for the document (签收). */
@Command(name = "receipt",
        description = {"${bundle:cli.notice.receipt.summary}", "", "${bundle:cli.notice.receipt.description}"})
final class NoticeReceiptCommand extends LedgerCommand implements WritesLedger {

    @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "cli.notice.receipt.number")
    String number;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.notice.receipt.date")
    String dateOption;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        LocalDate date = ProgressArgs.date("--date", dateOption, LocalDate.now(clock()));
        Notice n;
        try (Ledger ledger = openSeeded()) {
            n = ledger.notices(clock()).recordReceipt(number.strip(), date);
        } catch (StoreException e) {
            throw NoticeCommand.refusal(e);
        }
        if (json) {
            Map<String, Object> o = NoticeListCommand.json(n);
            o.put("ledger", ledgerLabel());
            Json.print(out(), o);
        } else {
            out().println(text("cli.notice.receipt.done", n.number(), n.departmentName(), messages().date(n.signedOn())));
            out().println(text("cli.ledger", ledgerLabel()));
        }
        return ExitCodes.OK;
    }
}
