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

    /**
     * Waits until {@code condition}, asked on the FX thread, holds. A condition that cannot be
     * asked yet — the node it looks at is not built, a list is being replaced — is asked again,
     * not failed: on a busy machine the window gets there later. The last such failure is
     * reported with the time-out.
     */
    public static void until(String what, Callable<Boolean> condition) {
        Throwable[] last = new Throwable[1];
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    last[0] = e.getCause();
                    return false;
                }
            });
        } catch (TimeoutException e) {
            AssertionError timedOut = new AssertionError("timed out waiting until " + what, e);
            if (last[0] != null) {
                timedOut.addSuppressed(last[0]);
            }
            throw timedOut;
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
        return clickOn(robot, query, () -> robot.lookup(query).queryAll());
    }

    /**
     * Clicks the first of the nodes {@code finder} answers that is really there to be clicked:
     * found on the FX thread, shown (it and every parent visible, in a window that is showing —
     * an earlier test's hidden window may hold a node with the same id), laid out and enabled,
     * with every pending pulse run first. A list being rebuilt, or a cell not laid out yet, is
     * waited for rather than clicked at its old place.
     */
    public static org.testfx.api.FxRobotInterface clickOn(org.testfx.api.FxRobot robot, String what,
                                                          Callable<? extends java.util.Collection<? extends javafx.scene.Node>> finder) {
        Callable<javafx.scene.Node> target = () -> finder.call().stream().filter(FxWait::clickable).findFirst().orElse(null);
        until(what + " can be clicked", () -> target.call() != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node node = onFx(target);
        if (node == null) {
            until(what + " can be clicked", () -> target.call() != null);
            node = onFx(target);
        }
        return robot.clickOn(node);
    }

    private static boolean clickable(javafx.scene.Node node) {
        if (node == null || node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing() || node.isDisabled()) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds b = node.localToScreen(node.getLayoutBounds());
        return b != null && b.getWidth() > 0 && b.getHeight() > 0;
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
