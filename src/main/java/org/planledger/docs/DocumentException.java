package org.planledger.docs;

import org.planledger.i18n.Text;

/** A document that was not written, in the user's words; nothing was left under the target's name. */
public final class DocumentException extends RuntimeException {

    private final transient Text problem;

    public DocumentException(Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
