package org.planledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.Light;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code due [--within DAYS] [--as-of DATE] [--department NAME] [--plan ID] [--year YYYY]}: the
 * tasks and milestones that are overdue or due within DAYS (30) as of DATE (today), overdue
 * first, each with its light, lead, due date, status, outcome and the reason for its light;
 * then how many have each light. Closed-out and suspended items are not due.
 */
@Command(name = "due",
        description = {"${bundle:cli.due.summary}", "", "${bundle:cli.due.description}"})
final class DueCommand extends LedgerCommand {

    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "30", descriptionKey = "cli.due.within")
    int within;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--department", paramLabel = "NAME", descriptionKey = "cli.due.department")
    String departmentOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.due.year")
    Integer year;

    @Override
    public Integer call() {
        if (within < 0) {
            throw new CliException(Text.of("cli.due.error.within", within), ExitCodes.BAD_INPUT);
        }
        if (year != null && (year < 1900 || year > 2999)) {
            throw new CliException(Text.of("cli.due.error.year", String.valueOf(year)), ExitCodes.BAD_INPUT);
        }
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        PlanSummary plan;
        Department department;
        List<ItemLight> all;
        ItemWords words;
        try (Ledger ledger = openSeeded()) {
            ProgressStore progress = ledger.progress(clock());
            plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            asOf = ProgressArgs.asOf(asOfOption, plan, asOf);
            ProgressArgs.checkAsOf(asOf, plan);
            department = ProgressArgs.department(ledger, departmentOption);
            all = progress.lights(plan.id(), asOf);
            words = new ItemWords(messages(), ledger.departments().all(), all);
        }
        List<ItemLight> due = new ArrayList<>();
        for (ItemLight il : Deadlines.overdueOrDueWithin(all, within)) {
            ItemState s = il.item();
            if ((department == null || (s.leadId() != null && s.leadId() == department.id()))
                    && (year == null || s.due().getYear() == year)) {
                due.add(il);
            }
        }
        long overdue = due.stream().filter(il -> il.verdict().daysToDue() < 0).count();
        long milestones = due.stream().filter(il -> il.item().isMilestone()).count();
        Map<Light, Integer> byLight = ItemWords.byLight(due);
        if (json) {
            Json.print(out(), json(plan, asOf, department, due, overdue, milestones, byLight, words));
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println(ProgressArgs.scope(messages(), plan));
        if (department != null || year != null) {
            List<String> filters = new ArrayList<>();
            if (department != null) {
                filters.add(text("cli.due.filterDepartment", department.shortName()));
            }
            if (year != null) {
                filters.add(text("cli.due.filterYear", String.valueOf(year)));
            }
            out().println(text("cli.due.filters", String.join(text("cli.progress.countSeparator"), filters)));
        }
        out().println();
        if (due.isEmpty()) {
            out().println(text("cli.due.none", asOf, within));
            return ExitCodes.OK;
        }
        out().println(text("cli.due.heading", asOf, overdue, due.size() - overdue, within, due.size() - milestones,
                milestones));
        out().println();
        TextTable t = TextTable.withHeaders(text("cli.progress.column.light"), text("cli.progress.column.code"),
                text("cli.progress.column.item"), text("cli.progress.column.lead"), text("cli.progress.column.due"),
                text("cli.progress.column.status"), text("cli.progress.column.outcome"), text("cli.progress.column.reason"));
        for (ItemLight il : due) {
            ItemState s = il.item();
            t.row(words.light(il.verdict().light()), words.code(s), words.shortText(s), words.lead(s), words.date(s.due()),
                    words.status(s), words.outcome(il.verdict().outcome()), words.reason(il.verdict()));
        }
        t.print(out());
        out().println();
        out().println(text("cli.due.total", due.size(), words.lightCounts(byLight)));
        return ExitCodes.OK;
    }

    private Map<String, Object> json(PlanSummary plan, LocalDate asOf, Department department, List<ItemLight> due,
                                     long overdue, long milestones, Map<Light, Integer> byLight, ItemWords words) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("planId", plan.id());
        o.put("planTitle", plan.title());
        o.put("asOf", asOf.toString());
        o.put("within", within);
        o.put("department", department == null ? null : department.name());
        o.put("year", year);
        Map<String, Object> counts = Json.object();
        counts.put("items", due.size());
        counts.put("overdue", overdue);
        counts.put("dueSoon", due.size() - overdue);
        counts.put("tasks", due.size() - milestones);
        counts.put("milestones", milestones);
        counts.put("byLight", ItemWords.json(byLight));
        o.put("counts", counts);
        List<Object> items = new ArrayList<>();
        for (ItemLight il : due) {
            Map<String, Object> j = words.json(il);
            j.put("overdue", il.verdict().daysToDue() < 0);
            items.add(j);
        }
        o.put("items", items);
        return o;
    }
}
