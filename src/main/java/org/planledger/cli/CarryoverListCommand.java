package org.planledger.cli;

import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.store.Ledger;
import org.planledger.store.carryover.CarryoverLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code carryover list [--from N] [--to M]}: the carry-over links, by the earlier task's place; confirmed first. */
@Command(name = "list",
        description = {"${bundle:cli.carryover.list.summary}", "", "${bundle:cli.carryover.list.description}"})
final class CarryoverListCommand extends LedgerCommand {

    @Option(names = "--from", paramLabel = "PLAN", descriptionKey = "cli.carryover.option.from")
    Long fromPlan;

    @Option(names = "--to", paramLabel = "PLAN", descriptionKey = "cli.carryover.option.to")
    Long toPlan;

    @Override
    public Integer call() {
        List<CarryoverLink> links;
        try (Ledger ledger = openSeeded()) {
            if (fromPlan != null) {
                ProgressArgs.plan(ledger, fromPlan, ledgerLabel());
            }
            if (toPlan != null) {
                ProgressArgs.plan(ledger, toPlan, ledgerLabel());
            }
            links = ledger.carryover().links(fromPlan == null ? 0 : fromPlan, toPlan == null ? 0 : toPlan);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("links", links.stream().map(CarryoverListCommand::json).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        if (links.isEmpty()) {
            out().println(text("cli.carryover.list.empty"));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.carryover.column.from"), text("cli.carryover.column.state"),
                text("cli.carryover.column.to"), text("cli.carryover.column.score"), text("cli.carryover.column.why"),
                text("cli.carryover.column.by"), text("cli.carryover.column.at"));
        for (CarryoverLink l : links) {
            t.row(l.from().label(), text(l.state().messageKey()), l.to() == null ? "" : l.to().label(),
                    l.score() == null ? "" : CarryoverSuggestCommand.score(l.score()),
                    ItemWords.shorten(l.to() == null ? l.reason() : String.join(text("cli.progress.listSeparator"), l.shared()), 36),
                    l.decidedBy(), l.decidedAt().length() >= 10 ? l.decidedAt().substring(0, 10) : l.decidedAt());
        }
        t.print(out());
        return ExitCodes.OK;
    }

    /** What a decision did, in words or as JSON. */
    static void print(LedgerCommand command, CarryoverLink link, String doneKey) {
        if (command.json) {
            Map<String, Object> o = json(link);
            o.put("ledger", command.ledgerLabel());
            Json.print(command.out(), o);
            return;
        }
        command.out().println(command.text(doneKey, link.from().label(), link.to() == null ? link.reason() : link.to().label()));
        command.out().println(command.text("cli.ledger", command.ledgerLabel()));
    }

    static Map<String, Object> json(CarryoverLink l) {
        Map<String, Object> o = Json.object();
        o.put("from", l.from().code());
        o.put("fromPlan", l.from().planName());
        o.put("state", l.state().name());
        o.put("to", l.to() == null ? null : l.to().code());
        o.put("toPlan", l.to() == null ? null : l.to().planName());
        o.put("score", l.score() == null ? null : Math.round(l.score() * 100) / 100.0);
        o.put("shared", l.shared());
        o.put("reason", l.reason());
        o.put("decidedBy", l.decidedBy());
        o.put("decidedAt", l.decidedAt());
        return o;
    }
}
