package org.planledger.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.planledger.i18n.Text;

/**
 * A view's data read in the background when the view is shown and what it shows has changed
 * (the plan, the as-of day, progress). Only the latest load is shown: an older one that finishes
 * late is dropped. A failed load is reported and tried again next time.
 */
public final class LazyLoad<T> {

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final Text failure;
    private final Supplier<LedgerSession.LedgerWork<T>> work;
    private final Consumer<T> show;
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private boolean stale = true;
    private long loads;

    /**
     * @param work    makes the background work, on the UI thread (so it can read what is on screen)
     * @param show    puts the result on screen, on the UI thread
     * @param failure what the user is told when the load fails
     */
    public LazyLoad(LedgerSession session, ErrorReporter errors, Text failure,
                    Supplier<LedgerSession.LedgerWork<T>> work, Consumer<T> show) {
        this.session = session;
        this.errors = errors;
        this.failure = failure;
        this.work = work;
        this.show = show;
    }

    /** The view is on screen: loads unless what it shows is current. */
    public void activate() {
        if (stale) {
            load();
        }
    }

    /** What the view shows changed: loaded again when next shown. */
    public void markStale() {
        stale = true;
    }

    public void load() {
        LedgerSession.LedgerWork<T> job = work.get();
        long load = ++loads;
        stale = false;
        loading.set(true);
        session.task(job)
                .onSuccess(result -> {
                    if (load == loads) {
                        assert session.executor().isUiThread();
                        show.accept(result);
                        loading.set(false);
                    }
                })
                .onFailure(e -> {
                    if (load == loads) {
                        loading.set(false);
                        stale = true;
                        errors.report(failure, e);
                    }
                })
                .executeWith(session.executor());
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
