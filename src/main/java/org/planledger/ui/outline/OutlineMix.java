package org.planledger.ui.outline;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.planledger.rollup.Percent;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.rollup.Tally;
import org.planledger.ui.common.LightBadge;

/**
 * A chapter's or section's progress in its outline row: a compact completion bar with the
 * percentage, and a small bar of its lights (red, yellow, green, grey side by side, each as wide
 * as its share). The tooltip spells the numbers out.
 */
final class OutlineMix {

    static final double WIDTH = 44;

    private final Messages messages;
    private final ProgressBar completion = new ProgressBar(0);
    private final Label percent = new Label();
    private final HBox lights = new HBox();
    private final Region[] parts = new Region[Light.values().length];
    private final HBox root;
    private final Tooltip tooltip = new Tooltip();

    OutlineMix(Messages messages) {
        this.messages = messages;
        completion.getStyleClass().add("outline-completion");
        completion.setPrefWidth(WIDTH);
        completion.setMaxHeight(8);
        percent.getStyleClass().add("outline-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        for (Light light : Light.values()) {
            Region part = new Region();
            part.getStyleClass().addAll("outline-light-part", LightBadge.styleClass(light));
            part.setMinHeight(8);
            part.setPrefHeight(8);
            part.setMaxHeight(8);
            parts[light.ordinal()] = part;
            lights.getChildren().add(part);
        }
        lights.getStyleClass().add("outline-lights");
        lights.setMinWidth(WIDTH);
        lights.setMaxWidth(WIDTH);
        lights.setAlignment(Pos.CENTER_LEFT);
        root = new HBox(4, completion, percent, lights);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("outline-mix");
        root.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(root, tooltip);
    }

    Node node() {
        return root;
    }

    /** Shows the counts; null hides the row's mix. */
    void show(Tally tally) {
        boolean shown = tally != null && tally.all().count() > 0;
        root.setVisible(shown);
        root.setManaged(shown);
        if (!shown) {
            return;
        }
        completion.setProgress(tally.completion() / 100.0);
        percent.setText(text(tally.completion()));
        int all = tally.all().count();
        for (Light light : Light.values()) {
            int n = tally.light(light).count();
            double w = WIDTH * n / all;
            parts[light.ordinal()].setMinWidth(w);
            parts[light.ordinal()].setPrefWidth(w);
            parts[light.ordinal()].setMaxWidth(w);
        }
        tooltip.setText(messages.get("ui.outline.mix", text(tally.completion()), tally.closed().count(), all,
                tally.light(Light.RED).count(), tally.light(Light.YELLOW).count(), tally.light(Light.GREEN).count(),
                tally.light(Light.GREY).count()));
    }

    /** The completion as the row shows it: 16.7%. */
    static String text(double value) {
        return Percent.text(value);
    }
}
