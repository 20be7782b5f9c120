package org.planledger.ui.common;

import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Dialogs that behave on Linux as everywhere else, around two faults of JavaFX 21's GTK glass
 * under window managers that honour size hints (Openbox, KDE, XFCE):
 * <ul>
 * <li>A modal dialog disables its owner by pinning the owner's size hints to the size it had
 * before it was maximised, so the maximised main window shrinks while the dialog is open
 * (JDK-8332222, fixed in JavaFX 23). Here the dialog is shown without the toolkit's modality
 * and the owner holds back its own input (and its close button) until the dialog is gone: to
 * the user it is as modal as before, and the main window keeps its state.</li>
 * <li>A window's size set before it is shown is lost: the dialog comes up 200×200 in a corner
 * (JDK-8316423, fixed in JavaFX 22). Here it is sized to its content and centred on its owner
 * again once it is on screen.</li>
 * </ul>
 * Nothing changes on Windows and macOS.
 */
public final class LinuxDialogs {

    /** Whether this is the GTK glass with the faults above (not the headless Monocle the tests run on). */
    public static final boolean GTK = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
            && !"Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));

    private LinuxDialogs() {
    }

    /** Call once the dialog has its owner, before it is shown. */
    public static void prepare(Dialog<?> dialog) {
        if (GTK) {
            keepOwnerState(dialog);
            sizeWhenShown(dialog);
        }
    }

    static void keepOwnerState(Dialog<?> dialog) {
        Window owner = dialog.getOwner();
        if (owner == null || dialog.isShowing() || dialog.getModality() == Modality.NONE) {
            return;
        }
        dialog.initModality(Modality.NONE);
        EventHandler<InputEvent> hold = e -> {
            e.consume();
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                // a click on the window below brings the dialog back, as a modal one stays in front
                Window shown = window(dialog);
                if (shown != null) {
                    shown.requestFocus();
                }
            }
        };
        EventHandler<WindowEvent> keepOpen = Event::consume;
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            owner.addEventFilter(InputEvent.ANY, hold);
            owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, keepOpen);
        });
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> {
            owner.removeEventFilter(InputEvent.ANY, hold);
            owner.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, keepOpen);
        });
    }

    private static void sizeWhenShown(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> {
            Window shown = window(dialog);
            if (shown == null || !shown.isShowing()) {
                return;
            }
            shown.sizeToScene();
            Window owner = dialog.getOwner();
            if (owner != null && owner.isShowing()) {
                shown.setX(owner.getX() + Math.max(0, (owner.getWidth() - shown.getWidth()) / 2));
                shown.setY(owner.getY() + Math.max(0, (owner.getHeight() - shown.getHeight()) / 3));
            }
        }));
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }
}
