package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.planledger.i18n.Text;
import org.planledger.model.FinalOutcome;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.evaluation.OutcomeState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluation set CODE --outcome … [--done DATE] [--note …] [--achievements …] [--shortfall …]}: the
 * manager's outcome of an item, confirmed; in a department ledger, the department's word on an item
 * it leads, which its next report carries to the manager to confirm.
 */
@Command(name = "set", description = {"${bundle:cli.evaluation.set.summary}", "", "${bundle:cli.evaluation.set.description}"})
final class EvaluationSetCommand extends LedgerCommand implements WritesLedger {

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.evaluation.set.code")
    String code;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME", descriptionKey = "cli.evaluation.set.outcome")
    String outcome;

    @Option(names = "--done", paramLabel = "DATE", descriptionKey = "cli.evaluation.set.done")
    String done;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.evaluation.set.note")
    String note;

    @Option(names = "--achievements", paramLabel = "TEXT", descriptionKey = "cli.evaluation.set.achievements")
    String achievements;

    @Option(names = "--shortfall", paramLabel = "TEXT", descriptionKey = "cli.evaluation.set.shortfall")
    String shortfall;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        FinalOutcome o = FinalOutcome.parse(outcome).orElseThrow(() -> new CliException(
                Text.of("cli.evaluation.error.outcome", outcome), ExitCodes.BAD_INPUT));
        LocalDate day = done == null ? null : ProgressArgs.date("--done", done, null);
        ItemOutcome written;
        try (Ledger ledger = openSeeded()) {
            var store = ledger.evaluations(clock());
            Evaluation e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            var key = EvaluationCommand.item(store.outcomes(e.id()), code, e);
            ItemOutcome before = store.outcomes(e.id()).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            written = store.set(e.id(), key, new OutcomeDraft(o, day, note == null ? before.note() : note,
                    achievements == null ? before.achievements() : achievements, shortfall == null ? before.shortfall() : shortfall,
                    before.evidence()));
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        if (json) {
            Json.print(out(), EvaluationShowCommand.json(written));
        } else {
            boolean submitted = written.state() == OutcomeState.SUBMITTED;
            out().println(text(submitted ? "cli.evaluation.set.submittedLine" : "cli.evaluation.set.doneLine", written.label(),
                    text(written.outcome().messageKey()), written.doneOn() == null ? "" : messages().date(written.doneOn())));
            if (submitted) {
                out().println(text("cli.evaluation.set.submitted"));
            }
            out().println(text("cli.ledger", ledgerLabel()));
        }
        return ExitCodes.OK;
    }
}
