package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation start --plan N [--as-of DATE] [--midterm]}: starts a plan's final (or mid-term) evaluation. */
@Command(name = "start", description = {"${bundle:cli.evaluation.start.summary}", "", "${bundle:cli.evaluation.start.description}"})
final class EvaluationStartCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.evaluation.start.asOf")
    String asOf;

    @Option(names = "--midterm", descriptionKey = "cli.evaluation.start.midterm")
    boolean midterm;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public Integer call() {
        LocalDate day = asOf == null ? null : ProgressArgs.date("--as-of", asOf, null);
        Evaluation e;
        try (Ledger ledger = openSeeded()) {
            var plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            e = ledger.evaluations(clock()).start(plan.id(), midterm ? EvaluationKind.MIDTERM : EvaluationKind.FINAL, day);
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("evaluation", e.id());
            o.put("plan", e.planId());
            o.put("kind", e.kind().name());
            o.put("asOf", e.asOf().toString());
            Json.print(out(), o);
        } else {
            out().println(text(midterm ? "cli.evaluation.start.doneMidterm" : "cli.evaluation.start.done", e.planTitle(),
                    messages().date(e.asOf())));
            out().println(text("cli.ledger", ledgerLabel()));
        }
        return ExitCodes.OK;
    }
}
