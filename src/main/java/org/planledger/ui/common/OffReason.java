package org.planledger.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A control that is off says why when pointed at. A disabled control shows no tooltip of its own,
 * so it sits in a holder that carries the reason.
 */
public final class OffReason {

    /** Where a holder keeps the tooltip saying why its control is off. */
    public static final String KEY = "planledger.reasonOff";

    private OffReason() {
    }

    /** The control in its holder (id: the control's id + "-holder"), shown and laid out with it. */
    public static StackPane holder(Control control) {
        StackPane holder = new StackPane(control);
        holder.setId(control.getId() + "-holder");
        holder.visibleProperty().bind(control.visibleProperty());
        holder.managedProperty().bind(control.visibleProperty());
        return holder;
    }

    /** Turns a held control off with the reason as its holder's tooltip, or on again (reason null). */
    public static void set(Control control, String reason) {
        control.setDisable(reason != null);
        Node holder = control.getParent();
        Object shown = holder == null ? null : holder.getProperties().get(KEY);
        if (shown instanceof Tooltip t) {
            Tooltip.uninstall(holder, t);
            holder.getProperties().remove(KEY);
        }
        if (reason != null && holder != null) {
            Tooltip tip = new Tooltip(reason);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(holder, tip);
            holder.getProperties().put(KEY, tip);
        }
    }

    /** The reason a held control is off, as its tooltip says it; null when it is on. */
    public static String of(Control control) {
        Node holder = control.getParent();
        Object shown = holder == null ? null : holder.getProperties().get(KEY);
        return shown instanceof Tooltip t ? t.getText() : null;
    }
}
