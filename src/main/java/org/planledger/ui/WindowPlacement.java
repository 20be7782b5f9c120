package org.planledger.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.planledger.app.Settings;

/**
 * Where the main window opens and how big: where the user left it (its size and place before it
 * was maximised, and whether it was), as long as that is still on a screen; otherwise a size
 * that fits the primary screen's work area — 1280×800 where there is room, all of it on a
 * 1366×768 laptop at 125 % (1093×614 logical pixels less the taskbar), centred.
 */
final class WindowPlacement {

    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** How much of the window's top (its title bar) must be on a screen for it to be reachable there. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 24;

    static final Settings.Key X = new Settings.Key("window.x", "");
    static final Settings.Key Y = new Settings.Key("window.y", "");
    static final Settings.Key WIDTH = new Settings.Key("window.width", "");
    static final Settings.Key HEIGHT = new Settings.Key("window.height", "");
    static final Settings.Key MAXIMIZED = new Settings.Key("window.maximized", "false");

    private final Settings settings;
    /** The window's bounds when last neither maximised nor iconified: what a restart restores. */
    private Rectangle2D normal;
    private boolean snapshotQueued;
    /** The bounds the window was given before it was shown. */
    private Rectangle2D placed;

    WindowPlacement(Settings settings) {
        this.settings = settings;
    }

    /** The size for a work area: the preferred one where it fits, else the whole area; centred. */
    static Rectangle2D defaultBounds(Rectangle2D workArea) {
        double w = Math.min(PREFERRED_WIDTH, workArea.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, workArea.getHeight());
        return new Rectangle2D(workArea.getMinX() + (workArea.getWidth() - w) / 2,
                workArea.getMinY() + (workArea.getHeight() - h) / 2, w, h);
    }

    /**
     * The saved bounds if the window's title bar would be on one of the screens (a second monitor
     * unplugged since, a changed resolution), made to fit that screen; empty otherwise.
     */
    static Optional<Rectangle2D> restorable(Rectangle2D saved, List<Rectangle2D> workAreas) {
        Rectangle2D grip = new Rectangle2D(saved.getMinX() + Math.max(0, (saved.getWidth() - GRIP_WIDTH) / 2),
                saved.getMinY(), Math.min(GRIP_WIDTH, saved.getWidth()), Math.min(GRIP_HEIGHT, saved.getHeight()));
        for (Rectangle2D area : workAreas) {
            if (area.intersects(grip)) {
                double w = Math.min(saved.getWidth(), area.getWidth());
                double h = Math.min(saved.getHeight(), area.getHeight());
                double x = Math.max(area.getMinX(), Math.min(saved.getMinX(), area.getMaxX() - w));
                double y = Math.max(area.getMinY(), Math.min(saved.getMinY(), area.getMaxY() - h));
                return Optional.of(new Rectangle2D(x, y, w, h));
            }
        }
        return Optional.empty();
    }

    /** Where the window goes: where it was left if that is on a screen, else the default for the primary screen. */
    Rectangle2D initialBounds() {
        if (placed == null) {
            List<Rectangle2D> areas = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
            placed = saved().flatMap(s -> restorable(s, areas))
                    .orElseGet(() -> defaultBounds(Screen.getPrimary().getVisualBounds()));
        }
        return placed;
    }

    /** Sizes and places the stage before it is shown, and follows its bounds from then on. */
    void place(Stage stage) {
        Rectangle2D bounds = initialBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        if (!org.planledger.ui.common.LinuxDialogs.GTK) {
            // on GTK the size comes from the scene (sized to the bounds) and is set again once shown
            // (afterShown): a stage size set before showing was lost, and the window not painted
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        normal = bounds;
        if (Boolean.parseBoolean(settings.get(MAXIMIZED))) {
            stage.setMaximized(true);
        }
        Runnable changed = () -> follow(stage);
        stage.xProperty().addListener(o -> changed.run());
        stage.yProperty().addListener(o -> changed.run());
        stage.widthProperty().addListener(o -> changed.run());
        stage.heightProperty().addListener(o -> changed.run());
    }

    /**
     * Once the window is on screen, its bounds again: JavaFX 21 on Linux loses a size set before
     * the window is shown under most window managers (JDK-8316423, fixed in JavaFX 22), and the
     * window came up at its minimum size. A maximised window is left as it is.
     */
    void afterShown(Stage stage) {
        Rectangle2D wanted = placed;
        if (org.planledger.ui.common.LinuxDialogs.GTK && wanted != null && !stage.isMaximized() && !stage.isIconified()) {
            // the stage may still report the size it asked for: a size it already has is not sent again
            stage.setWidth(wanted.getWidth() - 1);
            stage.setHeight(wanted.getHeight() - 1);
            stage.setX(wanted.getMinX());
            stage.setY(wanted.getMinY());
            stage.setWidth(wanted.getWidth());
            stage.setHeight(wanted.getHeight());
        }
    }

    /**
     * Takes the bounds once the window has settled: a window being maximised reports its new size
     * before it says it is maximised, and that size is not the one to restore.
     */
    private void follow(Stage stage) {
        if (snapshotQueued) {
            return;
        }
        snapshotQueued = true;
        Platform.runLater(() -> {
            snapshotQueued = false;
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0
                    && stage.getHeight() > 0) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        });
    }

    /** Writes the window's state into the settings (the caller saves them). */
    void store(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        if (normal != null) {
            settings.set(X, number(normal.getMinX()));
            settings.set(Y, number(normal.getMinY()));
            settings.set(WIDTH, number(normal.getWidth()));
            settings.set(HEIGHT, number(normal.getHeight()));
        }
        settings.set(MAXIMIZED, String.valueOf(stage.isMaximized()));
    }

    private Optional<Rectangle2D> saved() {
        try {
            double w = Double.parseDouble(settings.get(WIDTH));
            double h = Double.parseDouble(settings.get(HEIGHT));
            if (w <= 0 || h <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Rectangle2D(Double.parseDouble(settings.get(X)), Double.parseDouble(settings.get(Y)),
                    w, h));
        } catch (NumberFormatException e) {
            // never saved, or edited by hand: the default size
            return Optional.empty();
        }
    }

    private static String number(double value) {
        return String.valueOf(Math.round(value));
    }
}
