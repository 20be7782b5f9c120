package org.planledger.bulletin;

import org.planledger.i18n.Text;

/** A report that cannot be written as asked, in the user's words; nothing was written. */
public final class BulletinException extends RuntimeException {

    private final transient Text problem;

    public BulletinException(Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
