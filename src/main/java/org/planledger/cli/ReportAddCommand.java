package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.ItemKey;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.NewEntry;
import org.planledger.store.PlanSummary;
import org.planledger.store.StoreException;
import org.planledger.store.TaskDetail;
import org.planledger.store.TaskRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report add --task CODE [--milestone N] --department NAME --period P --progress TEXT ...}:
 * writes one progress entry through the progress store and prints its number. The store checks
 * everything first (dates, percent, the department's part in the task, evidence files); a
 * refusal prints its reason, exits with 2 and leaves the ledger as it was.
 */
@Command(name = "add",
        description = {"${bundle:cli.report.add.summary}", "", "${bundle:cli.report.add.description}"})
final class ReportAddCommand extends CommandGroup.Member implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return ledgerFile();
    }

    /** Below this, --milestone is a place among the task's milestones; from it on, a year. */
    static final int FIRST_YEAR = 1000;

    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.report.add.task")
    String taskCode;

    @Option(names = "--milestone", paramLabel = "N", descriptionKey = "cli.report.add.milestone")
    Integer milestone;

    @Option(names = "--department", required = true, paramLabel = "NAME", descriptionKey = "cli.report.add.department")
    String departmentName;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", descriptionKey = "cli.report.add.period")
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
        ReportingPeriod period = ProgressArgs.period(periodOption);
        LocalDate written = ProgressArgs.date("--written", writtenOption, LocalDate.now(clock()));
        long id;
        PlanSummary plan;
        TaskRef task;
        Department department;
        TaskDetail.MilestoneRow row = null;
        int place = 0;
        try (Ledger ledger = openSeeded()) {
            plan = ProgressArgs.plan(ledger, planId, ledgerFile());
            task = ProgressArgs.task(ledger, plan, taskCode);
            department = ProgressArgs.department(ledger, departmentName);
            if (milestone != null) {
                List<TaskDetail.MilestoneRow> rows = ledger.plans().task(task.id()).milestones();
                place = place(task, rows);
                row = rows.get(place - 1);
            }
            ItemKey item = row == null ? ItemKey.task(task.id()) : ItemKey.milestone(task.id(), row.id());
            NewEntry entry = new NewEntry(item, department.id(), period, written, progressText, problems, nextSteps,
                    percent, supersedes, evidence.stream().map(EvidenceFile::new).toList());
            try {
                id = ledger.progress(clock()).addEntry(entry);
            } catch (StoreException e) {
                throw ReportCommand.refusal(e);
            }
        }
        String what = row == null ? task.code() : text("cli.progress.milestoneCode", task.code(), String.valueOf(place));
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerFile().toString());
            o.put("id", id);
            o.put("planId", plan.id());
            o.put("taskId", task.id());
            o.put("code", task.code());
            o.put("milestoneId", row == null ? null : row.id());
            o.put("milestone", row == null ? null : place);
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
        out().println(text("cli.report.add.done", String.valueOf(id), what, period.label(), department.shortName(),
                written));
        if (supersedes != null) {
            out().println(text("cli.report.add.supersedesLine", String.valueOf(supersedes)));
        }
        if (!evidence.isEmpty()) {
            out().println(text("cli.report.add.evidenceLine", evidence.size(),
                    String.join(text("cli.progress.listSeparator"),
                            evidence.stream().map(p -> new EvidenceFile(p).storedName()).toList())));
        }
        out().println(text("cli.ledger", ledgerFile()));
        return ExitCodes.OK;
    }

    /** The 1-based place of the milestone --milestone names: its place, or the year of exactly one milestone. */
    private int place(TaskRef task, List<TaskDetail.MilestoneRow> rows) {
        String years = String.join(text("cli.progress.listSeparator"),
                rows.stream().map(r -> text("cli.year", r.year())).toList());
        if (rows.isEmpty()) {
            throw new CliException(Text.of("cli.report.error.noMilestones", task.code()), ExitCodes.BAD_INPUT);
        }
        if (milestone >= 1 && milestone <= rows.size()) {
            return milestone;
        }
        if (milestone >= FIRST_YEAR) {
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).year() == milestone) {
                    places.add(i + 1);
                }
            }
            if (places.size() == 1) {
                return places.get(0);
            }
            if (places.size() > 1) {
                throw new CliException(Text.of("cli.report.error.milestoneYearAmbiguous", task.code(),
                        String.valueOf(milestone), places.size()), ExitCodes.BAD_INPUT);
            }
        }
        throw new CliException(Text.of("cli.report.error.noSuchMilestone", task.code(), String.valueOf(milestone),
                rows.size(), years), ExitCodes.BAD_INPUT);
    }
}
