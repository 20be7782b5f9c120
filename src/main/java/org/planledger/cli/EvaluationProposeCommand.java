package org.planledger.cli;

import java.nio.file.Path;
import java.util.Map;
import org.planledger.evaluation.Proposals;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation propose [--plan N]}: fills the proposals from the ledger; a submitted or confirmed outcome is kept. */
@Command(name = "propose", description = {"${bundle:cli.evaluation.propose.summary}", "", "${bundle:cli.evaluation.propose.description}"})
final class EvaluationProposeCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        Evaluation e;
        int written;
        int all;
        try (Ledger ledger = openSeeded()) {
            e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            var plan = ProgressArgs.plan(ledger, e.planId(), ledgerLabel());
            // the proposal's words are the office's, in Chinese, whatever --lang the command speaks
            Proposals p = new Proposals(org.planledger.i18n.Messages.chinese());
            var items = p.items(ledger, e);
            var indicators = p.indicators(ledger, e, plan.startYear(), plan.endYear());
            all = items.size() + indicators.size();
            written = ledger.evaluations(clock()).propose(e.id(), items, indicators);
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("evaluation", e.id());
            o.put("proposed", written);
            o.put("kept", all - written);
            Json.print(out(), o);
        } else {
            out().println(text("cli.evaluation.propose.done", e.planTitle(), written, all - written));
            out().println(text("cli.ledger", ledgerLabel()));
        }
        return ExitCodes.OK;
    }
}
