package org.planledger.cli;

import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationStore;

/** Which evaluation a command acts on: the named plan's latest, else the only one under way. */
final class EvaluationArgs {

    private EvaluationArgs() {
    }

    static Evaluation evaluation(Ledger ledger, java.time.Clock clock, Long planId) {
        EvaluationStore store = ledger.evaluations(clock);
        if (planId != null) {
            return store.current(planId).orElseThrow(() -> new CliException(
                    Text.of("cli.evaluation.error.noEvaluation", planId), ExitCodes.BAD_INPUT));
        }
        List<Evaluation> underWay = store.underWay();
        if (underWay.size() == 1) {
            return underWay.get(0);
        }
        throw new CliException(Text.of(underWay.isEmpty() ? "cli.evaluation.error.noneUnderWay" : "cli.evaluation.error.severalUnderWay",
                underWay.size()), ExitCodes.BAD_INPUT);
    }
}
