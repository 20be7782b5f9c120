package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code package SUBCOMMAND}: department packages (任务包) — {@code export}, the manager issues
 * one per department; {@code open}, a liaison officer opens one into a department ledger;
 * {@code workbook}, the fill-in workbook for a department without PlanLedger
 * ({@link PackageWorkbookCommand}). Without a subcommand it shows them.
 */
@Command(name = "package",
        description = {"${bundle:cli.package.summary}", "", "${bundle:cli.package.description}"},
        subcommands = {PackageExportCommand.class, PackageOpenCommand.class, PackageWorkbookCommand.class})
final class PackageCommand extends CommandGroup {
}
