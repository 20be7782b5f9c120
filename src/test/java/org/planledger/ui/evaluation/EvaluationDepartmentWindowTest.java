package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.model.FinalOutcome;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeSource;
import org.planledger.store.evaluation.OutcomeState;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 终期评估 in a department ledger opened from the office's package: the liaison sees its led items
 * with the office's proposals, gives one outcome, and the tab says it is the department's word, to
 * be confirmed; the ledger records it as the department's submission for its next report.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationDepartmentWindowTest {

    @TempDir
    Path dir;
    private Path departmentFile;
    private long evaluationId;
    private long water;
    private TestWindow opened;
    private Stage stage;

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

    @BeforeEach
    void packageForTheDepartment() throws Exception {
        SeededLedger.prepare();
        Path master = SeededLedger.copyTo(dir.resolve("l.planledger"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path pkg;
        try (Ledger l = Ledger.open(master, TestClock.get())) {
            Evaluation e = l.evaluations(TestClock.get()).start(l.plans().plans().get(0).id(), EvaluationKind.FINAL, null);
            evaluationId = e.id();
            water = l.read(c -> Sql.longOrNull(c, "SELECT id FROM department WHERE name = '区水务局'"));
            pkg = new PackageExporter(l, TestClock.get()).export(List.of(water), out).get(0).file();
        }
        departmentFile = dir.resolve("水务局.planledger");
        new PackageOpener(TestClock.get()).openInto(pkg, departmentFile);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemOutcome> items(FxRobot robot) {
        return (TableView<ItemOutcome>) robot.lookup("#evaluation-items").query();
    }

    private static String label(FxRobot robot, String id) {
        return FxWait.onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLiaisonGivesAnOutcomeOfItsLedItemAsTheDepartmentsWord(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.open(stage, departmentFile));
        var session = opened.window().viewModel().session();
        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("the department's items are listed", () -> !items(robot).getItems().isEmpty());
        FxWait.until("the editor says whose word it is", () -> label(robot, "#evaluation-edit-label").equals("本部门填报（待督办单位确认）："));
        assertEquals("保存填报", FxWait.onFx(() -> ((javafx.scene.control.Button) robot.lookup("#evaluation-edit-save").query()).getText()));
        ItemOutcome led = FxWait.onFx(() -> {
            TableView<ItemOutcome> t = items(robot);
            ItemOutcome first = t.getItems().stream().filter(i -> !i.key().isMilestone() && Long.valueOf(water).equals(i.leadDepartmentId()))
                    .findFirst().orElseThrow();
            t.getSelectionModel().clearSelection();
            t.getSelectionModel().select(first);
            ((ComboBox<FinalOutcome>) robot.lookup("#evaluation-edit-outcome").query()).setValue(FinalOutcome.DONE);
            ((DatePicker) robot.lookup("#evaluation-edit-done-on").query()).setValue(LocalDate.of(2025, 10, 8));
            return first;
        });
        FxWait.click(robot, "#evaluation-edit-save");
        FxWait.until("the tab says it goes to the office", () -> label(robot, "#evaluation-message")
                .equals(led.label() + " 已记录为本部门填报“已完成”，待督办单位确认；随下次进展报告报送。"));
        ItemOutcome stored = FxWait.onLedger(session, l -> l.evaluations(session.clock()).outcomes(evaluationId).stream()
                .filter(o -> o.key().equals(led.key())).findFirst().orElseThrow());
        assertEquals(OutcomeState.SUBMITTED, stored.state());
        assertEquals(OutcomeSource.DEPARTMENT_REPORT, stored.source());
        assertEquals(LocalDate.of(2025, 10, 8), stored.doneOn());
    }
}
