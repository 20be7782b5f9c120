package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.planledger.exchange.ExchangeException;
import org.planledger.exchange.FillInWorkbookExporter;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code package workbook --department NAME --out FILE|DIR}: the fill-in workbook (填报表) for a
 * department that does not run PlanLedger ({@link FillInWorkbookExporter}); a folder gets the
 * default file name. A refusal (a department ledger, a department without tasks) exits 2.
 */
@Command(name = "workbook",
        description = {"${bundle:cli.package.workbook.summary}", "", "${bundle:cli.package.workbook.description}"})
final class PackageWorkbookCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--department", paramLabel = "NAME", required = true,
            descriptionKey = "cli.package.workbook.option.department")
    String department;

    @Option(names = "--out", paramLabel = "FILE|DIR", required = true, descriptionKey = "cli.package.workbook.option.out")
    Path out;

    @Override
    public Integer call() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(out) && !name.endsWith(".xlsx")) {
            throw new CliException(Text.of("cli.package.workbook.error.extension", out.toString()), ExitCodes.BAD_INPUT);
        }
        try (Ledger ledger = openSeeded()) {
            Department d = ProgressArgs.department(ledger, department);
            FillInWorkbookExporter.Written written;
            try {
                written = new FillInWorkbookExporter(ledger, clock()).export(d.id(), out, messages());
            } catch (ExchangeException e) {
                throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
            }
            if (json) {
                var o = Json.object();
                o.put("file", written.file().toAbsolutePath().toString());
                o.put("department", d.name());
                o.put("rows", written.rows());
                o.put("period", written.periodLabel());
                Json.print(out(), o);
            } else {
                out().println(text("cli.package.workbook.written", d.name(), written.file().toAbsolutePath(),
                        written.rows(), written.periodLabel()));
            }
        }
        return ExitCodes.OK;
    }
}
