package org.planledger.cli;

import java.util.function.Supplier;
import org.planledger.exchange.ExchangeException;
import org.planledger.store.StoreException;

/**
 * The exchange commands ({@code package}, {@code report export/import}): a package or report
 * that cannot be used, or a refusal of the store while exchanging, is bad input — its worded
 * problem on stderr, exit code 2. A ledger that cannot be opened at all is refused before this
 * (exit code 3).
 */
final class ExchangeProblems {

    private ExchangeProblems() {
    }

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (ExchangeException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        } catch (StoreException e) {
            throw new CliException(e.problem(), LEDGER_STATE.contains(e.problem().key()) ? ExitCodes.LEDGER : ExitCodes.BAD_INPUT);
        }
    }

    /** Refusals that are about the ledger or its disk, not about the files brought in. */
    private static final java.util.Set<String> LEDGER_STATE = java.util.Set.of("store.error.damagedLedger",
            "store.error.damagedLedgerNoBackup", "store.error.diskFull", "store.error.backupDiskFull");

    /**
     * Opening a package into a ledger file: a package that cannot be opened is bad input (2); a
     * target file that is no usable ledger (not a ledger, newer, unwritable) stays a store
     * failure, the ledger refused (3).
     */
    static <T> T runOpening(Supplier<T> work) {
        try {
            return work.get();
        } catch (ExchangeException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
    }
}
