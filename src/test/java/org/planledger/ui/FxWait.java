package org.planledger.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.planledger.ui.common.LedgerSession;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests: poll a condition on the FX thread until it holds, or fail saying what was awaited. */
public final class FxWait {

    public static final long TIMEOUT_SECONDS = 20;

    private FxWait() {
    }

    public static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                    () -> Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Clicks the node a query finds, found on the FX thread: a lookup from the test thread can
     * trip over the scene graph while background results are being put on screen. Waits for the
     * node first: the window builds its views just after its first frame.
     */
    public static org.testfx.api.FxRobotInterface click(org.testfx.api.FxRobot robot, String query) {
        until(query + " is on screen", () -> robot.lookup(query).tryQuery().isPresent());
        javafx.scene.Node node = onFx(() -> robot.lookup(query).query());
        return robot.clickOn(node);
    }

    /** Runs work on the window's ledger, through its executor, and waits for the answer. */
    public static <T> T onLedger(LedgerSession session, LedgerSession.LedgerWork<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        session.task(work).onSuccess(answer::complete).onFailure(answer::completeExceptionally)
                .executeWith(session.executor());
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
