package org.planledger.ui.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/** A row of radio buttons over some values (null among them allowed): 通过 / 退回, 红灯 / … / 按规则. */
final class Choice<T> {

    private final List<T> values;
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> buttons = new ArrayList<>();
    private final FlowPane node = new FlowPane(12, 6);

    Choice(String id, List<T> values, Function<T, String> words, T initial) {
        this.values = new ArrayList<>(values);
        node.setId(id);
        for (int i = 0; i < values.size(); i++) {
            RadioButton b = new RadioButton(words.apply(values.get(i)));
            b.setUserData(i);
            b.setToggleGroup(group);
            b.getStyleClass().add("progress-choice");
            buttons.add(b);
            node.getChildren().add(b);
        }
        int at = this.values.indexOf(initial);
        if (at >= 0) {
            buttons.get(at).setSelected(true);
        }
    }

    FlowPane node() {
        return node;
    }

    boolean chosen() {
        return group.getSelectedToggle() != null;
    }

    T value() {
        return group.getSelectedToggle() == null ? null : values.get((Integer) group.getSelectedToggle().getUserData());
    }

    void onChange(Runnable action) {
        group.selectedToggleProperty().addListener((o, old, now) -> action.run());
    }
}
