package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code evaluation SUBCOMMAND}: a plan's final (or mid-term) evaluation — the departments'
 * fill-in workbooks ({@code workbook}) and their merge ({@code import}), the 终期评估报告
 * ({@code report}) and the evaluation tables ({@code tables}).
 */
@Command(name = "evaluation",
        description = {"${bundle:cli.evaluation.summary}", "", "${bundle:cli.evaluation.description}"},
        subcommands = {EvaluationWorkbookCommand.class, EvaluationImportCommand.class, EvaluationReportCommand.class,
                EvaluationTablesCommand.class})
final class EvaluationCommand extends CommandGroup {
}
