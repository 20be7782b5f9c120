package org.planledger.cli;

import java.time.Clock;
import java.util.List;
import org.planledger.i18n.Messages;
import picocli.CommandLine.Command;

/**
 * {@code planledger}: the top of the command tree. Without a command the jar opens the app instead.
 * Its commands are not in the annotation: {@link Cli} adds only the one a run names (picocli reads
 * every command class it is given by reflection, which cost most of a command's start).
 */
@Command(name = "planledger",
        description = "${bundle:cli.usage.description}")
public final class PlanLedgerCommand extends BaseCommand implements Runnable {

    /** The commands, in the order the usage help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, PlansCommand.class, StatsCommand.class,
            AssignCommand.class, DepartmentsCommand.class, DueCommand.class, LightsCommand.class, ReportCommand.class,
            DecideCommand.class, StatusCommand.class,
            RollupCommand.class, IndicatorsCommand.class, ExportCommand.class, PackageCommand.class, BackupCommand.class,
            ServerCommand.class, NoticeCommand.class, EvaluationCommand.class);

    private final Messages messages;
    private final Clock clock;

    public PlanLedgerCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public Messages messages() {
        return messages;
    }

    /** The clock the entry point passed in: "today" for every command, the time stamped on records. */
    public Clock clock() {
        return clock;
    }

    /** No command given (only options): show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
