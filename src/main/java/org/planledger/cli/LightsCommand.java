package org.planledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.Outcome;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.plan.TaskRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lights [--as-of DATE] [--plan ID]}: how many tasks and milestones have each light and
 * each outcome as of a date, then every item, worst light first. {@code lights --explain CODE}:
 * one task's light with every reason, and each of its milestones' lights with theirs.
 */
@Command(name = "lights",
        description = {"${bundle:cli.lights.summary}", "", "${bundle:cli.lights.description}"})
final class LightsCommand extends LedgerCommand {

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--explain", paramLabel = "CODE", descriptionKey = "cli.lights.explain")
    String explain;

    @Override
    public Integer call() {
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        PlanSummary plan;
        List<ItemLight> items;
        ItemWords words;
        try (Ledger ledger = openSeeded()) {
            ProgressStore progress = ledger.progress(clock());
            plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            asOf = ProgressArgs.asOf(asOfOption, plan, asOf);
            ProgressArgs.checkAsOf(asOf, plan);
            if (explain != null) {
                TaskRef task = ProgressArgs.task(ledger, plan, explain);
                items = progress.taskLights(task.id(), asOf);
            } else {
                items = progress.lights(plan.id(), asOf);
            }
            words = new ItemWords(messages(), ledger.departments().all(), items);
        }
        if (explain != null) {
            return explain(plan, asOf, items, words);
        }
        List<ItemLight> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((ItemLight il) -> il.verdict().light()));  // stable: plan order within a light
        Map<Light, Integer> byLight = ItemWords.byLight(items);
        Map<Outcome, Integer> byOutcome = ItemWords.byOutcome(items);
        long milestones = items.stream().filter(il -> il.item().isMilestone()).count();
        if (json) {
            Map<String, Object> o = head(plan, asOf);
            Map<String, Object> counts = Json.object();
            counts.put("items", items.size());
            counts.put("tasks", items.size() - milestones);
            counts.put("milestones", milestones);
            counts.put("byLight", ItemWords.json(byLight));
            counts.put("byOutcome", ItemWords.json(byOutcome));
            o.put("counts", counts);
            o.put("items", sorted.stream().map(words::json).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println(ProgressArgs.scope(messages(), plan));
        out().println();
        out().println(text("cli.lights.heading", asOf, items.size(), items.size() - milestones, milestones));
        out().println(text("cli.lights.byLight", words.lightCounts(byLight)));
        out().println(text("cli.lights.byOutcome", words.outcomeCounts(byOutcome)));
        out().println();
        TextTable t = TextTable.withHeaders(text("cli.progress.column.light"), text("cli.progress.column.code"),
                text("cli.progress.column.item"), text("cli.progress.column.lead"), text("cli.progress.column.due"),
                text("cli.progress.column.status"), text("cli.progress.column.reason"));
        for (ItemLight il : sorted) {
            ItemState s = il.item();
            t.row(words.light(il.verdict().light()), words.code(s), words.shortText(s), words.lead(s), words.date(s.due()),
                    words.status(s), words.reason(il.verdict()));
        }
        t.print(out());
        return ExitCodes.OK;
    }

    private int explain(PlanSummary plan, LocalDate asOf, List<ItemLight> items, ItemWords words) {
        ItemLight task = items.stream().filter(il -> !il.item().isMilestone()).findFirst().orElseThrow();
        List<ItemLight> milestones = items.stream().filter(il -> il.item().isMilestone()).toList();
        if (json) {
            Map<String, Object> o = head(plan, asOf);
            o.put("task", words.json(task));
            o.put("milestones", milestones.stream().map(words::json).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println(ProgressArgs.scope(messages(), plan));
        out().println(text("cli.lights.asOf", asOf));
        out().println();
        out().println(text("cli.lights.explain.task", task.item().code(), task.item().label()));
        print(task, words);
        if (milestones.isEmpty()) {
            out().println();
            out().println(text("cli.lights.explain.noMilestones"));
        }
        for (ItemLight il : milestones) {
            out().println();
            out().println(text("cli.lights.explain.milestone", String.valueOf(words.milestone(il.item())), il.item().label()));
            print(il, words);
        }
        return ExitCodes.OK;
    }

    /** The item's lead, due date, status, outcome and what was reported, then its light with every reason. */
    private void print(ItemLight il, ItemWords words) {
        ItemState s = il.item();
        List<String> details = new ArrayList<>();
        details.add(text("cli.lights.explain.lead", words.lead(s)));
        details.add(text("cli.lights.explain.due", words.date(s.due())));
        details.add(text("cli.lights.explain.status", words.status(s)));
        details.add(text("cli.lights.explain.outcome", words.outcome(il.verdict().outcome())));
        if (s.percent() != null) {
            details.add(text("cli.lights.explain.percent", s.percent()));
        }
        details.add(s.lastWritten() == null ? text("cli.lights.explain.neverWritten")
                : text("cli.lights.explain.lastWritten", s.lastWritten()));
        out().println("  " + String.join(text("cli.progress.reasonSeparator"), details));
        out().println("  " + words.explained(il.verdict()));
    }

    private Map<String, Object> head(PlanSummary plan, LocalDate asOf) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("planId", plan.id());
        o.put("planTitle", plan.title());
        o.put("asOf", asOf.toString());
        return o;
    }
}
