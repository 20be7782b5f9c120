package org.planledger.cli;

import java.util.List;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.ItemOutcome;
import picocli.CommandLine.Command;

/**
 * {@code evaluation SUBCOMMAND}: a plan's final (or mid-term) evaluation — start it, fill the
 * proposals from the ledger, show it, set an item's or an indicator's outcome, confirm (ADR 0017); the departments'
 * fill-in workbooks and their merge, the 终期评估报告 and the evaluation tables.
 */
@Command(name = "evaluation",
        description = {"${bundle:cli.evaluation.summary}", "", "${bundle:cli.evaluation.description}"},
        subcommands = {EvaluationStartCommand.class, EvaluationProposeCommand.class, EvaluationShowCommand.class,
                EvaluationSetCommand.class, EvaluationIndicatorCommand.class, EvaluationConfirmCommand.class,
                EvaluationWorkbookCommand.class, EvaluationImportCommand.class, EvaluationReportCommand.class,
                EvaluationTablesCommand.class})
final class EvaluationCommand extends CommandGroup {

    /** A refusal of the evaluation's store (nothing was written): the user's input, exit 2. */
    static RuntimeException refusal(StoreException e) {
        String key = e.problem().key();
        return key.startsWith("evaluation.") || key.equals("store.error.planClosed")
                ? new CliException(e.problem(), ExitCodes.BAD_INPUT) : e;
    }

    /**
     * The evaluation a command acts on: the plan's current one when --plan is given, else the one
     * evaluation under way in the ledger (none, or several, is refused in words).
     */
    static Evaluation of(Ledger ledger, Long planId, String ledgerLabel) {
        var store = ledger.evaluations(ledger.clock());
        if (planId != null) {
            var plan = ProgressArgs.plan(ledger, planId, ledgerLabel);
            return store.current(plan.id()).orElseThrow(() -> new CliException(
                    Text.of("cli.evaluation.error.none", plan.title()), ExitCodes.BAD_INPUT));
        }
        List<Evaluation> open = store.underWay();
        if (open.isEmpty()) {
            throw new CliException(Text.of("cli.evaluation.error.noneUnderWay", ledgerLabel), ExitCodes.BAD_INPUT);
        }
        if (open.size() > 1) {
            throw new CliException(Text.of("cli.evaluation.error.several", String.join("、",
                    open.stream().map(e -> e.planTitle() + "（--plan " + e.planId() + "）").toList())), ExitCodes.BAD_INPUT);
        }
        return open.get(0);
    }

    /** The item a label names: a task's code (5.3.6) or a milestone's, by its place (5.3.6/2). */
    static ItemKey item(List<ItemOutcome> items, String label, Evaluation e) {
        String wanted = label == null ? "" : label.strip();
        Optional<ItemOutcome> found = items.stream().filter(o -> o.label().equals(wanted)).findFirst();
        return found.orElseThrow(() -> new CliException(Text.of("cli.evaluation.error.noSuchItem", wanted, e.planTitle()),
                ExitCodes.BAD_INPUT)).key();
    }
}
