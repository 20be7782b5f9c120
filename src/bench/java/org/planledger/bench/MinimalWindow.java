package org.planledger.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start benchmarks: a JavaFX window with one Label (TECH-NOTES §9), launched
 * the same way as the app (a plain main class calling Application.launch) and timed by
 * {@link FirstFrameProbe}, which sees the painted frame as the app's {@code --smoke} does.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.install();
        }
        Application.launch(Fx.class, args);
    }

    /** The window itself. */
    public static final class Fx extends Application {
        @Override
        public void start(Stage stage) {
            // benchmark stimulus, not UI text: the same Label as the floor measured in TECH-NOTES §9
            stage.setScene(new Scene(new StackPane(new Label("第一帧 first frame")), 640, 480));
            stage.setTitle("first frame");
            stage.show();
        }
    }
}
