package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window opens again as it was left — size, place, maximised, the outline's width —
 * and a dialog over the maximised window leaves it maximised and takes the input until it closes.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    @TempDir
    static Path dir;
    private static Path ledger;
    private Stage first;

    @BeforeAll
    static void seeded() {
        SeededLedger.prepare();
        ledger = SeededLedger.copyTo(dir.resolve("window.planledger"));
    }

    @Start
    void start(Stage stage) {
        first = stage;
    }

    @Test
    void sizePlaceMaximisedAndTheOutlineWidthComeBackAfterARestart(FxRobot robot) {
        TestWindow opened = FxWait.onFx(() -> TestWindow.open(first, ledger));
        FxWait.until("the window is built", () -> robot.lookup("#main-tabs").tryQuery().isPresent());
        FxWait.onFx(() -> {
            first.setX(60);
            first.setY(40);
            first.setWidth(1000);
            first.setHeight(640);
            return null;
        });
        FxWait.until("the window has its new bounds", () -> first.getWidth() == 1000 && first.getX() == 60);
        // the user drags the divider: the outline gets 30 % of the width
        // at its new width: set earlier, the outline keeps its width in pixels while the window
        // shrinks to 1000 and the divider moves off 30 %
        FxWait.until("the task view is laid out at the new width", () -> shownTasksSplit(robot)
                .map(s -> s.getWidth() > 900 && s.getWidth() <= 1000 && !s.isNeedsLayout()).orElse(false));
        FxWait.onFx(() -> {
            tasksSplit(robot).setDividerPositions(0.3);
            return null;
        });
        FxWait.until("the divider is laid out", () -> shownTasksSplit(robot)
                .map(s -> Math.abs(s.getDividerPositions()[0] - 0.3) < 0.005).orElse(false));
        opened.closeAndWait(first);
        Settings saved = Settings.load(UiContext.settingsFile(ledger));
        assertEquals("1000", saved.get(WindowPlacement.WIDTH));
        assertEquals(0.3, Double.parseDouble(saved.get(new Settings.Key("split.tasks", ""))), 0.005);

        Stage second = FxWait.onFx(Stage::new);
        TestWindow again = FxWait.onFx(() -> TestWindow.open(second, ledger));
        FxWait.until("the window is built again", () -> robot.lookup("#main-tabs").tryQuery()
                .map(n -> n.getScene().getWindow() == second).orElse(false));
        assertEquals(new Rectangle2D(60, 40, 1000, 640), FxWait.onFx(() -> new Rectangle2D(second.getX(),
                second.getY(), second.getWidth(), second.getHeight())));
        FxWait.until("the outline is as wide as it was left", () -> shownTasksSplit(robot)
                .map(s -> Math.abs(s.getDividerPositions()[0] - 0.3) < 0.01).orElse(false));
        assertFalse(FxWait.onFx(second::isMaximized));

        FxWait.onFx(() -> {
            second.setMaximized(true);
            return null;
        });
        FxWait.until("maximised", second::isMaximized);
        again.closeAndWait(second);

        Stage third = FxWait.onFx(Stage::new);
        TestWindow last = FxWait.onFx(() -> TestWindow.open(third, ledger));
        FxWait.until("the window opens maximised", third::isMaximized);
        Settings kept = Settings.load(UiContext.settingsFile(ledger));
        assertEquals("1000", kept.get(WindowPlacement.WIDTH), "the size to go back to is the one before maximising");
        assertEquals("60", kept.get(WindowPlacement.X));

        // a dialog over the maximised window: it stays maximised, and takes the input until closed
        FxWait.until("the menu is on screen", () -> robot.lookup("#main-tabs").tryQuery()
                .map(n -> n.getScene().getWindow() == third).orElse(false));
        MenuItem about = FxWait.onFx(() -> ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().stream()
                .filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow().getItems().get(0));
        Platform.runLater(about::fire);
        FxWait.until("关于 is open", () -> robot.lookup(".alert").tryQuery().isPresent());
        assertTrue(FxWait.onFx(third::isMaximized), "the main window stays maximised under the dialog");
        javafx.scene.Node departments = FxWait.onFx(() -> robot.lookup("#tab-departments").query());
        String before = FxWait.onFx(() -> selectedTab(robot));
        robot.clickOn(departments);
        assertEquals(before, FxWait.onFx(() -> selectedTab(robot)), "the window below takes no clicks while the dialog is open");
        FxWait.click(robot, "确定");
        FxWait.until("the dialog is gone", () -> robot.lookup(".alert").tryQuery().isEmpty());
        assertTrue(FxWait.onFx(third::isMaximized));
        FxWait.click(robot, "#tab-departments");
        FxWait.until("the window takes clicks again", () -> "tab-departments".equals(selectedTab(robot)));
        last.closeAndWait(third);
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    /** The split between the outline and the task, on the FX thread. */
    private static SplitPane tasksSplit(FxRobot robot) {
        return shownTasksSplit(robot).orElseThrow();
    }

    /** That split in a window on screen, once the window has built its task view (empty before). */
    private static java.util.Optional<SplitPane> shownTasksSplit(FxRobot robot) {
        return robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                .filter(s -> s.getScene() != null && s.getScene().getWindow() != null && s.getScene().getWindow().isShowing())
                .filter(s -> s.getItems().stream().anyMatch(n -> n.lookup("#task-view") != null))
                .findFirst();
    }
}
