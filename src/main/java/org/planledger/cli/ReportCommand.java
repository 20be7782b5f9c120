package org.planledger.cli;

import org.planledger.store.StoreException;
import picocli.CommandLine.Command;

/**
 * {@code report SUBCOMMAND}: progress reports (进展报送): write one ({@code add}), list a task's
 * ({@code list}), who has not reported for a period ({@code missing}), and the period's
 * 督查通报 in Word ({@code doc}). Without a subcommand it shows them. {@code export} and {@code import} carry reports between a
 * department ledger and the manager's ({@link ReportExportCommand}, {@link ReportImportCommand}).
 */
@Command(name = "report",
        description = {"${bundle:cli.report.summary}", "", "${bundle:cli.report.description}"},
        subcommands = {ReportAddCommand.class, ReportRequestCloseCommand.class, ReportListCommand.class, ReportMissingCommand.class,
                ReportDocCommand.class, ReportExportCommand.class, ReportImportCommand.class})
final class ReportCommand extends CommandGroup {

    /**
     * A refusal of the progress store (a bad date, a percent out of range, a department not on
     * the task, evidence missing or too large: nothing was written) is bad input, exit code 2;
     * any other store failure stays what it is (the ledger cannot be used).
     */
    static RuntimeException refusal(StoreException e) {
        if (e.problem().key().startsWith("progress.")) {
            return new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        return e;
    }
}
