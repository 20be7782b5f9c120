package org.planledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressHistory.Entry;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.plan.TaskRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report list CODE [--as-of DATE]}: a task's progress entries as recorded by the date,
 * oldest first, each with its period, department, milestone, percent, evidence file names and
 * what corrects what (an entry is never changed: a correcting entry supersedes it).
 */
@Command(name = "list",
        description = {"${bundle:cli.report.list.summary}", "", "${bundle:cli.report.list.description}"})
final class ReportListCommand extends LedgerCommand {

    /** Columns the progress text may take in the table. */
    static final int PROGRESS_COLUMNS = 40;

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.report.list.code")
    String code;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Integer call() {
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        PlanSummary plan;
        TaskRef task;
        ProgressHistory history;
        Map<Long, Integer> places = new HashMap<>();
        try (Ledger ledger = openSeeded()) {
            plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            ProgressArgs.checkAsOf(asOf, plan);
            task = ProgressArgs.task(ledger, plan, code);
            List<TaskDetail.MilestoneRow> rows = ledger.plans().task(task.id()).milestones();
            for (int i = 0; i < rows.size(); i++) {
                places.put(rows.get(i).id(), i + 1);
            }
            history = ledger.progress(clock()).history(task.id(), asOf);
        }
        List<Entry> entries = history.entries();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("planId", plan.id());
            o.put("taskId", task.id());
            o.put("code", task.code());
            o.put("title", task.title());
            o.put("asOf", asOf.toString());
            List<Object> list = new ArrayList<>();
            for (Entry e : entries) {
                Map<String, Object> j = Json.object();
                j.put("id", e.id());
                j.put("uid", e.uid());
                j.put("milestoneId", e.milestoneId());
                j.put("milestone", e.milestoneId() == null ? null : places.get(e.milestoneId()));
                j.put("departmentId", e.departmentId());
                j.put("department", e.departmentName());
                j.put("period", e.period().code());
                j.put("periodStart", e.period().start().toString());
                j.put("periodEnd", e.period().end().toString());
                j.put("writtenOn", e.writtenOn().toString());
                j.put("progress", e.progress());
                j.put("problems", e.problems());
                j.put("nextSteps", e.nextSteps());
                j.put("percent", e.percent());
                j.put("supersedes", e.supersedes());
                j.put("supersededBy", e.supersededBy());
                j.put("current", e.supersededBy() == null);
                j.put("evidence", e.evidence().stream().map(ReportListCommand::evidence).toList());
                j.put("recordedAt", e.recordedAt().toString());
                list.add(j);
            }
            o.put("entries", list);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println(ProgressArgs.scope(messages(), plan));
        out().println(text("cli.report.list.task", task.code(), task.title()));
        out().println();
        if (entries.isEmpty()) {
            out().println(text("cli.report.list.none", asOf));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.report.list.column.id"), text("cli.report.list.column.written"),
                        text("cli.report.list.column.period"), text("cli.report.list.column.department"),
                        text("cli.report.list.column.item"), text("cli.report.list.column.percent"),
                        text("cli.report.list.column.progress"), text("cli.report.list.column.evidence"),
                        text("cli.report.list.column.correction"))
                .align(0, TextTable.Align.RIGHT).align(5, TextTable.Align.RIGHT);
        String separator = text("cli.progress.listSeparator");
        int superseded = 0;
        for (Entry e : entries) {
            List<String> marks = new ArrayList<>();
            if (e.supersedes() != null) {
                marks.add(text("cli.report.list.corrects", String.valueOf(e.supersedes())));
            }
            if (e.supersededBy() != null) {
                marks.add(text("cli.report.list.correctedBy", String.valueOf(e.supersededBy())));
                superseded++;
            }
            String item = e.milestoneId() == null ? text("cli.report.list.wholeTask")
                    : text("cli.report.list.milestone", String.valueOf(places.getOrDefault(e.milestoneId(), 0)));
            t.row(e.id(), messages().date(e.writtenOn()), messages().format(e.period().label()), e.departmentName(), item,
                    e.percent() == null ? "" : e.percent() + "%", ItemWords.shorten(e.progress(), PROGRESS_COLUMNS),
                    String.join(separator, e.evidence().stream().map(ProgressHistory.Evidence::name).toList()),
                    String.join(separator, marks));
        }
        t.print(out());
        out().println();
        out().println(text("cli.report.list.total", entries.size(), superseded, asOf));
        return ExitCodes.OK;
    }

    private static Map<String, Object> evidence(ProgressHistory.Evidence v) {
        Map<String, Object> j = Json.object();
        j.put("id", v.id());
        j.put("name", v.name());
        j.put("size", v.size());
        j.put("sha256", v.sha256());
        return j;
    }
}
