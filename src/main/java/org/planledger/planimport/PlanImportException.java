package org.planledger.planimport;

import org.planledger.i18n.Text;

/** A plan document that cannot be imported; {@link #problem()} says why and where, in the user's words. */
public class PlanImportException extends RuntimeException {

    private final transient Text problem;

    public PlanImportException(Text problem) {
        this(problem, null);
    }

    public PlanImportException(Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
