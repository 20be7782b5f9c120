package org.planledger.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.planledger.exchange.EvaluationWorkbookImport;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluation import FILE [--dry-run]}: merges a department's filled 终期评估填报表 as its
 * submissions (not final until the manager confirms). The dry run lists what would be recorded
 * and every refused row, and writes nothing. Exit code 2 when the file or a row was refused (the
 * other rows are still recorded, unless --dry-run).
 */
@Command(name = "import",
        description = {"${bundle:cli.evaluation.import.summary}", "", "${bundle:cli.evaluation.import.description}"})
final class EvaluationImportCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return dryRun ? null : lockTarget();
    }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.evaluation.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.evaluation.import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        EvaluationWorkbookImport.Preview p;
        int written;
        try (Ledger ledger = openExisting("cli.evaluation.error.noLedger")) {
            EvaluationWorkbookImport importer = new EvaluationWorkbookImport(ledger, clock());
            if (dryRun) {
                p = ExchangeProblems.run(() -> importer.preview(file));
                written = 0;
            } else {
                EvaluationWorkbookImport.Merged m = ExchangeProblems.run(() -> importer.merge(file));
                p = m.preview();
                written = m.written();
            }
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("file", file.toAbsolutePath().normalize().toString());
            o.put("department", p.department());
            o.put("plan", p.planTitle());
            o.put("dryRun", dryRun);
            o.put("recorded", dryRun ? p.toWrite() : written);
            o.put("blank", p.blank());
            List<Map<String, Object>> rows = p.taken().stream().map(t -> {
                Map<String, Object> r = Json.object();
                r.put("row", t.row());
                r.put("item", t.label());
                r.put("outcome", messages().get(t.submission().draft().outcome().messageKey()));
                r.put("doneOn", t.submission().draft().doneOn() == null ? null : t.submission().draft().doneOn().toString());
                r.put("alreadyConfirmed", t.confirmed());
                return r;
            }).toList();
            o.put("rows", rows);
            o.put("refused", p.refused().stream().map(r -> {
                Map<String, Object> x = Json.object();
                x.put("row", r.row());
                x.put("reason", messages().format(r.reason()));
                return x;
            }).toList());
            Json.print(out(), o);
        } else {
            out().println(text(dryRun ? "cli.evaluation.import.wouldRecord" : "cli.evaluation.import.recorded", p.department(),
                    p.planTitle(), dryRun ? p.toWrite() : written, p.refused().size(), p.blank()));
            for (EvaluationWorkbookImport.Taken t : p.taken()) {
                String day = t.submission().draft().doneOn() == null ? "" : "（" + messages().date(t.submission().draft().doneOn()) + "）";
                out().println("  " + text(t.confirmed() ? "cli.evaluation.import.rowKept" : "cli.evaluation.import.row", t.row(),
                        t.label(), messages().get(t.submission().draft().outcome().messageKey()) + day));
            }
            for (EvaluationWorkbookImport.Refused r : p.refused()) {
                out().println("  " + messages().format(r.reason()));
            }
        }
        return p.refused().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
