package org.planledger.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableList;
import javafx.collections.ListChangeListener;

/**
 * The listeners and bindings a view puts on longer-lived view models, undone together when the
 * view is thrown away (the window rebuilds its views when the language changes).
 */
public final class Subscriptions {

    private final List<Runnable> undo = new ArrayList<>();

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    public <T> void listen(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        undo.add(() -> list.removeListener(listener));
    }

    public <K, V> void listen(ObservableMap<K, V> map, MapChangeListener<? super K, ? super V> listener) {
        map.addListener(listener);
        undo.add(() -> map.removeListener(listener));
    }

    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    public <T> void bindBidirectional(Property<T> a, Property<T> b) {
        a.bindBidirectional(b);
        undo.add(() -> a.unbindBidirectional(b));
    }

    /** Anything else to undo with the view, e.g. a ControlsFX binding's dispose. */
    public void onDispose(Runnable action) {
        undo.add(action);
    }

    public void dispose() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }
}
