package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.planledger.exchange.EvaluationWorkbookExporter;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation workbook --department NAME --out FILE|DIR [--plan N]}: a department's 终期评估填报表. */
@Command(name = "workbook",
        description = {"${bundle:cli.evaluation.workbook.summary}", "", "${bundle:cli.evaluation.workbook.description}"})
final class EvaluationWorkbookCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--department", paramLabel = "NAME", required = true, descriptionKey = "cli.package.workbook.option.department")
    String department;

    @Option(names = "--out", paramLabel = "FILE|DIR", required = true, descriptionKey = "cli.package.workbook.option.out")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.evaluation.option.plan")
    Long planId;

    @Override
    public Integer call() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(out) && !name.endsWith(".xlsx")) {
            throw new CliException(Text.of("cli.package.workbook.error.extension", out.toString()), ExitCodes.BAD_INPUT);
        }
        try (Ledger ledger = openExisting("cli.evaluation.error.noLedger")) {
            Department d = ProgressArgs.department(ledger, department);
            Evaluation e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            EvaluationWorkbookExporter.Written w = ExchangeProblems.run(() ->
                    new EvaluationWorkbookExporter(ledger, clock()).export(e.id(), d.id(), out, messages()));
            if (json) {
                var o = Json.object();
                o.put("file", w.file().toAbsolutePath().toString());
                o.put("department", w.department());
                o.put("rows", w.rows());
                o.put("plan", e.planTitle());
                Json.print(out(), o);
            } else {
                out().println(text("cli.evaluation.workbook.written", w.department(), w.file().toAbsolutePath(), w.rows(), e.planTitle()));
            }
        }
        return ExitCodes.OK;
    }
}
