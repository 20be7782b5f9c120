package org.planledger.cli;

import java.nio.file.Path;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorConclusion;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.IndicatorOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluation indicator NAME --value … [--verdict …] [--year Y]}: the manager's final value
 * and conclusion of an indicator (by name or number), confirmed; without --verdict the rules'
 * conclusion for the value given (ADR 0017), or the proposal's when no value is given.
 */
@Command(name = "indicator", description = {"${bundle:cli.evaluation.indicator.summary}", "",
        "${bundle:cli.evaluation.indicator.description}"})
final class EvaluationIndicatorCommand extends LedgerCommand implements WritesLedger {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.evaluation.indicator.name")
    String name;

    @Option(names = "--value", paramLabel = "VALUE", descriptionKey = "cli.evaluation.indicator.value")
    String value;

    @Option(names = "--verdict", paramLabel = "CONCLUSION", descriptionKey = "cli.evaluation.indicator.verdict")
    String verdict;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "cli.evaluation.indicator.year")
    Integer year;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.evaluation.set.note")
    String note;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        IndicatorConclusion given = verdict == null ? null : IndicatorConclusion.parse(verdict).orElseThrow(() ->
                new CliException(Text.of("cli.evaluation.error.verdict", verdict), ExitCodes.BAD_INPUT));
        IndicatorOutcome written;
        try (Ledger ledger = openSeeded()) {
            var store = ledger.evaluations(clock());
            Evaluation e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            var plan = ProgressArgs.plan(ledger, e.planId(), ledgerLabel());
            IndicatorOutcome i = find(store.indicators(e.id()), name, e);
            int valueYear = year != null ? year : plan.endYear();
            IndicatorConclusion c = given != null ? given : value == null ? i.conclusion()
                    : new org.planledger.evaluation.Proposals(messages()).conclusionFor(
                            ledger.indicators(clock()).indicator(i.indicatorId(), e.asOf()), valueYear, value,
                            plan.startYear(), plan.endYear());
            written = store.setIndicator(e.id(), i.indicatorId(), new IndicatorDraft(value != null ? Integer.valueOf(valueYear) : i.year(), value != null ? value : i.value(), c,
                    note != null ? note : i.note()));
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        out().println(text("cli.evaluation.indicator.done", written.name(), written.value() == null ? "—" : written.value(),
                text(written.conclusion().messageKey())));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }

    static IndicatorOutcome find(List<IndicatorOutcome> all, String name, Evaluation e) {
        String wanted = name == null ? "" : name.strip();
        return all.stream().filter(i -> i.name().equals(wanted) || String.valueOf(i.number()).equals(wanted)).findFirst()
                .or(() -> all.stream().filter(i -> i.name().contains(wanted) && !wanted.isEmpty()).findFirst())
                .orElseThrow(() -> new CliException(Text.of("cli.evaluation.error.noSuchIndicator", wanted, e.planTitle()),
                        ExitCodes.BAD_INPUT));
    }
}
