package org.planledger.notice;

import org.planledger.i18n.Text;

/** A notice that cannot be issued as asked, in the user's words; nothing was registered or written. */
public final class NoticeException extends RuntimeException {

    private final transient Text problem;

    public NoticeException(Text problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
