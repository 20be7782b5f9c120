package org.planledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.planledger.exchange.ReportExporter;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report export --out FILE|DIR}: a liaison officer exports the department ledger's
 * progress report ({@link ReportExporter}): everything written there that the manager has not
 * yet acknowledged, sealed with the department's key. A folder gets the default file name.
 * Prints the file, the report's number and what it holds.
 */
@Command(name = "export",
        description = {"${bundle:cli.report.export.summary}", "", "${bundle:cli.report.export.description}"})
final class ReportExportCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--out", paramLabel = "FILE|DIR", required = true, descriptionKey = "cli.report.export.out")
    Path out;

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath().normalize();
        ReportExporter.Exported done;
        try (Ledger ledger = openExisting("cli.report.export.error.noLedger")) {
            done = ExchangeProblems.run(() -> new ReportExporter(ledger, clock()).export(target));
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("file", done.file().toString());
            o.put("report", done.seq());
            o.put("entries", done.entries());
            o.put("started", done.started());
            o.put("requests", done.requests());
            o.put("evidence", done.evidence());
            o.put("indicatorValues", done.indicatorValues());
            o.put("receipts", done.receipts());
            o.put("outcomes", done.outcomes());
            o.put("total", done.total());
            o.put("bytes", size(done.file()));
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.report.export.done", done.seq(), done.file().toString()));
        out().println(text("cli.report.export.counts", done.entries(), done.started(), done.requests(), done.evidence(),
                done.indicatorValues()));
        if (done.receipts() > 0) {
            out().println(text("cli.report.export.receipts", done.receipts()));
        }
        if (done.outcomes() > 0) {
            out().println(text("cli.report.export.outcomes", done.outcomes()));
        }
        if (done.total() == 0 && done.receipts() == 0 && done.outcomes() == 0) {
            out().println(text("cli.report.export.empty"));
        }
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
