package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;

/** {@code plans}: the plans the ledger holds. A ledger that does not exist yet is created with the shipped plan. */
@Command(name = "plans",
        description = {"${bundle:cli.plans.summary}", "", "${bundle:cli.plans.description}"})
final class PlansCommand extends LedgerCommand {

    @Override
    public Integer call() {
        List<PlanSummary> plans;
        try (Ledger ledger = openSeeded()) {
            plans = ledger.plans().plans();
        }
        if (json) {
            List<Object> list = new ArrayList<>();
            for (PlanSummary p : plans) {
                Map<String, Object> o = Json.object();
                o.put("id", p.id());
                o.put("title", p.title());
                o.put("documentNumber", p.documentNumber());
                o.put("startYear", p.startYear());
                o.put("endYear", p.endYear());
                o.put("tasks", p.tasks());
                o.put("state", p.state().name());
                o.put("closedOn", p.closedOn() == null ? null : p.closedOn().toString());
                o.put("sourceName", p.sourceName());
                o.put("importedAt", String.valueOf(p.importedAt()));
                o.put("updatedAt", String.valueOf(p.updatedAt()));
                list.add(o);
            }
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("plans", list);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println();
        if (plans.isEmpty()) {
            out().println(text("cli.plans.none"));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.plans.id"), text("cli.plans.title"), text("cli.plans.documentNumber"),
                        text("cli.plans.period"), text("cli.plans.tasks"), text("cli.plans.state"), text("cli.plans.importedAt"), text("cli.plans.updatedAt"))
                .align(0, TextTable.Align.RIGHT).align(4, TextTable.Align.RIGHT);
        for (PlanSummary p : plans) {
            t.row(p.id(), p.title(), p.documentNumber(), text("cli.period.short", p.startYear(), p.endYear()), p.tasks(),
                    text(p.state().messageKey()), messages().dateTime(p.importedAt()), messages().dateTime(p.updatedAt()));
        }
        t.print(out());
        out().println();
        out().println(text("cli.plans.total", plans.size()));
        return ExitCodes.OK;
    }
}
