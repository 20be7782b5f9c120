package org.planledger.cli;

/** What the command line's exit status means; the usage footer lists the same. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Something went wrong inside PlanLedger (a bug); the stack trace is on stderr. */
    public static final int INTERNAL = 1;
    /** Bad input: a wrong option, a document that cannot be imported, a plan the ledger does not hold. */
    public static final int BAD_INPUT = 2;
    /** The ledger cannot be used: not a ledger, written by a newer PlanLedger, unreadable or unwritable, or (for a command that writes) open in a PlanLedger window. */
    public static final int LEDGER = 3;

    private ExitCodes() {
    }
}
