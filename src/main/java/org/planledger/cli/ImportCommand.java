package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.planledger.app.ImportReportWords;
import org.planledger.app.PlanImport;
import org.planledger.app.TextTable;
import org.planledger.i18n.Text;
import org.planledger.planimport.ImportReport;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.store.plan.ImportResult;
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
        description = {"${bundle:cli.import.summary}", "", "${bundle:cli.import.description}"})
final class ImportCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return dryRun ? null : lockTarget();
    }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(Text.of("cli.error.noSuchFile", file.toString()), ExitCodes.BAD_INPUT);
        }
        ParsedPlan parsed = new PlanDocumentReader().read(file);
        ImportReportWords words = new ImportReportWords(messages());
        String ledgerLabel = ledgerLabel();
        if (!json) {
            printReport(words, parsed.report());
        }
        ImportResult result = null;
        if (!dryRun) {
            try (Ledger ledger = team().isPresent() ? openSeeded() : LedgerCommand.open(ledgerFile(), clock())) {
                result = PlanImport.run(ledger, parsed.plan(), parsed.report().sourceName());
            }
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel);
            o.put("dryRun", dryRun);
            o.put("report", ImportReportJson.report(parsed.report(), messages()));
            o.put("result", result == null ? null : ImportReportJson.result(result));
            Json.print(out(), o);
        } else if (dryRun) {
            out().println(text("cli.import.dryRunDone"));
        } else {
            out().println(words.outcome(result, parsed.report().planTitle()));
            out().println(words.outcomeCounts(result));
            out().println(text("cli.import.ledger", ledgerLabel, result.planId()));
        }
        return ExitCodes.OK;
    }

    /** The report as the app's import dialog shows it: its rows as a two-column table, then the notes. */
    private void printReport(ImportReportWords words, ImportReport report) {
        out().println(words.heading(report));
        out().println();
        TextTable rows = TextTable.withoutHeaders(2);
        words.rows(report).forEach(r -> rows.row(r.label(), r.value()));
        rows.print(out());
        out().println();
        out().println(words.notesTitle(report));
        words.notes(report).forEach(note -> out().println("  - " + note));
        out().println();
        out().flush();
    }
}
