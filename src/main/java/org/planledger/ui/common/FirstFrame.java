package org.planledger.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;

/**
 * When a scene's first frame has been painted, for the start-up benchmark's probe and for
 * {@code --smoke}: one piece of code, so both measure the same thing.
 * <p>"Painted" comes from the render thread through JavaFX's {@code PerformanceTracker}
 * (TECH-NOTES §9): {@value #RENDERED_FRAME}. The class is internal; with JavaFX on the class
 * path ({@code java -jar planledger.jar}) nothing is encapsulated and reflection reaches it, on
 * the module path (a jlink image) it needs
 * {@code --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED}. Where it cannot be
 * reached, the first pulse after the scene is shown stands in for it ({@value #PULSE}), which
 * comes a little earlier than the painted frame.
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
        AtomicBoolean told = new AtomicBoolean();
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Method get = tracker.getMethod("getSceneTracker", Scene.class);
            Method onFrame = tracker.getMethod("setOnRenderedFrameTask", Runnable.class);
            Object t = get.invoke(null, scene);
            Runnable task = () -> {
                if (told.compareAndSet(false, true)) {
                    listener.painted(sinceStart(), RENDERED_FRAME);
                }
            };
            onFrame.invoke(t, task);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                if (told.compareAndSet(false, true)) {
                    listener.painted(sinceStart(), PULSE);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }
}
