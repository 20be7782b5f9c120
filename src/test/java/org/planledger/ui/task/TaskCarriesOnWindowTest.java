package org.planledger.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.Settings;
import org.planledger.app.ShippedPlans;
import org.planledger.app.LedgerPlace;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.plan.PlanSummary;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A task of the new plan whose carry-over was confirmed says 承接：十四五 5.3.6 under its title; the
 * link opens 5.3.6 in the 十四五 plan on its history. A task that carries on nothing shows no such
 * line. The window opens on the plan shown last time, and remembers the plan shown.
 */
@ExtendWith(ApplicationExtension.class)
class TaskCarriesOnWindowTest {

    @TempDir
    static Path dir;
    private static Path ledgerFile;
    private static long predecessor;
    private static long successor;
    private static long fresh;
    private static String successorCode;

    private TestWindow opened;

    @BeforeAll
    static void twoPlansAnd536CarriedOver() {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("carryover.planledger"));
        NextPlanVariant.Result variant = NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan());
        successorCode = variant.successors().get("5.3.6").iterator().next();
        try (Ledger ledger = Ledger.open(ledgerFile, TestClock.get())) {
            ledger.plans().importPlan(variant.plan(), "next.txt");
            List<PlanSummary> plans = ledger.plans().plans();
            predecessor = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE plan_id = ? AND code = '5.3.6'",
                    plans.get(0).id()));
            successor = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE plan_id = ? AND code = ?",
                    plans.get(1).id(), successorCode));
            fresh = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE plan_id = ? AND code = '2.1.1'",
                    plans.get(1).id()));
            ledger.carryover().confirm(predecessor, successor, 0.93, List.of("挥发性有机物"), "主任");
            Settings settings = Settings.load(UiContext.settingsFile(ledgerFile));
            settings.set(Settings.lastPlan(LedgerPlace.of(ledgerFile).remembered()), String.valueOf(plans.get(1).id()));
            settings.save();
        }
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, ledgerFile);
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void theSuccessorSaysWhatItCarriesOnAndTheLinkOpensThePredecessorsHistory(FxRobot robot) {
        FxWait.until("the ledger is open", () -> opened.window().viewModel().readyProperty().get());
        FxWait.until("the window opens on the plan shown last time", () -> plan(robot) != null
                && plan(robot).title().contains("十五五"));
        FxWait.onFx(() -> {
            opened.window().viewModel().openTaskInItsPlan(fresh);
            return null;
        });
        FxWait.until("a task of the new plan without a predecessor", () -> robot.lookup("#task-title").queryAs(Label.class)
                .getText().startsWith("2.1.1"));
        assertFalse(FxWait.onFx(() -> robot.lookup("#task-carries-on").query().isVisible()), "nothing carried on");

        FxWait.onFx(() -> {
            opened.window().viewModel().openTaskInItsPlan(successor);
            return null;
        });
        FxWait.until("the successor shows what it carries on", () -> robot.lookup("#task-title").queryAs(Label.class)
                .getText().startsWith(successorCode + " ") && robot.lookup("#task-carries-on").query().isVisible());
        assertTrue(FxWait.onFx(() -> plan(robot).title().contains("十五五")), "the plan switcher shows the new plan");
        assertEquals(List.of("承接：", "十四五 5.3.6"), FxWait.onFx(() -> robot.lookup("#task-carries-on")
                .queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()));

        FxWait.click(robot, "#task-carries-on-" + predecessor);
        FxWait.until("5.3.6 of the 十四五 plan, on its history", () -> robot.lookup("#task-title").queryAs(Label.class)
                .getText().startsWith("5.3.6 ") && plan(robot).title().contains("十四五")
                && robot.lookup("#task-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()
                .equals("task-tab-history"));
        assertFalse(FxWait.onFx(() -> robot.lookup("#task-carries-on").query().isVisible()));

        FxWait.onFx(() -> {
            opened.window().viewModel().openTaskInItsPlan(successor);
            return null;
        });
        FxWait.until("the new plan again", () -> plan(robot).title().contains("十五五"));
        FxWait.until("the plan shown is remembered", () -> String.valueOf(planId(robot)).equals(
                Settings.load(UiContext.settingsFile(ledgerFile)).get(Settings.lastPlan(LedgerPlace.of(ledgerFile).remembered()))));
    }

    private static PlanSummary plan(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> box = robot.lookup("#plan-selector").queryAs(ComboBox.class);
        return box.getValue();
    }

    private static long planId(FxRobot robot) {
        return FxWait.onFx(() -> plan(robot).id());
    }
}
