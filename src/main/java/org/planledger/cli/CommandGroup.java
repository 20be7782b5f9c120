package org.planledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.planledger.app.AppClock;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A command that only groups subcommands ({@code assign}, {@code report}): without one it shows
 * them. {@link Member} gives its subcommands what {@link LedgerCommand} gives a command one level
 * up — picocli injects a {@code @ParentCommand} by type, and LedgerCommand's parent is the top
 * command, hence this twin.
 */
abstract class CommandGroup extends BaseCommand implements Runnable {

    @ParentCommand
    PlanLedgerCommand parent;

    /** No subcommand given: show the subcommands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A subcommand of a group: --json, the output streams, the user's words, the ledger (given
     * before the group, after it, or after the subcommand; the last one wins), opened seeded.
     */
    abstract static class Member extends BaseCommand implements Callable<Integer> {

        @ParentCommand
        CommandGroup group;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        Messages messages() {
            return group.parent.messages();
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
            Path file = ledger != null ? ledger : group.ledger(group.parent);
            return file.toAbsolutePath().normalize();
        }

        /** Where "today" comes from for the commands that write progress and decisions. */
        Clock clock() {
            return AppClock.get();
        }

        Ledger openSeeded() {
            return LedgerCommand.openSeeded(ledgerFile(), err(), messages());
        }
    }
}
