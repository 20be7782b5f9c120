package org.planledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.ItemOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluation confirm [CODE…|--all]}: confirms the outcomes of the items (or indicators, by
 * name or number) named as they stand, and the evaluation too when nothing is left unconfirmed;
 * {@code --all} (or nothing named) confirms every outcome and the evaluation, all or nothing: a
 * refusal names what is missing and leaves every outcome as it was.
 */
@Command(name = "confirm", description = {"${bundle:cli.evaluation.confirm.summary}", "", "${bundle:cli.evaluation.confirm.description}"})
final class EvaluationConfirmCommand extends LedgerCommand implements WritesLedger {

    @Parameters(arity = "0..*", paramLabel = "CODE", descriptionKey = "cli.evaluation.confirm.codes")
    List<String> codes = new ArrayList<>();

    @Option(names = "--all", descriptionKey = "cli.evaluation.confirm.all")
    boolean all;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        Evaluation e;
        int confirmed = 0;
        boolean whole;
        try (Ledger ledger = openSeeded()) {
            var store = ledger.evaluations(clock());
            e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            List<ItemOutcome> items = store.outcomes(e.id());
            List<ItemKey> keys = new ArrayList<>();
            List<Long> indicators = new ArrayList<>();
            for (String code : codes) {
                if (items.stream().anyMatch(i -> i.label().equals(code.strip()))) {
                    keys.add(EvaluationCommand.item(items, code, e));
                } else {
                    indicators.add(EvaluationIndicatorCommand.find(store.indicators(e.id()), code, e).indicatorId());
                }
            }
            // one transaction: a refused evaluation leaves the outcomes unconfirmed too
            var done = store.confirm(e.id(), keys, indicators, all, all || codes.isEmpty()
                    ? EvaluationStore.Whole.REQUIRED : EvaluationStore.Whole.IF_COMPLETE);
            confirmed = done.outcomes();
            whole = done.evaluation() != null;
            if (whole) {
                e = done.evaluation();
            }
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        if (confirmed > 0) {
            out().println(text("cli.evaluation.confirm.items", confirmed));
        }
        if (whole) {
            out().println(text("cli.evaluation.confirm.done", e.planTitle(), messages().date(e.asOf())));
        }
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
