package org.planledger.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one notice that the open ledger was written, whatever wrote it — an edit in a view, a
 * merge of reports, a package refresh, an import, a settings change. Every view that shows the
 * ledger hears it and reads again, so no path can leave a view behind. Told and heard on the UI
 * thread, after the write committed.
 */
public final class LedgerChanges {

    /**
     * One write.
     *
     * @param taskId the task whose edit it was, or 0 when it was not one task's
     * @param source the view model that made it (it shows the change already), or null
     */
    public record Change(long revision, long taskId, Object source) {
    }

    private final ObjectProperty<Change> last = new SimpleObjectProperty<>(this, "last", new Change(0, 0, null));

    /** Something was written from outside the views (a merge, a refresh, an import). */
    public void written() {
        written(0, null);
    }

    public void written(long taskId, Object source) {
        last.set(new Change(last.get().revision() + 1, taskId, source));
    }

    /** The latest write; listen to it to hear every one. */
    public ReadOnlyObjectProperty<Change> lastProperty() {
        return last;
    }
}
