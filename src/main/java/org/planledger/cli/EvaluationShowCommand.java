package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.model.PlanState;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation show [--plan N] [--json]}: every item's and indicator's outcome, whether proposed, submitted or confirmed. */
@Command(name = "show", description = {"${bundle:cli.evaluation.show.summary}", "", "${bundle:cli.evaluation.show.description}"})
final class EvaluationShowCommand extends LedgerCommand {

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Integer call() {
        Evaluation e;
        List<ItemOutcome> items;
        List<IndicatorOutcome> indicators;
        PlanState state;
        try (Ledger ledger = openSeeded()) {
            e = EvaluationCommand.of(ledger, planId, ledgerLabel());
            var store = ledger.evaluations(clock());
            items = store.outcomes(e.id());
            indicators = store.indicators(e.id());
            state = store.state(e.planId());
        } catch (StoreException x) {
            throw EvaluationCommand.refusal(x);
        }
        long unconfirmed = items.stream().filter(i -> !i.confirmed()).count() + indicators.stream().filter(i -> !i.confirmed()).count();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("evaluation", e.id());
            o.put("plan", e.planId());
            o.put("planState", state.name());
            o.put("kind", e.kind().name());
            o.put("asOf", e.asOf().toString());
            o.put("confirmed", e.confirmed());
            o.put("unconfirmed", unconfirmed);
            List<Object> list = new ArrayList<>();
            items.forEach(i -> list.add(json(i)));
            o.put("items", list);
            List<Object> ind = new ArrayList<>();
            for (IndicatorOutcome i : indicators) {
                Map<String, Object> x = Json.object();
                x.put("number", i.number());
                x.put("name", i.name());
                x.put("attribute", i.attribute());
                x.put("baseline", i.baseline());
                x.put("target", i.target());
                x.put("year", i.year());
                x.put("value", i.value());
                x.put("conclusion", i.conclusion() == null ? null : i.conclusion().name());
                x.put("state", i.state() == null ? null : i.state().name());
                x.put("note", i.note());
                ind.add(x);
            }
            o.put("indicators", ind);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text(e.kind() == org.planledger.store.evaluation.EvaluationKind.FINAL ? "cli.evaluation.show.headFinal"
                : "cli.evaluation.show.headMidterm", e.planTitle(), messages().date(e.asOf()), text(state.messageKey()),
                text(e.confirmed() ? "cli.evaluation.show.confirmed" : "cli.evaluation.show.underWay")));
        out().println(text("cli.ledger", ledgerLabel()));
        out().println();
        TextTable t = TextTable.withHeaders(text("cli.evaluation.show.item"), text("cli.evaluation.show.outcome"),
                text("cli.evaluation.show.doneOn"), text("cli.evaluation.show.state"), text("cli.evaluation.show.note"));
        for (ItemOutcome i : items) {
            t.row(i.label(), i.outcome() == null ? "—" : text(i.outcome().messageKey()),
                    i.doneOn() == null ? "" : messages().date(i.doneOn()), state(i.state()), i.note());
        }
        t.print(out());
        out().println();
        TextTable ti = TextTable.withHeaders(text("cli.evaluation.show.indicator"), text("cli.evaluation.show.value"),
                text("cli.evaluation.show.conclusion"), text("cli.evaluation.show.state"), text("cli.evaluation.show.note"));
        for (IndicatorOutcome i : indicators) {
            ti.row(i.number() + ". " + i.name(), i.value() == null ? "—" : i.value() + (i.year() == null ? "" : "（" + i.year() + "）"),
                    i.conclusion() == null ? "—" : text(i.conclusion().messageKey()), state(i.state()), i.note());
        }
        ti.print(out());
        out().println();
        out().println(unconfirmed == 0 ? text("cli.evaluation.show.allConfirmed") : text("cli.evaluation.show.unconfirmed", unconfirmed));
        return ExitCodes.OK;
    }

    private String state(OutcomeState s) {
        return s == null ? text("cli.evaluation.state.none") : switch (s) {
            case PROPOSED -> text("cli.evaluation.state.proposed");
            case SUBMITTED -> text("cli.evaluation.state.submitted");
            case CONFIRMED -> text("cli.evaluation.state.confirmed");
        };
    }

    static Map<String, Object> json(ItemOutcome i) {
        Map<String, Object> x = Json.object();
        x.put("item", i.label());
        x.put("title", i.title());
        x.put("outcome", i.outcome() == null ? null : i.outcome().name());
        x.put("doneOn", i.doneOn() == null ? null : i.doneOn().toString());
        x.put("state", i.state() == null ? null : i.state().name());
        x.put("source", i.source() == null ? null : i.source().name());
        x.put("note", i.note());
        x.put("evidence", i.evidence());
        return x;
    }
}
