package org.planledger.cli;

import java.nio.file.Path;
import org.planledger.docs.DocumentException;
import org.planledger.evaluation.EvaluationTablesWriter;
import org.planledger.evaluation.Successors;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation tables --out FILE.xlsx [--plan N]}: the evaluation's tables as a workbook. */
@Command(name = "tables",
        description = {"${bundle:cli.evaluation.tables.summary}", "", "${bundle:cli.evaluation.tables.description}"})
final class EvaluationTablesCommand extends LedgerCommand {

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "cli.evaluation.tables.out")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.evaluation.option.plan")
    Long planId;

    @Override
    public Integer call() {
        Path file;
        try (Ledger ledger = openExisting("cli.evaluation.error.noLedger")) {
            Evaluation e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            file = new EvaluationTablesWriter(ledger, clock(), messages()).write(e.id(), Successors.recorded(ledger, e.planId()), out);
        } catch (DocumentException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        if (json) {
            var o = Json.object();
            o.put("file", file.toString());
            Json.print(out(), o);
        } else {
            out().println(text("cli.evaluation.tables.written", file));
        }
        return ExitCodes.OK;
    }
}
