package org.planledger.cli;

import java.util.Arrays;
import java.util.Map;
import org.planledger.app.ImportReportWords;
import org.planledger.app.ImportReportWords.Count;
import org.planledger.app.TextTable;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerStats;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stats [--plan ID]}: chapters, sections, tasks, milestones by year, indicators by
 * attribute and tasks by status, for one plan or the whole ledger.
 */
@Command(name = "stats",
        description = {"${bundle:cli.stats.summary}", "", "${bundle:cli.stats.description}"})
final class StatsCommand extends LedgerCommand {

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.stats.plan")
    Long planId;

    @Override
    public Integer call() {
        LedgerStats stats;
        PlanSummary plan = null;
        try (Ledger ledger = openSeeded()) {
            if (planId != null) {
                plan = ledger.plans().plans().stream().filter(p -> p.id() == planId).findFirst()
                        .orElseThrow(() -> new CliException(Text.of("cli.error.noSuchPlan", planId,
                                ledgerLabel()), ExitCodes.BAD_INPUT));
            }
            stats = ledger.plans().stats(planId == null ? 0 : planId);
        }
        if (json) {
            Json.print(out(), json(stats, plan));
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println(plan == null ? text("cli.stats.scopeAll", stats.plans())
                : ProgressArgs.scope(messages(), plan));
        out().println();
        ImportReportWords words = new ImportReportWords(messages());
        TextTable t = TextTable.listing();
        t.row(words.label(Count.CHAPTERS), stats.chapters());
        t.row(words.label(Count.SECTIONS), stats.sections());
        t.row(words.label(Count.TASKS), stats.tasks());
        t.row(text("cli.count.withdrawnTasks"), stats.withdrawnTasks());
        t.row(words.label(Count.MILESTONES), stats.milestones());
        stats.milestonesByYear().forEach((year, n) -> t.row("  " + text("cli.year", year), n));
        t.row(words.label(Count.INDICATORS), stats.indicators());
        stats.indicatorsByAttribute().forEach((a, n) -> t.row("  " + words.attribute(attribute(a)), n));
        t.row(text("cli.count.tasksByStatus"), "");
        for (TaskStatus s : TaskStatus.values()) {
            t.row("  " + text(s.messageKey()), stats.tasksByStatus().getOrDefault(s.name(), 0));
        }
        t.print(out());
        return ExitCodes.OK;
    }

    /** The attribute the ledger stores by its name ("" for none). */
    private static IndicatorAttribute attribute(String name) {
        return Arrays.stream(IndicatorAttribute.values()).filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    private Map<String, Object> json(LedgerStats s, PlanSummary plan) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("planId", plan == null ? null : plan.id());
        o.put("plans", s.plans());
        o.put("chapters", s.chapters());
        o.put("sections", s.sections());
        o.put("tasks", s.tasks());
        o.put("withdrawnTasks", s.withdrawnTasks());
        o.put("milestones", s.milestones());
        o.put("milestonesByYear", ImportReportJson.byYear(s.milestonesByYear()));
        o.put("indicators", s.indicators());
        Map<String, Object> byAttribute = Json.object();
        s.indicatorsByAttribute().forEach((a, n) -> byAttribute.put(a.isEmpty() ? "NONE" : a, n));
        o.put("indicatorsByAttribute", byAttribute);
        Map<String, Object> byStatus = Json.object();
        for (TaskStatus st : TaskStatus.values()) {
            byStatus.put(st.name(), s.tasksByStatus().getOrDefault(st.name(), 0));
        }
        o.put("tasksByStatus", byStatus);
        return o;
    }
}
