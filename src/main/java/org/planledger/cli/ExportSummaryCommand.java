package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.planledger.export.ExportException;
import org.planledger.export.ExportResult;
import org.planledger.export.LedgerDetail;
import org.planledger.export.SummaryExporter;
import org.planledger.export.SummaryOptions;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export summary --out FILE [--plan ID] [--department NAME] [--chapter N] [--as-of DATE]
 * [--per-department-sheets] [--ledger-detail full|compact] [--by-department-detail full|compact]}: writes the status summary workbook ({@link SummaryExporter}) and
 * prints its sheets and rows. A refusal (bad option, file not writable or open elsewhere) exits 2
 * with the message; the target is then untouched.
 */
@Command(name = "summary",
        description = {"${bundle:cli.export.summary.summary}", "", "${bundle:cli.export.summary.description}"})
final class ExportSummaryCommand extends LedgerCommand {

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.export.option.out")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--department", paramLabel = "NAME", descriptionKey = "cli.export.option.department")
    String department;

    @Option(names = "--chapter", paramLabel = "N", descriptionKey = "cli.export.option.chapter")
    Integer chapter;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--per-department-sheets", descriptionKey = "cli.export.option.perDepartmentSheets")
    boolean perDepartmentSheets;

    @Option(names = "--ledger-detail", paramLabel = "full|compact", descriptionKey = "cli.export.option.ledgerDetail")
    String ledgerDetail;

    @Option(names = "--by-department-detail", paramLabel = "full|compact",
            descriptionKey = "cli.export.option.departmentDetail")
    String departmentDetail;

    @Override
    public Integer call() {
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        boolean english = "en".equals(messages().locale().getLanguage());
        LedgerDetail ledgerAs = detail("--ledger-detail", ledgerDetail, SummaryOptions.LEDGER_DEFAULT);
        LedgerDetail byDepartmentAs = detail("--by-department-detail", departmentDetail,
                SummaryOptions.BY_DEPARTMENT_DEFAULT);
        ExportResult result;
        try (Ledger ledger = openSeeded()) {
            PlanSummary plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            asOf = ProgressArgs.asOf(asOfOption, plan, asOf);
            ProgressArgs.checkAsOf(asOf, plan);
            Department d = ProgressArgs.department(ledger, department);
            SummaryOptions options = new SummaryOptions(plan.id(), d == null ? null : d.id(), chapter, asOf, english,
                    perDepartmentSheets, ledgerAs, byDepartmentAs);
            result = new SummaryExporter(ledger, clock()).write(options, out, null);
        } catch (ExportException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        if (json) {
            var o = Json.object();
            o.put("file", result.file().toString());
            o.put("sheets", result.sheets());
            o.put("rows", result.rows());
            o.put("bytes", result.bytes());
            Json.print(out(), o);
        } else {
            out().println(text("cli.export.written", result.file(), result.sheets().size(), result.rows(), result.bytes()));
            for (String s : result.sheets()) {
                out().println("  " + s);
            }
        }
        return ExitCodes.OK;
    }

    private static LedgerDetail detail(String option, String value, LedgerDetail fallback) {
        if (value == null) {
            return fallback;
        }
        for (LedgerDetail d : LedgerDetail.values()) {
            if (d.name().equalsIgnoreCase(value.strip())) {
                return d;
            }
        }
        throw new CliException(Text.of("cli.export.error.detail", option, value), ExitCodes.BAD_INPUT);
    }
}
