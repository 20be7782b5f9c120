package org.planledger.exchange;

import java.time.LocalDate;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.FinalOutcome;
import org.planledger.store.evaluation.EvaluationStore;

/** What became of the outcomes (终期评估) a report carried, in the words the command line and the window both show. */
public final class OutcomeWords {

    private OutcomeWords() {
    }

    /** "终期评估：将记录 N 项（待确认）", or what was recorded. */
    public static Text heading(List<ReportImport.Outcome> outcomes, boolean dryRun) {
        long recorded = outcomes.stream().filter(o -> o.verdict() == EvaluationStore.Reported.RECORDED).count();
        return Text.of(dryRun ? "exchange.outcome.heading.toRecord" : "exchange.outcome.heading.recorded", recorded);
    }

    public static Text of(ReportImport.Outcome o, boolean dryRun) {
        if (o.refused()) {
            return Text.of("exchange.outcome.line.refused", o.reason());
        }
        Text outcome = Text.of(FinalOutcome.valueOf(o.outcome()).messageKey());
        Object done = o.doneOn() == null ? "" : Text.of("exchange.outcome.done", LocalDate.parse(o.doneOn()));
        return switch (o.verdict()) {
            case RECORDED -> Text.of(dryRun ? "exchange.outcome.line.toRecord" : "exchange.outcome.line.recorded", o.label(),
                    outcome, done);
            case KNOWN -> Text.of("exchange.outcome.line.known", o.label(), outcome, done);
            case KEPT -> Text.of("exchange.outcome.line.kept", o.label(), outcome);
        };
    }
}
