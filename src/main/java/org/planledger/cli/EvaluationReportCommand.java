package org.planledger.cli;

import java.nio.file.Path;
import java.util.Map;
import org.planledger.docs.DocumentException;
import org.planledger.docs.InstalledFonts;
import org.planledger.evaluation.EvaluationReportWriter;
import org.planledger.evaluation.Successors;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation report --out FILE.docx [--plan N]}: the 终期评估报告 as a 公文. */
@Command(name = "report",
        description = {"${bundle:cli.evaluation.report.summary}", "", "${bundle:cli.evaluation.report.description}"})
final class EvaluationReportCommand extends LedgerCommand {

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, descriptionKey = "cli.evaluation.report.out")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.evaluation.option.plan")
    Long planId;

    @Override
    public Integer call() {
        EvaluationReportWriter.Written w;
        try (Ledger ledger = openExisting("cli.evaluation.error.noLedger")) {
            Evaluation e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            w = new EvaluationReportWriter(ledger, clock(), messages(), InstalledFonts.system()).write(e.id(), Successors.recorded(ledger, e.planId()), out);
        } catch (DocumentException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        for (Text warning : w.warnings()) {
            err().println(messages().format(warning));
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("file", w.file().toString());
            o.put("title", w.title());
            o.put("tasks", w.summary().tasks().size());
            o.put("unconfirmed", w.summary().unconfirmed());
            Json.print(out(), o);
        } else {
            out().println(text("cli.evaluation.report.written", w.title(), w.file()));
            if (w.summary().unconfirmed() > 0) {
                out().println(text("cli.evaluation.report.draft", w.summary().unconfirmed()));
            }
        }
        return ExitCodes.OK;
    }
}
