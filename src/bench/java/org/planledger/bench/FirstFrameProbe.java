package org.planledger.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.planledger.ui.common.FirstFrame;

/**
 * Time to first frame of the minimal window, the floor of the start benchmarks. When the JVM runs
 * with {@code -Dplanledger.firstFrameProbe=true}, {@link #install()} (called by
 * {@link MinimalWindow#main} before {@code Application.launch}) watches for the first window shown,
 * and when its first frame has been painted prints one line
 * {@code PLANLEDGER_FIRST_FRAME firstFrame=<ms> shown=<ms> main=<ms> method=<how>} (milliseconds
 * since JVM start) and exits. The app itself is timed by its own {@code --smoke} line.
 *
 * <p>"Painted" is {@link FirstFrame}'s, the same as {@code --smoke} reports: the rendered frame
 * from JavaFX's {@code PerformanceTracker} ({@code method=renderedFrame}), or where that cannot be
 * reached the end of the first layout pass after the window is shown ({@code method=pulse}).
 */
public final class FirstFrameProbe {

    public static final String PROPERTY = "planledger.firstFrameProbe";
    public static final String LINE_PREFIX = "PLANLEDGER_FIRST_FRAME";

    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static volatile long mainMs = -1;
    private static volatile long shownMs = -1;

    private FirstFrameProbe() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        // as FirstFrame.sinceStart(), without loading JavaFX classes for the main= stamp
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Watches for the first window; call from main() before Application.launch. */
    public static void install() {
        mainMs = sinceJvmStart();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (ARMED.compareAndSet(false, true)) {
                        arm(w);
                    }
                }
            }
        });
    }

    private static void arm(Window window) {
        shownMs = sinceJvmStart();
        if (window.getScene() != null) {
            watch(window.getScene());
        } else {
            window.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null && old == null) {
                    watch(scene);
                }
            });
        }
    }

    private static void watch(Scene scene) {
        FirstFrame.whenPainted(scene, FirstFrameProbe::report);
    }

    private static void report(long frame, String method) {
        if (!REPORTED.compareAndSet(false, true)) {
            return;
        }
        System.out.println(LINE_PREFIX + " firstFrame=" + frame + " shown=" + shownMs + " main=" + mainMs
                + " method=" + method);
        System.out.flush();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            System.exit(0);  // the app did not close by itself: do not let a benchmark run hang
        }, "first-frame-probe-exit");
        watchdog.setDaemon(true);
        watchdog.start();
        Platform.runLater(Platform::exit);
    }
}
