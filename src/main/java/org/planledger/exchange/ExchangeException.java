package org.planledger.exchange;

import org.planledger.i18n.Text;

/** A package, report or workbook that cannot be used; {@link #problem()} says why, in the user's words. */
public class ExchangeException extends RuntimeException {

    private final transient Text problem;

    public ExchangeException(Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args() + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.problem = problem;
    }

    public ExchangeException(Text problem) {
        this(problem, null);
    }

    public Text problem() {
        return problem;
    }
}
