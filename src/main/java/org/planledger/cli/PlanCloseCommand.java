package org.planledger.cli;

import java.nio.file.Path;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.PlanClosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plan close --plan N}: closes the plan (已终结) once its final evaluation is confirmed. */
@Command(name = "close", description = {"${bundle:cli.plan.close.summary}", "", "${bundle:cli.plan.close.description}"})
final class PlanCloseCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        PlanClosure closed;
        String title;
        try (Ledger ledger = openSeeded()) {
            var plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            title = plan.title();
            closed = ledger.evaluations(clock()).close(plan.id());
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        out().println(text("cli.plan.close.done", title, messages().date(closed.closedOn())));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
