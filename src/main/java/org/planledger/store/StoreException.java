package org.planledger.store;

import org.planledger.i18n.Text;

/** A ledger that cannot be opened or written; {@link #problem()} says why, in the user's words. */
public class StoreException extends RuntimeException {

    private final transient Text problem;

    public StoreException(Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args() + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.problem = problem;
    }

    public StoreException(Text problem) {
        this(problem, null);
    }

    public Text problem() {
        return problem;
    }
}
