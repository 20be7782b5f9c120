package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.StoreException;
import picocli.CommandLine.Option;

/**
 * A command that writes a request or a decision on a task or one of its milestones
 * ({@code --task CODE [--milestone N]}), dated {@code --on} (default: today), through the same
 * progress store as the app: its checks and its words. A refusal exits with 2 and changes nothing.
 */
abstract class ItemCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.report.add.task")
    String taskCode;

    @Option(names = "--milestone", paramLabel = "N", descriptionKey = "cli.report.add.milestone")
    Integer milestone;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "cli.decide.on")
    String onOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Override
    public final Integer call() {
        LocalDate on = ProgressArgs.date("--on", onOption, LocalDate.now(clock()));
        String done;
        Map<String, Object> json;
        java.util.List<String> carriesOn;
        try (Ledger ledger = openSeeded()) {
            PlanSummary plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            ItemArg item = ItemArg.of(ledger, ProgressArgs.task(ledger, plan, taskCode), milestone, messages());
            json = Json.object();
            json.put("ledger", ledgerLabel());
            json.put("planId", plan.id());
            json.put("taskId", item.task().id());
            json.put("code", item.task().code());
            json.put("milestoneId", item.milestone() == null ? null : item.milestone().id());
            json.put("milestone", item.milestone() == null ? null : item.place());
            json.put("on", on.toString());
            try {
                done = write(ledger, ledger.progress(clock()), item, on, json);
            } catch (StoreException e) {
                throw ReportCommand.refusal(e);
            }
            carriesOn = ledger.carryover().predecessors(item.task().id()).stream().map(p -> p.label()).toList();
            json.put("carriesOn", carriesOn);
        }
        if (this.json) {
            Json.print(out(), json);
        } else {
            out().println(done);
            if (!carriesOn.isEmpty()) {
                out().println(text("cli.item.carriesOn", String.join(text("cli.progress.listSeparator"), carriesOn)));
            }
            out().println(text("cli.ledger", ledgerLabel()));
        }
        return ExitCodes.OK;
    }

    /** Writes through the store; returns what was done, in the user's words, and adds it to {@code json}. */
    abstract String write(Ledger ledger, ProgressStore store, ItemArg item, LocalDate on, Map<String, Object> json);
}
