package org.planledger.cli;

import picocli.CommandLine.Command;

/** {@code status set}: the statuses the manager sets directly (推进中, 暂缓, 持续推进, 未启动), as in the app. */
@Command(name = "status",
        description = {"${bundle:cli.status.summary}", "", "${bundle:cli.status.description}"},
        subcommands = {StatusSetCommand.class})
final class StatusCommand extends CommandGroup {
}
