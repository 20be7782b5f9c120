package org.planledger.ui.common;

/**
 * Runs each task and its handlers at once on the calling thread: view-model tests get their
 * results without a toolkit, a worker thread or waiting. Unhandled failures are rethrown.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception e) {
            task.failed(e, CurrentThreadTaskExecutor::rethrow);
            return;
        }
        task.succeeded(result);
    }

    private static void rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        throw new IllegalStateException(e);
    }

    @Override
    public boolean isUiThread() {
        return true;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
