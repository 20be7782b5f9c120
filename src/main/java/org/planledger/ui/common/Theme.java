package org.planledger.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The app's look: Modena, our stylesheet of looked-up colours, and the Chinese font family.
 * The family is set on each root (-fx-font-family) and, for pop-ups such as tooltips that do
 * not inherit from a root, by a one-rule stylesheet made for it.
 */
public final class Theme {

    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/org/planledger/ui/planledger.css"), "planledger.css").toExternalForm();

    /** Names a font family for desktops the preference list does not know: -Dplanledger.font="…". */
    public static final String FONT_PROPERTY = "planledger.font";

    private final String rootStyle;
    private final List<String> stylesheets = new ArrayList<>();

    public Theme(Optional<String> cjkFamily) {
        String family = cjkFamily.map(f -> "-fx-font-family: \"" + f.replace("\"", "") + "\";").orElse("");
        this.rootStyle = family;
        stylesheets.add(STYLESHEET);
        if (!family.isEmpty()) {
            String css = ".root, .tooltip, .context-menu { " + family + " }";
            stylesheets.add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Picks the font from what is installed, unless one is named. Needs the FX toolkit. */
    public static Theme detect() {
        String named = System.getProperty(FONT_PROPERTY, "").strip();
        return new Theme(named.isEmpty() ? CjkFont.installed() : Optional.of(named));
    }

    public String rootStyle() {
        return rootStyle;
    }

    /** The window's scene; its pop-ups (menus, lists, tooltips) take its stylesheets. */
    public void style(Scene scene) {
        addMissing(scene.getStylesheets());
    }

    /** Each root the window shows. */
    public void styleRoot(Parent root) {
        root.setStyle(rootStyle);
    }

    /** Dialogs have scenes of their own. */
    public void style(DialogPane pane) {
        addMissing(pane.getStylesheets());
        styleRoot(pane);
    }

    private void addMissing(List<String> target) {
        for (String sheet : stylesheets) {
            if (!target.contains(sheet)) {
                target.add(sheet);
            }
        }
    }
}
