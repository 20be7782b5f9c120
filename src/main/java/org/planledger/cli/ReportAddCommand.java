package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.model.Department;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.progress.ReportPeriodDefault;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.StoreException;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.plan.TaskRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report add --task CODE [--milestone N] --department NAME [--period P] --progress TEXT ...}:
 * writes one progress entry through the progress store and prints its number; without --period
 * the entry is for the report that is owed ({@link ReportPeriodDefault}), as in the app. The store checks
 * everything first (dates, percent, the department's part in the task, evidence files); a
 * refusal prints its reason, exits with 2 and leaves the ledger as it was.
 */
@Command(name = "add",
        description = {"${bundle:cli.report.add.summary}", "", "${bundle:cli.report.add.description}"})
final class ReportAddCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.report.add.task")
    String taskCode;

    @Option(names = "--milestone", paramLabel = "N", descriptionKey = "cli.report.add.milestone")
    Integer milestone;

    @Option(names = "--department", required = true, paramLabel = "NAME", descriptionKey = "cli.report.add.department")
    String departmentName;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "cli.report.add.period")
    String periodOption;

    @Option(names = "--written", paramLabel = "DATE", descriptionKey = "cli.report.add.written")
    String writtenOption;

    @Option(names = "--progress", required = true, paramLabel = "TEXT", descriptionKey = "cli.report.add.progress")
    String progressText;

    @Option(names = "--problems", paramLabel = "TEXT", descriptionKey = "cli.report.add.problems")
    String problems;

    @Option(names = "--next", paramLabel = "TEXT", descriptionKey = "cli.report.add.next")
    String nextSteps;

    @Option(names = "--percent", paramLabel = "N", descriptionKey = "cli.report.add.percent")
    Integer percent;

    @Option(names = "--evidence", paramLabel = "FILE", descriptionKey = "cli.report.add.evidence")
    List<Path> evidence = new ArrayList<>();

    @Option(names = "--supersedes", paramLabel = "ENTRY", descriptionKey = "cli.report.add.supersedes")
    Long supersedes;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Integer call() {
        LocalDate written = ProgressArgs.date("--written", writtenOption, LocalDate.now(clock()));
        long id;
        PlanSummary plan;
        ItemArg item;
        Department department;
        ReportingPeriod period;
        try (Ledger ledger = openSeeded()) {
            plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            TaskRef task = ProgressArgs.task(ledger, plan, taskCode);
            department = ProgressArgs.department(ledger, departmentName);
            item = ItemArg.of(ledger, task, milestone, messages());
            ProgressStore store = ledger.progress(clock());
            period = periodOption != null ? ProgressArgs.period(periodOption)
                    : ReportPeriodDefault.of(store.cycle(), store.today(), ProgressArgs.planStart(plan),
                            store.history(task.id(), store.today()).entries().stream()
                                    .map(ProgressHistory.Entry::period).toList());
            NewEntry entry = new NewEntry(item.key(), department.id(), period, written, progressText, problems, nextSteps,
                    percent, supersedes, evidence.stream().map(EvidenceFile::new).toList());
            try {
                id = store.addEntry(entry);
            } catch (StoreException e) {
                throw ReportCommand.refusal(e);
            }
        }
        TaskRef task = item.task();
        TaskDetail.MilestoneRow row = item.milestone();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("id", id);
            o.put("planId", plan.id());
            o.put("taskId", task.id());
            o.put("code", task.code());
            o.put("milestoneId", row == null ? null : row.id());
            o.put("milestone", row == null ? null : item.place());
            o.put("departmentId", department.id());
            o.put("department", department.name());
            o.put("period", period.code());
            o.put("periodStart", period.start().toString());
            o.put("periodEnd", period.end().toString());
            o.put("writtenOn", written.toString());
            o.put("percent", percent);
            o.put("supersedes", supersedes);
            o.put("evidence", evidence.stream().map(p -> new EvidenceFile(p).storedName()).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.report.add.done", String.valueOf(id), item.what(messages()), period.label(),
                department.shortName(), written));
        if (supersedes != null) {
            out().println(text("cli.report.add.supersedesLine", String.valueOf(supersedes)));
        }
        if (!evidence.isEmpty()) {
            out().println(text("cli.report.add.evidenceLine", evidence.size(),
                    String.join(text("cli.progress.listSeparator"),
                            evidence.stream().map(p -> new EvidenceFile(p).storedName()).toList())));
        }
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
