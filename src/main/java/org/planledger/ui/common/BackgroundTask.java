package org.planledger.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to run off the FX thread, with what to do on the FX thread when it succeeds or fails.
 * Built fluently, then handed to a {@link TaskExecutor}:
 * {@code BackgroundTask.wrap(() -> store.plans()).onSuccess(plans::setAll).executeWith(executor)}.
 */
public final class BackgroundTask<T> {

    /** The work itself; it runs on the executor's thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Runs on the UI thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs on the UI thread with the failure; without one, the executor's fallback reports it. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    T call() throws Exception {
        return work.call();
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error, Consumer<Throwable> fallback) {
        if (error instanceof LedgerSession.Closed) {
            return;
        }
        (onFailure != null ? onFailure : fallback).accept(error);
    }
}
