package org.planledger.export;

/** Told how far a long export has come; asked whether the user cancelled it. */
public interface ExportProgress {

    /** {@code done} of {@code total} rows written. */
    void update(long done, long total);

    /** True when the export should stop; the target is then left as it was. */
    boolean cancelled();

    /** No progress shown, never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
