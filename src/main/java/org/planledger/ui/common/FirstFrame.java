package org.planledger.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/**
 * When a scene's first frame has been painted — or the first frame that shows something — for the
 * start-up benchmark's probe and for {@code --smoke}: one piece of code, so both measure the same thing.
 * <p>"Painted" comes from the render thread through JavaFX's {@code PerformanceTracker}
 * (TECH-NOTES §9): {@value #RENDERED_FRAME}. The class is internal; with JavaFX on the class
 * path ({@code java -jar planledger.jar}) nothing is encapsulated and reflection reaches it, on
 * the module path (a jlink image) it needs
 * {@code --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED}. Where it cannot be
 * reached, the end of the layout pass stands in for it ({@value #PULSE}), which comes a little
 * earlier than the painted frame.
 */
public final class FirstFrame {

    public static final String RENDERED_FRAME = "renderedFrame";
    public static final String PULSE = "pulse";

    /** Told once, on the render thread or the FX thread, when the frame was painted and how that was seen. */
    @FunctionalInterface
    public interface Listener {
        void painted(long sinceStartMs, String method);
    }

    private FirstFrame() {
    }

    /**
     * Milliseconds since the JVM started ({@code RuntimeMXBean.getStartTime()}). Under an
     * installer's native launcher that is the start of the JVM inside the launcher process, a few
     * milliseconds after the process itself.
     */
    public static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Calls {@code listener} once, when the scene's first frame has been painted. */
    public static void whenPainted(Scene scene, Listener listener) {
        whenPainted(scene, () -> true, listener);
    }

    /**
     * Calls {@code listener} once, when the first frame has been painted whose layout pass ended
     * with {@code shown} true (asked on the FX thread after every layout pass). The render of the
     * frame before may still be under way when a layout pass ends, so the time told can be one frame early.
     */
    public static void whenPainted(Scene scene, BooleanSupplier shown, Listener listener) {
        Frames frames = (Frames) scene.getProperties().computeIfAbsent(Frames.class, k -> new Frames(scene));
        frames.waiting.add(new Waiter(shown, listener));
    }

    /** Everything waited for on one scene: JavaFX keeps one rendered-frame task per scene. */
    private static final class Frames {
        final List<Waiter> waiting = new CopyOnWriteArrayList<>();
        private final boolean tracked;

        Frames(Scene scene) {
            tracked = trackRenderedFrames(scene, this::rendered);
            scene.addPostLayoutPulseListener(this::laidOut);
        }

        private void laidOut() {
            for (Waiter w : waiting) {
                if (!w.ready && w.shown.getAsBoolean()) {
                    w.ready = true;
                    if (!tracked) {
                        tell(w, PULSE);
                    }
                }
            }
        }

        private void rendered() {
            for (Waiter w : waiting) {
                if (w.ready) {
                    tell(w, RENDERED_FRAME);
                }
            }
        }

        private void tell(Waiter w, String method) {
            if (w.told.compareAndSet(false, true)) {
                waiting.remove(w);
                w.listener.painted(sinceStart(), method);
            }
        }

        private static boolean trackRenderedFrames(Scene scene, Runnable onFrame) {
            try {
                Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
                Method get = tracker.getMethod("getSceneTracker", Scene.class);
                Method set = tracker.getMethod("setOnRenderedFrameTask", Runnable.class);
                set.invoke(get.invoke(null, scene), onFrame);
                return true;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    private static final class Waiter {
        final BooleanSupplier shown;
        final Listener listener;
        final AtomicBoolean told = new AtomicBoolean();
        volatile boolean ready;

        Waiter(BooleanSupplier shown, Listener listener) {
            this.shown = shown;
            this.listener = listener;
        }
    }
}
