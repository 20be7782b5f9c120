package org.planledger.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command takes: which ledger and which language. They may be given before
 * the command ({@code --ledger x stats}) or after it ({@code stats --ledger x}); after wins.
 */
public final class LedgerOptions {

    @Option(names = "--ledger", paramLabel = "FILE", descriptionKey = "cli.option.ledger")
    Path ledger;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    /** The ledger named here, else by the top-level command, else the user's ledger in the data folder. */
    public Path ledger(LedgerOptions outer) {
        if (ledger != null) {
            return ledger;
        }
        if (outer != null && outer.ledger != null) {
            return outer.ledger;
        }
        return org.planledger.app.LedgerLocation.defaultLedger();
    }
}
