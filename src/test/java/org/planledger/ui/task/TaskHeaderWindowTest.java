package org.planledger.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Liaison;
import org.planledger.store.division.DeptRef;
import org.planledger.store.Ledger;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.FxWait;
import org.planledger.ui.MainScreen;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.planledger.testing.TestClock;

/**
 * The task page says who carries the task: 5.3.6 on the shipped plan shows its lead department
 * (a link), that the division is still a draft, the lead's liaison officer with the phone
 * number, and its cooperating units; the lead's link opens the 部门 view on that department.
 */
@ExtendWith(ApplicationExtension.class)
class TaskHeaderWindowTest {

    @TempDir
    static Path dir;
    private static Path ledgerFile;
    private static long taskId;
    private static TaskDivision division;

    private TestWindow opened;

    @BeforeAll
    static void ledgerWithALiaisonForTheLeadOf536() {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("header.planledger"));
        try (Ledger ledger = Ledger.open(ledgerFile, TestClock.get())) {
            long plan = ledger.plans().plans().get(0).id();
            taskId = ledger.divisions().rows(plan).stream().filter(r -> r.code().equals("5.3.6")).findFirst()
                    .orElseThrow().taskId();
            division = ledger.divisions().division(taskId);
            assertNotNull(division.lead(), "the shipped draft gives 5.3.6 a lead");
            ledger.departments().setLiaison(division.lead().id(),
                    new Liaison("王晓红", "0531-86161234", "", "", ""));
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
    void theTaskHeaderNamesTheLeadItsLiaisonAndTheCooperatingUnitsAndTheLeadOpensTheDepartment(FxRobot robot) {
        FxWait.until("the ledger is open", () -> opened.window().viewModel().readyProperty().get());
        FxWait.onFx(() -> {
            opened.window().viewModel().openTask(taskId);
            return null;
        });
        DeptRef lead = division.lead();
        FxWait.until("5.3.6 shows its lead", () -> robot.lookup("#task-title").queryAs(Label.class).getText()
                .startsWith("5.3.6") && robot.lookup("#task-lead").tryQuery()
                .map(n -> lead.name().equals(((Labeled) n).getText()) && n.isVisible()).orElse(false));
        assertTrue(FxWait.onFx(() -> robot.lookup("#task-lead").query() instanceof Hyperlink), "the lead is a link");
        assertEquals("联络员：王晓红（0531-86161234）",
                FxWait.onFx(() -> robot.lookup("#task-liaison").queryAs(Label.class).getText()));
        assertEquals("草案", FxWait.onFx(() -> robot.lookup("#task-division-draft").queryAs(Label.class).getText()),
                "the shipped division is a draft until the manager confirms it");
        List<String> cooperating = FxWait.onFx(() -> robot.lookup(".task-cooperating").queryAllAs(Hyperlink.class)
                .stream().map(Hyperlink::getText).toList());
        assertEquals(division.cooperating().stream().map(DeptRef::name).toList(), cooperating);

        FxWait.click(robot, "#task-lead");
        FxWait.until("the 部门 view shows the lead", () -> opened.window().viewModel().screenProperty().get()
                == MainScreen.DEPARTMENTS && robot.lookup("#department-name").tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().startsWith(lead.name())).orElse(false));
    }
}
