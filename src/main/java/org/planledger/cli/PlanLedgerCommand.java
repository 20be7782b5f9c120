package org.planledger.cli;

import org.planledger.bench.BenchCommand;
import org.planledger.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planledger}: the top of the command tree. Without a command the jar opens the app instead. */
@Command(name = "planledger",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = "${bundle:cli.usage.description}",
        optionListHeading = "%n${bundle:cli.usage.options}%n",
        commandListHeading = "%n${bundle:cli.usage.commands}%n",
        footerHeading = "%n",
        footer = "${bundle:cli.usage.footer}",
        subcommands = {ImportCommand.class, PlansCommand.class, StatsCommand.class, BenchCommand.class})
public final class PlanLedgerCommand implements Runnable {

    private final Messages messages;

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    public PlanLedgerCommand(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    LedgerOptions options() {
        return options;
    }

    /** No command given (only options): show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
