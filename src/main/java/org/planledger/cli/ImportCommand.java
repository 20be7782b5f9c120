package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.store.ImportResult;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE [--dry-run]}: reads a plan document and prints the dry-run report, then
 * writes it to the ledger unless --dry-run. The document is read completely before the ledger
 * is opened, so a document that cannot be imported leaves the ledger exactly as it was. A new
 * ledger is created empty: the imported plan is its first plan (the shipped plan is not added).
 * --dry-run does not open the ledger at all.
 */
@Command(name = "import",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:cli.import.summary}", "", "${bundle:cli.import.description}"},
        parameterListHeading = "%n${bundle:cli.usage.parameters}%n",
        optionListHeading = "%n${bundle:cli.usage.options}%n",
        footerHeading = "%n",
        footer = "${bundle:cli.usage.footer}")
final class ImportCommand extends LedgerCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(Text.of("cli.error.noSuchFile", file.toString()), ExitCodes.BAD_INPUT);
        }
        ParsedPlan parsed = new PlanDocumentReader().read(file);
        ImportReportText report = new ImportReportText(messages());
        Path ledgerFile = ledgerFile();
        if (!json) {
            report.lines(parsed.report()).forEach(out()::println);
            out().println();
            out().flush();
        }
        ImportResult result = null;
        if (!dryRun) {
            try (Ledger ledger = Ledger.open(ledgerFile)) {
                result = ledger.plans().importPlan(parsed.plan(), parsed.report().sourceName());
            }
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerFile.toString());
            o.put("dryRun", dryRun);
            o.put("report", report.json(parsed.report()));
            o.put("result", result == null ? null : ImportReportText.json(result));
            Json.print(out(), o);
        } else {
            out().println(dryRun ? text("cli.import.dryRunDone") : report.result(result, ledgerFile.toString()));
        }
        return ExitCodes.OK;
    }
}
