package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.carryover.Carryover;
import org.planledger.carryover.Proposal;
import org.planledger.carryover.Suggestion;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;

/**
 * {@code carryover suggest --from N --to M [--json]}: proposes, for every task of plan N not
 * 已销号, up to three successors in plan M, best first, with the phrases they share, or none; and
 * records them as 建议 (tasks already decided keep their decision).
 */
@Command(name = "suggest",
        description = {"${bundle:cli.carryover.suggest.summary}", "", "${bundle:cli.carryover.suggest.description}"})
final class CarryoverSuggestCommand extends CarryoverPlanOptions {

    @Override
    public Integer call() {
        List<Suggestion> suggestions;
        CarryoverPlans plans;
        try (Ledger ledger = openSeeded()) {
            plans = CarryoverPlans.of(ledger, fromPlan, toPlan, ledgerLabel());
            suggestions = Carryover.of(ledger).proposeAndRecord(ledger.carryover().unfinished(plans.from().id()),
                    plans.to().id(), CarryoverPlans.who(ledger));
        }
        if (json) {
            Json.print(out(), suggestions.stream().map(CarryoverSuggestCommand::json).toList());
            return ExitCodes.OK;
        }
        out().println(text("cli.carryover.suggest.heading", CarryoverPlans.name(plans.from()), CarryoverPlans.name(plans.to())));
        TextTable t = TextTable.withHeaders(text("cli.carryover.column.from"), text("cli.carryover.column.title"),
                text("cli.carryover.column.to"), text("cli.carryover.column.score"), text("cli.carryover.column.shared"));
        int none = 0;
        for (Suggestion s : suggestions) {
            String title = ItemWords.shorten(s.from().title(), 24);
            if (s.noSuccessor()) {
                none++;
                t.row(s.from().code(), title, text("cli.carryover.none"), "", "");
            }
            for (int i = 0; i < s.proposals().size(); i++) {
                Proposal p = s.proposals().get(i);
                t.row(i == 0 ? s.from().code() : "", i == 0 ? title : "", p.to().code(), score(p.score()),
                        ItemWords.shorten(String.join(text("cli.progress.listSeparator"), p.shared()), 40));
            }
        }
        t.print(out());
        out().println(text("cli.carryover.suggest.done", suggestions.size(), suggestions.size() - none, none));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }

    static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    /** {"from": "5.3.6", "proposals": [{"to": "5.3.6", "score": 0.93, "shared": ["…"]}]} */
    static Map<String, Object> json(Suggestion s) {
        Map<String, Object> o = Json.object();
        o.put("from", s.from().code());
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Proposal p : s.proposals()) {
            Map<String, Object> po = Json.object();
            po.put("to", p.to().code());
            po.put("score", Math.round(p.score() * 100) / 100.0);
            po.put("shared", p.shared());
            proposals.add(po);
        }
        o.put("proposals", proposals);
        return o;
    }
}
