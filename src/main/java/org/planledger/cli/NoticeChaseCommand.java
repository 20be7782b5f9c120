package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.PdfConverter;
import org.planledger.i18n.Text;
import org.planledger.notice.NoticeChaser;
import org.planledger.notice.ReminderNotice;
import org.planledger.store.Ledger;
import org.planledger.store.notice.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notice chase --out DIR [--dry-run]}: a 催办通知书 for each 督办单 whose feedback deadline
 * has passed with no answer, written into DIR and registered together. Nothing due is said in
 * words (exit 0, nothing written); {@code --dry-run} lists what is due.
 */
@Command(name = "chase",
        description = {"${bundle:cli.notice.chase.summary}", "", "${bundle:cli.notice.chase.description}"})
final class NoticeChaseCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.notice.chase.out")
    Path out;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "cli.notice.chase.on")
    String onOption;

    @Option(names = "--dry-run", descriptionKey = "cli.notice.chase.dryRun")
    boolean dryRun;

    @Option(names = "--pdf", descriptionKey = "cli.option.pdf")
    boolean pdf;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        LocalDate on = ProgressArgs.date("--on", onOption, LocalDate.now(clock()));
        record Outcome(List<ReminderNotice> due, NoticeChaser.Chased chased) {
        }
        Outcome outcome = NoticeCommand.refusingInWords(() -> {
            try (Ledger ledger = openSeeded()) {
                NoticeChaser chaser = new NoticeChaser(ledger, clock(), messages(), InstalledFonts.system());
                List<ReminderNotice> toChase = chaser.prepare(on);
                return new Outcome(toChase, toChase.isEmpty() || dryRun ? null : chaser.chase(toChase, out));
            }
        });
        List<ReminderNotice> due = outcome.due();
        NoticeChaser.Chased chased = outcome.chased();
        if (chased != null) {
            for (Text w : chased.warnings()) {
                err().println(messages().format(w));
            }
        }
        PdfArgs.Made pdfs = PdfArgs.convert(pdf, chased == null ? List.of() : chased.files(), PdfConverter.system(),
                err(), messages());
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            if (chased == null) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (ReminderNotice r : due) {
                    list.add(NoticeListCommand.json(r.original()));
                }
                o.put("due", list);
            } else {
                o.put("notices", NoticeListCommand.json(chased.notices(), chased.files()));
                if (pdf) {
                    pdfs.putInto(o);
                }
            }
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        if (due.isEmpty()) {
            out().println(text("cli.notice.chase.none", messages().date(on)));
        } else if (chased == null) {
            for (ReminderNotice r : due) {
                Notice n = r.original();
                out().println(text("cli.notice.chase.due", n.number(), n.departmentName(), messages().date(n.issuedOn()),
                        messages().date(n.feedbackDue()), n.items().size()));
            }
        } else {
            NoticeCommand.printWritten(out(), chased.notices(), chased.files(), n -> text("cli.notice.chase.done",
                    n.number(), n.departmentName(), n.refersTo(), messages().date(n.feedbackDue())));
            pdfs.print(out(), messages());
        }
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
