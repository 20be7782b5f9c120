package org.planledger.cli;

import org.planledger.store.TeamAddress;
import picocli.CommandLine.Option;

/** A {@code server} subcommand: it works on the team ledger at {@code --url}, not on a ledger file. */
abstract class ServerSubcommand extends LedgerCommand {

    @Option(names = "--url", required = true, paramLabel = "URL", descriptionKey = "cli.server.option.url")
    String url;

    /** The address; the password from the URL, else PGPASSWORD, else ~/.pgpass, as PostgreSQL's tools take it. */
    TeamAddress address() {
        return TeamAddress.parse(url, System.getenv());
    }
}
