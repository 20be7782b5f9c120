package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code export SUBCOMMAND}: Excel workbooks — {@code summary}, the status summary workbook
 * managers send upward (总览, 台账, 按部门, 逾期清单, 指标),
 * and {@code table}, one of the app's tables as .xlsx or .csv ({@link ExportTableCommand}). Without a subcommand it shows them.
 */
@Command(name = "export",
        description = {"${bundle:cli.export.summary}", "", "${bundle:cli.export.description}"},
        subcommands = {ExportSummaryCommand.class, ExportTableCommand.class})
final class ExportCommand extends CommandGroup {
}
