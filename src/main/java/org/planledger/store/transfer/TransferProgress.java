package org.planledger.store.transfer;

import org.planledger.store.Ledger;

/**
 * How far a transfer is, in rows: each row counts three times (copied, then digested on each
 * side), so the bar reaches its end when the check does, not when the copy does.
 */
final class TransferProgress {

    private static final int DIGEST_STEP = 1000;

    private final Ledger.CopyProgress sink;
    private final long total;
    private long done;

    TransferProgress(Ledger.CopyProgress sink, long rows) {
        this.sink = sink;
        this.total = 3 * rows;
    }

    void copied(long rows) {
        done += rows;
        sink.copied(Math.min(done, total), total);
    }

    /** Told of every row a digest reads; passes it on every thousand rows. */
    void digested(long rowsOfTable) {
        if (rowsOfTable % DIGEST_STEP == 0) {
            copied(DIGEST_STEP);
        }
    }

    /** The rows of a digest not yet passed on, at its end. */
    void digestDone(long rowsOfTable) {
        copied(rowsOfTable % DIGEST_STEP);
    }
}
