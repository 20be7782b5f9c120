package org.planledger.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.planledger.app.LedgerLocation;
import org.planledger.store.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command of the tree shares, the top one included: how its usage help is laid out
 * (picocli applies this class's {@code @Command} attributes under each subclass's own), and the
 * options each takes: which ledger, which language, help. The ledger and language may be given
 * before the command ({@code --ledger x stats}) or after it ({@code stats --ledger x}); after wins.
 */
@Command(synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        parameterListHeading = "%n${bundle:cli.usage.parameters}%n",
        optionListHeading = "%n${bundle:cli.usage.options}%n",
        commandListHeading = "%n${bundle:cli.usage.commands}%n",
        footerHeading = "%n",
        footer = "${bundle:cli.usage.footer}")
abstract class BaseCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", paramLabel = "FILE|URL", descriptionKey = "cli.option.ledger")
    String ledger;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    /**
     * The ledger named after this command, else after the nearest command it sits under
     * ({@code --ledger x report add} and {@code report --ledger x add} alike), else the user's
     * ledger in the data folder.
     */
    String ledgerArgument() {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            if (s.userObject() instanceof BaseCommand c && c.ledger != null) {
                return c.ledger;
            }
        }
        return null;
    }

    /** The team ledger named by {@code --ledger postgresql://…}; empty for a ledger file. */
    Optional<TeamAddress> team() {
        String named = ledgerArgument();
        return named != null && TeamAddress.isTeamAddress(named)
                ? Optional.of(TeamAddress.parse(named, System.getenv())) : Optional.empty();
    }

    /** The ledger as the output names it: the file's path, or the team ledger's address (never its password). */
    String ledgerLabel() {
        return team().map(TeamAddress::toString).orElseGet(() -> ledger().toAbsolutePath().normalize().toString());
    }

    /** The ledger file named, or the user's own (not meant for a team ledger: see {@link #team}). */
    Path ledger() {
        String named = ledgerArgument();
        return named == null ? LedgerLocation.defaultLedger() : Path.of(named);
    }
}
