package org.planledger.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.planledger.i18n.Messages;

/**
 * "筛选：“…” ✕ 清除" beside a table's count while the view's words narrow it, so a short list
 * never looks like the whole ledger; the button shows every row again.
 */
public final class FilterChip {

    private FilterChip() {
    }

    public static Node of(StringProperty query, Messages messages, Subscriptions subs, String id) {
        Label words = new Label();
        words.setId(id + "-words");
        words.getStyleClass().add("filter-chip-words");
        subs.bind(words.textProperty(), Bindings.createStringBinding(
                () -> messages.get("ui.filter.chip", query.get() == null ? "" : query.get().strip()), query));
        Button clear = new Button(messages.get("ui.filter.clear"));
        clear.setId(id + "-clear");
        clear.getStyleClass().add("filter-chip-clear");
        clear.setTooltip(new Tooltip(messages.get("ui.filter.clear.tip")));
        clear.setOnAction(e -> query.set(""));
        HBox chip = new HBox(4, words, clear);
        chip.setId(id);
        chip.getStyleClass().add("filter-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        subs.bind(chip.visibleProperty(), Bindings.createBooleanBinding(
                () -> query.get() != null && !query.get().isBlank(), query));
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }
}
