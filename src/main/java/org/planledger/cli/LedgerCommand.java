package org.planledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planledger.app.LedgerLock;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import picocli.CommandLine.Option;

/**
 * What every command on a ledger shares, at any depth of the tree ({@code stats}, {@code report
 * add}): --json besides the common options, output streams, the user's words, the ledger file.
 * Each command adds only its name, description and own options.
 */
abstract class LedgerCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    /** The top command, whichever level this one sits at: it holds the user's words and the clock. */
    private PlanLedgerCommand top() {
        return (PlanLedgerCommand) spec.root().userObject();
    }

    Messages messages() {
        return top().messages();
    }

    Clock clock() {
        return top().clock();
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

    /** The ledger file; a command that works on files only says so for a team ledger. */
    Path ledgerFile() {
        team().ifPresent(t -> {
            throw new CliException(Text.of("cli.ledger.fileOnly", spec.qualifiedName(), t.toString()), ExitCodes.BAD_INPUT);
        });
        return ledger().toAbsolutePath().normalize();
    }

    /** The file a writing command holds while it runs ({@link WritesLedger}); none for a team ledger, whose server orders writes. */
    Path lockTarget() {
        return team().isPresent() ? null : ledgerFile();
    }

    /**
     * Opens the ledger, creating it if it does not exist yet; a ledger without any plan gets the
     * shipped plan, as on the app's first start (said on stderr, so --json output stays clean).
     * A team ledger is connected to as it is: {@code server init} and {@code server push} fill it.
     */
    Ledger openSeeded() {
        Optional<TeamAddress> team = team();
        if (team.isPresent()) {
            return TeamLogin.open(team.get(), clock(), messages());
        }
        return openSeeded(ledgerFile(), err(), messages(), clock());
    }

    /**
     * Opens a ledger that must exist already (a file missing is {@code missingKey}, with its path),
     * or connects to the team ledger.
     */
    Ledger openExisting(String missingKey) {
        Optional<TeamAddress> team = team();
        if (team.isPresent()) {
            return TeamLogin.open(team.get(), clock(), messages());
        }
        if (!Files.exists(ledgerFile())) {
            throw new CliException(Text.of(missingKey, ledgerFile().toString()), ExitCodes.BAD_INPUT);
        }
        return open(ledgerFile(), clock());
    }

    /**
     * Opens the ledger at {@code file}, creating it if needed; a ledger without any plan gets the
     * shipped plan, as on the app's first start, and says so on {@code err} (not while a window
     * has it open: the window seeds it).
     */
    static Ledger openSeeded(Path file, PrintWriter err, Messages messages, Clock clock) {
        refuseEmpty(file);
        boolean existed = Files.exists(file);
        if (existed && LedgerLock.isHeldElsewhere(file)) {
            // a window has it open and has prepared it: reading must not race the window's first seeding
            // (a writing command's own hold is no reason to skip it: seeding would then depend on which command ran first)
            return Ledger.open(file, clock);
        }
        Ledger ledger = Ledger.open(file, clock);
        if (ledger.isReadOnly()) {
            return ledger; // shown as it is: nothing can be seeded into a ledger that cannot be written
        }
        try {
            boolean hadPlans = !ledger.plans().plans().isEmpty();
            if (LedgerStartup.prepare(ledger) && !hadPlans) {
                err.println(messages.get(existed ? "cli.ledger.seeded" : "cli.ledger.created", file));
            }
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        return ledger;
    }

    /** Opens the ledger at {@code file} as it is, creating it if missing, refusing an empty file. */
    static Ledger open(Path file, Clock clock) {
        refuseEmpty(file);
        return Ledger.open(file, clock);
    }

    /**
     * An existing file of 0 bytes is no ledger: a copy or a save cut short leaves one. Filling it
     * with a fresh ledger would hide that the office's ledger is gone, so it is refused as it is.
     */
    static void refuseEmpty(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new CliException(emptyWords(file), ExitCodes.LEDGER);
            }
        } catch (java.io.IOException e) {
            // unreadable: opening it says why
        }
    }

    /** Why an empty ledger file is refused, and how to mend it: the newest backup that passes the check, by name. */
    static org.planledger.i18n.Text emptyWords(Path file) {
        return org.planledger.store.backup.Backups.newestIntact(file)
                .map(b -> org.planledger.i18n.Text.of("cli.ledger.emptyRestore", file.toString(), b.getFileName().toString()))
                .orElse(org.planledger.i18n.Text.of("cli.ledger.empty", file.toString()));
    }
}
