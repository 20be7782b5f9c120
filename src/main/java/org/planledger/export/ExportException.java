package org.planledger.export;

import org.planledger.i18n.Text;

/** An export that did not happen, in the user's words; nothing was left under the target's name. */
public final class ExportException extends RuntimeException {

    private final transient Text problem;

    public ExportException(Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
