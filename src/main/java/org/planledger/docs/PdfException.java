package org.planledger.docs;

import org.planledger.i18n.Text;

/**
 * A PDF that was not made, in the user's words. {@link #notInstalled()} is the one answer the
 * caller treats apart: no LibreOffice on this PC, so the user is sent to WPS or Word's 另存为 PDF.
 */
public final class PdfException extends RuntimeException {

    /** Why no PDF was made. */
    public enum Reason {
        /** LibreOffice is not installed (or not where it is looked for). */
        NOT_INSTALLED,
        /** The user gave up waiting or converting. */
        CANCELLED,
        /** LibreOffice did not finish in time and was stopped. */
        TIMED_OUT,
        /** LibreOffice ran and made no PDF, or the PDF could not be put in place. */
        FAILED
    }

    private final Reason reason;
    private final transient Text problem;

    public PdfException(Reason reason, Text problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.reason = reason;
        this.problem = problem;
    }

    public Reason reason() {
        return reason;
    }

    public boolean notInstalled() {
        return reason == Reason.NOT_INSTALLED;
    }

    public Text problem() {
        return problem;
    }
}
