package org.planledger.ui;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import org.planledger.app.Settings;

/**
 * The split panes' dividers where the user left them: each pane is remembered by name
 * ({@code split.tasks}, {@code split.tab-departments.0}) in the settings, which the window saves.
 */
final class PaneLayout {

    private static final String PREFIX = "split.";

    private final Settings settings;

    PaneLayout(Settings settings) {
        this.settings = settings;
    }

    /** Puts the pane's first divider where it was left, and remembers where it goes from now on. */
    void remember(String name, SplitPane split) {
        if (split.getProperties().putIfAbsent(PaneLayout.class, name) != null) {
            return;
        }
        Settings.Key key = new Settings.Key(PREFIX + name, "");
        Runnable restoreAndFollow = () -> {
            if (split.getDividers().isEmpty()) {
                return;
            }
            SplitPane.Divider divider = split.getDividers().get(0);
            saved(key).ifPresent(divider::setPosition);
            divider.positionProperty().addListener((o, old, now) ->
                    settings.set(key, String.format(Locale.ROOT, "%.4f", now.doubleValue())));
        };
        // a pane may get its second part later (the 分工 editor, once the ledger is known to be the manager's)
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getFrom() == 0) {
                    // after whoever added the part has set its own first position
                    javafx.application.Platform.runLater(restoreAndFollow);
                }
            }
        });
        restoreAndFollow.run();
    }

    private java.util.Optional<Double> saved(Settings.Key key) {
        try {
            double p = Double.parseDouble(settings.get(key));
            return p > 0.02 && p < 0.98 ? java.util.Optional.of(p) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
