package org.planledger.ui.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.MainScreen;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 分工's chapter filter after choosing another plan: the chapter chosen is shown as that plan
 * names it (the box kept the other plan's chapter, an entry no longer in its list, or went blank).
 */
@ExtendWith(ApplicationExtension.class)
class AssignmentChapterFilterWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestWindow opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChosenChapterStaysShownWhenAnotherPlanIsChosen(FxRobot robot) {
        SeededLedger.prepare();
        Path file = SeededLedger.copyTo(dir.resolve("two.planledger"));
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            ledger.plans().importPlan(NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan()).plan(), "next.txt");
        }
        opened = FxWait.onFx(() -> TestWindow.open(stage, file));
        FxWait.until("two plans to choose from", () -> FxWait.onFx(() -> robot.lookup("#plan-selector").tryQuery()
                .map(n -> ((ComboBox<PlanSummary>) n).getItems().size() == 2).orElse(false)));
        FxWait.onFx(() -> {
            opened.window().viewModel().screenProperty().set(MainScreen.ASSIGNMENT);
            return null;
        });
        FxWait.until("the chapters to choose from", () -> FxWait.onFx(() -> robot.lookup("#assign-filter-chapter").tryQuery()
                .map(n -> ((ComboBox<AssignmentViewModel.ChapterChoice>) n).getItems().size() > 5).orElse(false)));
        FxWait.onFx(() -> {
            ComboBox<AssignmentViewModel.ChapterChoice> chapter = robot.lookup("#assign-filter-chapter").query();
            chapter.getSelectionModel().select(chapter.getItems().stream().filter(c -> c.number() == 5).findFirst().orElseThrow());
            return null;
        });
        List<PlanSummary> plans = FxWait.onFx(() -> List.copyOf(((ComboBox<PlanSummary>) robot.lookup("#plan-selector").query()).getItems()));
        PlanSummary other = plans.stream().filter(p -> p.id() != opened.window().viewModel().selectedPlanId()).findFirst().orElseThrow();

        FxWait.onFx(() -> {
            opened.window().viewModel().selectPlan(other);
            return null;
        });

        FxWait.until("the other plan's chapters", () -> FxWait.onFx(() -> opened.window().viewModel().selectedPlanId() == other.id()
                && robot.lookup("#assign-view").tryQuery().isPresent()));
        FxWait.until("the chosen chapter is shown again, as the other plan names it", () -> FxWait.onFx(() -> robot
                .lookup("#assign-filter-chapter").tryQuery().map(n -> (ComboBox<AssignmentViewModel.ChapterChoice>) n)
                .map(c -> c.getValue() != null && c.getValue().number() == 5 && c.getItems().contains(c.getValue())
                        && c.getButtonCell().getText() != null && c.getButtonCell().getText().endsWith(c.getValue().title()))
                .orElse(false)));
        assertEquals(Integer.valueOf(5), FxWait.onFx(() -> opened.window().viewModel().assignment().filter().chapterProperty().get()));
    }
}
