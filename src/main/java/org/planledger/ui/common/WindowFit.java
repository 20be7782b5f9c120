package org.planledger.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog whose content grew (a result shown, a list lengthened) takes its new size once laid
 * out, and on a small screen moves up so its buttons stay in sight.
 */
public final class WindowFit {

    private WindowFit() {
    }

    /** Refits the window that shows {@code node}, after the next layout; nothing while it is not shown. */
    public static void refit(Node node) {
        Platform.runLater(() -> {
            if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
                return;
            }
            Window w = node.getScene().getWindow();
            w.sizeToScene();
            Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                    Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            if (w.getY() + w.getHeight() > screen.getMaxY()) {
                w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
            }
        });
    }
}
