package org.planledger.ui.common;

/**
 * Runs {@link BackgroundTask}s: the work off the UI thread, the handlers on it. The app uses
 * one single-thread executor for all ledger and file work ({@link FxTaskExecutor}); view-model
 * tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** True on the thread where handlers run; view models assert it. */
    boolean isUiThread();

    /** Lets queued work finish, then stops taking new work. Does not wait. */
    void shutdown();
}
