package org.planledger.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;

/**
 * Lights and statuses drawn the same way everywhere: a coloured dot with the light's name, and
 * a status pill. The colours live in planledger.css (.light-red …, .status-…).
 */
public final class LightBadge {

    private LightBadge() {
    }

    /** The style class of a light: light-red, light-yellow, light-green, light-grey. */
    public static String styleClass(Light light) {
        return "light-" + light.name().toLowerCase(Locale.ROOT);
    }

    /** The style class of a status: status-not-started, status-closed, … */
    public static String styleClass(TaskStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A dot in the light's colour. */
    public static Circle dot(Light light) {
        Circle dot = new Circle(6);
        dot.getStyleClass().addAll("light-dot", styleClass(light));
        return dot;
    }

    /** The dot with the light's name beside it. */
    public static Label label(Light light, Messages messages) {
        Label label = new Label(messages.get(light.messageKey()), dot(light));
        label.getStyleClass().add("light-label");
        return label;
    }

    /** Sets a label to show a light (for reuse in table cells); null clears it. */
    public static void show(Label label, Light light, Messages messages) {
        if (light == null) {
            label.setText(null);
            label.setGraphic(null);
            return;
        }
        label.setText(messages.get(light.messageKey()));
        label.setGraphic(dot(light));
    }

    /** A status pill. */
    public static Label status(TaskStatus status, Messages messages) {
        Label label = new Label(messages.get(status.messageKey()));
        label.getStyleClass().add(styleClass(status));
        return label;
    }
}
