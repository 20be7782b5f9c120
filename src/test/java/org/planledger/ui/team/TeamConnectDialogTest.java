package org.planledger.ui.team;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planledger.i18n.Messages;
import org.planledger.store.TeamAddress;
import org.planledger.ui.FxWait;
import org.planledger.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 连接团队台账 is laid out tight: its fields, notes and buttons follow one another with the
 * form's usual spacing, no empty strip, at the usual font size and at a large one.
 */
@ExtendWith(ApplicationExtension.class)
class TeamConnectDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void noEmptyStripAtTheUsualFontSize(FxRobot robot) {
        assertTight(robot, null);
    }

    @Test
    void noEmptyStripAtALargeFont(FxRobot robot) {
        assertTight(robot, "-fx-font-size: 22px;");
    }

    private void assertTight(FxRobot robot, String style) {
        TeamAddress remembered = new TeamAddress("db.tq.gov", 5432, "ledger", "shuiwu01", null, Map.of());
        TeamConnectDialog dialog = FxWait.onFx(() -> {
            TeamConnectDialog d = new TeamConnectDialog(Messages.chinese(), null, remembered,
                    address -> (refused, done) -> refused.accept(org.planledger.i18n.Text.of("ui.team.connect.missing.host")));
            d.initOwner(owner);
            Theme.detect().style(d.getDialogPane());
            if (style != null) {
                d.getDialogPane().setStyle(style);
            }
            d.show();
            return d;
        });
        try {
            FxWait.until("the dialog is laid out", () -> dialog.getDialogPane().getHeight() > 0);
            DialogPane pane = FxWait.onFx(dialog::getDialogPane);
            String gaps = FxWait.onFx(() -> {
                List<String> out = new ArrayList<>();
                Node buttons = pane.lookup(".button-bar");
                double lastBottom = lowestVisible(pane.getContent(), pane);
                double buttonsTop = buttons.localToScene(buttons.getLayoutBounds()).getMinY();
                out.add(String.valueOf(buttonsTop - lastBottom));
                dump(pane, pane, "", out);
                return String.join("\n", out);
            });
            double gap = Double.parseDouble(gaps.substring(0, gaps.indexOf('\n')));
            assertTrue(gap < 30, "between the last line and the buttons: " + gap + " px\n" + gaps);

            // a refusal makes room for itself: the window grows, the words sit above the buttons
            FxWait.onFx(() -> {
                dialog.save();
                return null;
            });
            String expected = Messages.chinese().get("ui.team.connect.missing.host");
            FxWait.until("the refusal shows whole above the buttons", () -> {
                Node problem = pane.lookup("#team-connect-problem");
                Node buttons = pane.lookup(".button-bar");
                Bounds p = problem.localToScene(problem.getLayoutBounds());
                return expected.equals(dialog.problemText()) && problem.isVisible() && p.getHeight() > 10
                        && p.getMaxY() <= buttons.localToScene(buttons.getLayoutBounds()).getMinY()
                        && p.getMinY() >= lowestVisible(pane.lookup(".progress-form"), pane);
            });
        } finally {
            FxWait.onFx(() -> {
                dialog.close();
                return null;
            });
        }
    }

    /** The scene y of the bottom of the lowest visible leaf under {@code node}. */
    private static double lowestVisible(Node node, Node top) {
        if (!node.isVisible() || !node.isManaged()) {
            return 0;
        }
        if (node instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty() && !(node instanceof javafx.scene.control.Control)) {
            double max = 0;
            for (Node child : p.getChildrenUnmodifiable()) {
                max = Math.max(max, lowestVisible(child, top));
            }
            return max;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().isEmpty()) {
            return 0;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMaxY();
    }

    private static void dump(Node node, Node top, String indent, List<String> out) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        out.add(indent + node.getClass().getSimpleName() + " " + node.getId() + " " + node.getStyleClass()
                + " y=" + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY()) + (node.isVisible() ? "" : " hidden")
                + (node.isManaged() ? "" : " unmanaged")
                + (node instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : ""));
        if (node instanceof Parent p && !(node instanceof javafx.scene.control.Control) && indent.length() < 12) {
            for (Node child : p.getChildrenUnmodifiable()) {
                dump(child, top, indent + "  ", out);
            }
        }
    }
}
