package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.PdfConverter;
import org.planledger.i18n.Text;
import org.planledger.model.Light;
import org.planledger.notice.NoticeIssuer;
import org.planledger.notice.NoticeRequest;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notice issue [--department NAME] [--items CODES] [--light red|yellow] [--per-item] --out DIR}:
 * 督办单 for the red and yellow items the filters select (they combine), one per lead department
 * or one per item, written into DIR and entered in the register together. Nothing selected, a
 * number already used, a folder that cannot be written: a worded refusal, nothing written anywhere.
 */
@Command(name = "issue",
        description = {"${bundle:cli.notice.issue.summary}", "", "${bundle:cli.notice.issue.description}"})
final class NoticeIssueCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--department", paramLabel = "NAME", descriptionKey = "cli.notice.issue.department")
    String department;

    @Option(names = "--items", paramLabel = "CODES", split = ",", descriptionKey = "cli.notice.issue.items")
    List<String> items;

    @Option(names = "--light", paramLabel = "red|yellow", descriptionKey = "cli.notice.issue.light")
    String light;

    @Option(names = "--per-item", descriptionKey = "cli.notice.issue.perItem")
    boolean perItem;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.notice.issue.out")
    Path out;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "cli.notice.issue.on")
    String onOption;

    @Option(names = "--feedback-due", paramLabel = "DATE", descriptionKey = "cli.notice.issue.feedbackDue")
    String feedbackDueOption;

    @Option(names = "--number", paramLabel = "N", descriptionKey = "cli.notice.issue.number")
    Integer number;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--pdf", descriptionKey = "cli.option.pdf")
    boolean pdf;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        LocalDate on = ProgressArgs.date("--on", onOption, LocalDate.now(clock()));
        LocalDate feedbackDue = feedbackDueOption == null ? null : ProgressArgs.date("--feedback-due", feedbackDueOption, null);
        Light wanted = light();
        NoticeIssuer.Issued issued = NoticeCommand.refusingInWords(() -> {
            try (Ledger ledger = openSeeded()) {
                if (planId != null) {
                    ProgressArgs.plan(ledger, planId, ledgerLabel());
                }
                NoticeIssuer issuer = new NoticeIssuer(ledger, clock(), messages(), InstalledFonts.system());
                NoticeRequest request = new NoticeRequest(planId, department, items, wanted, perItem, on, feedbackDue, number);
                return issuer.issue(issuer.prepare(request), out);
            }
        });
        for (Text w : issued.warnings()) {
            err().println(messages().format(w));
        }
        PdfArgs.Made pdfs = PdfArgs.convert(pdf, issued.files(), PdfConverter.system(), err(), messages());
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("notices", NoticeListCommand.json(issued.notices(), issued.files()));
            if (pdf) {
                pdfs.putInto(o);
            }
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        NoticeCommand.printWritten(out(), issued.notices(), issued.files(), n -> text("cli.notice.issue.done", n.number(),
                text(n.colour().messageKey()), n.departmentName(), n.items().size(), messages().date(n.feedbackDue())));
        pdfs.print(out(), messages());
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }

    private Light light() {
        if (light == null) {
            return null;
        }
        return switch (light.strip().toLowerCase(Locale.ROOT)) {
            case "red" -> Light.RED;
            case "yellow" -> Light.YELLOW;
            default -> throw new CliException(Text.of("cli.notice.issue.badLight", light), ExitCodes.BAD_INPUT);
        };
    }
}
