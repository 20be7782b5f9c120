package org.planledger.cli;

import org.planledger.bench.BenchCommand;
import org.planledger.i18n.Messages;
import picocli.CommandLine.Command;

/** {@code planledger}: the top of the command tree. Without a command the jar opens the app instead. */
@Command(name = "planledger",
        description = "${bundle:cli.usage.description}",
        subcommands = {ImportCommand.class, PlansCommand.class, StatsCommand.class, AssignCommand.class,
                DepartmentsCommand.class, DueCommand.class, LightsCommand.class, ReportCommand.class,
                DecideCommand.class, StatusCommand.class,
                RollupCommand.class, IndicatorsCommand.class, ExportCommand.class, PackageCommand.class, BackupCommand.class,
                BenchCommand.class})
public final class PlanLedgerCommand extends BaseCommand implements Runnable {

    private final Messages messages;

    public PlanLedgerCommand(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** No command given (only options): show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
