package org.planledger.cli;

import java.nio.file.Path;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plan reopen --plan N --reason …}: reopens a closed plan; the reason is recorded in its history. */
@Command(name = "reopen", description = {"${bundle:cli.plan.reopen.summary}", "", "${bundle:cli.plan.reopen.description}"})
final class PlanReopenCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.plan.reopen.reason")
    String reason;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        String title;
        try (Ledger ledger = openSeeded()) {
            var plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            title = plan.title();
            ledger.evaluations(clock()).reopen(plan.id(), reason);
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        out().println(text("cli.plan.reopen.done", title, reason.strip()));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
