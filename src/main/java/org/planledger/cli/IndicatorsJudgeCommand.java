package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorVerdict;
import org.planledger.rollup.IndicatorEvaluation;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code indicators judge --number N --verdict met|on-track|behind --reason TEXT [--date DATE]}:
 * the manager's judgement of a target the rules cannot compute, then the indicator's verdict.
 */
@Command(name = "judge",
        description = {"${bundle:cli.indicators.judge.summary}", "", "${bundle:cli.indicators.judge.description}"})
final class IndicatorsJudgeCommand extends LedgerCommand implements WritesLedger {

    /** Its --plan may be given before the subcommand ({@code indicators --plan 2 record …}). */
    @ParentCommand
    IndicatorsCommand group;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--number", required = true, paramLabel = "N", descriptionKey = "cli.indicators.option.number")
    int number;

    @Option(names = "--verdict", required = true, paramLabel = "met|on-track|behind",
            descriptionKey = "cli.indicators.judge.verdict")
    String verdictOption;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.indicators.judge.reason")
    String reason;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.indicators.option.date")
    String dateOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    static IndicatorVerdict verdict(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "met" -> IndicatorVerdict.MET;
            case "on-track", "ontrack" -> IndicatorVerdict.ON_TRACK;
            case "behind" -> IndicatorVerdict.BEHIND;
            default -> throw new CliException(Text.of("cli.indicators.error.badVerdict", String.valueOf(value)),
                    ExitCodes.BAD_INPUT);
        };
    }

    @Override
    public Integer call() {
        IndicatorVerdict verdict = verdict(verdictOption);
        LocalDate on = ProgressArgs.date("--date", dateOption, LocalDate.now(clock()));
        long id;
        IndicatorRow after;
        PlanSummary plan;
        try (Ledger l = openSeeded()) {
            plan = ProgressArgs.plan(l, planId != null ? planId : group.planId, ledgerLabel());
            IndicatorRow row = IndicatorsCommand.byNumber(l, plan, number, on);
            try {
                id = l.indicators(clock()).judge(row.id(), verdict, on, reason);
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
        out().println(text("cli.indicators.judge.done", String.valueOf(id), after.indicator().number(),
                after.indicator().name(), text(verdict.messageKey())));
        out().println(text("cli.indicators.verdictLine", text(e.verdict().messageKey()), messages().format(e.reason())));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
