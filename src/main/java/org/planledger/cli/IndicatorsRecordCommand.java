package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.planledger.model.Department;
import org.planledger.rollup.IndicatorEvaluation;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code indicators record --number N --year YYYY --value V [--date DATE] [--source TEXT]
 * [--note TEXT] [--department NAME]}: an indicator's actual value for a year, then its verdict.
 */
@Command(name = "record",
        description = {"${bundle:cli.indicators.record.summary}", "", "${bundle:cli.indicators.record.description}"})
final class IndicatorsRecordCommand extends LedgerCommand implements WritesLedger {

    /** Its --plan may be given before the subcommand ({@code indicators --plan 2 record …}). */
    @ParentCommand
    IndicatorsCommand group;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--number", required = true, paramLabel = "N", descriptionKey = "cli.indicators.option.number")
    int number;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.indicators.record.year")
    int year;

    @Option(names = "--value", required = true, paramLabel = "V", descriptionKey = "cli.indicators.record.value")
    String value;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.indicators.option.date")
    String dateOption;

    @Option(names = "--source", paramLabel = "TEXT", descriptionKey = "cli.indicators.record.source")
    String source;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.indicators.record.note")
    String note;

    @Option(names = "--department", paramLabel = "NAME", descriptionKey = "cli.indicators.record.department")
    String departmentName;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Integer call() {
        LocalDate on = ProgressArgs.date("--date", dateOption, LocalDate.now(clock()));
        long id;
        IndicatorRow after;
        PlanSummary plan;
        try (Ledger l = openSeeded()) {
            plan = ProgressArgs.plan(l, planId != null ? planId : group.planId, ledgerLabel());
            IndicatorRow row = IndicatorsCommand.byNumber(l, plan, number, on);
            Department department = ProgressArgs.department(l, departmentName);
            try {
                id = l.indicators(clock()).recordValue(row.id(), year, value, on, source, note,
                        department == null ? null : department.id());
            } catch (StoreException e) {
                throw IndicatorsCommand.refusal(e);
            }
            after = l.indicators(clock()).indicator(row.id(), LocalDate.now(clock()));
        }
        IndicatorEvaluation e = after.evaluation();
        if (json) {
            IndicatorsCommand.printWritten(out(), ledgerLabel(), id, plan, after, messages());
            return ExitCodes.OK;
        }
        out().println(text("cli.indicators.record.done", String.valueOf(id), after.indicator().number(),
                after.indicator().name(), year, value.strip()));
        out().println(text("cli.indicators.verdictLine", text(e.verdict().messageKey()), messages().format(e.reason())));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
