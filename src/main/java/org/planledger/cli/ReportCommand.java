package org.planledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report SUBCOMMAND}: progress reports (进展报送): write one ({@code add}), list a task's
 * ({@code list}), and who has not reported for a period ({@code missing}). Without a
 * subcommand it shows them.
 */
@Command(name = "report",
        description = {"${bundle:cli.report.summary}", "", "${bundle:cli.report.description}"},
        subcommands = {ReportAddCommand.class, ReportListCommand.class, ReportMissingCommand.class})
final class ReportCommand extends BaseCommand implements Runnable {

    @ParentCommand
    PlanLedgerCommand parent;

    /** No subcommand given: show the subcommands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * What every {@code report} subcommand shares, as {@link AssignCommand.Subcommand} does for
     * {@code assign}: --json, the output streams, the user's words, the ledger (given before
     * {@code report}, after it, or after the subcommand; the last one wins), opened seeded.
     */
    abstract static class Subcommand extends BaseCommand implements Callable<Integer> {

        @ParentCommand
        ReportCommand report;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        Messages messages() {
            return report.parent.messages();
        }

        String text(String key, Object... args) {
            return messages().get(key, args);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        Path ledgerFile() {
            Path file = ledger != null ? ledger : report.ledger(report.parent);
            return file.toAbsolutePath().normalize();
        }

        Ledger openSeeded() {
            return LedgerCommand.openSeeded(ledgerFile(), err(), messages());
        }
    }

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
