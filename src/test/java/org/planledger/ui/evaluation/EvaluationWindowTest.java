package org.planledger.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.model.PlanState;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.evaluation.OutcomeSource;
import org.planledger.store.evaluation.OutcomeState;
import org.planledger.ui.FxWait;
import org.planledger.ui.MainViewModel;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 终期评估 in the window on the shipped plan (period 2021–2025, today 29 November 2026): the
 * manager starts the evaluation, sees the ledger's proposals and a department's submission with
 * who made it, confirms the chosen rows, changes one outcome (a 已完成 without its day refused in
 * words, the ledger left as it was), and confirms the rest.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationWindowTest {

    @TempDir
    Path dir;
    private Path ledgerFile;
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
    void copy() {
        SeededLedger.prepare();
        ledgerFile = SeededLedger.copyTo(dir.resolve("l.planledger"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemOutcome> items(FxRobot robot) {
        return (TableView<ItemOutcome>) robot.lookup("#evaluation-items").query();
    }

    private static String label(FxRobot robot, String id) {
        return FxWait.onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    private static String stateShown(FxRobot robot, ItemKey key) {
        return FxWait.onFx(() -> {
            TableView<ItemOutcome> t = items(robot);
            int row = -1;
            for (int i = 0; i < t.getItems().size(); i++) {
                if (t.getItems().get(i).key().equals(key)) {
                    row = i;
                }
            }
            var col = t.getColumns().stream().filter(c -> "evaluation-col-state".equals(c.getId())).findFirst().orElseThrow();
            return String.valueOf(col.getCellObservableValue(row).getValue());
        });
    }

    private static void select(FxRobot robot, List<ItemKey> keys) {
        FxWait.onFx(() -> {
            TableView<ItemOutcome> t = items(robot);
            t.getSelectionModel().clearSelection();
            t.getItems().stream().filter(i -> keys.contains(i.key())).forEach(i -> t.getSelectionModel().select(i));
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManagerStartsConfirmsChangesAndConfirmsTheRest(FxRobot robot) {
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledgerFile));
        MainViewModel vm = opened.window().viewModel();
        var session = vm.session();
        FxWait.click(robot, "#tab-evaluation");
        FxWait.until("the plan shows not evaluated", () -> label(robot, "#evaluation-title").endsWith("执行中 · 尚未评估"));
        FxWait.click(robot, "#evaluation-start");
        FxWait.until("every task and milestone is listed", () -> items(robot).getItems().size() == 163);
        assertTrue(label(robot, "#evaluation-title").contains("评估中 · 评估截至2026年11月29日 · 163 项中已确认 0 项"),
                label(robot, "#evaluation-title"));
        long plan = vm.selectedPlanId();
        assertEquals(PlanState.EVALUATING, FxWait.onLedger(session, l -> l.evaluations(session.clock()).state(plan)));

        // the ledger's proposals and one department's word, as `evaluation propose` and a merged workbook would write them
        List<ItemOutcome> all = FxWait.onFx(() -> List.copyOf(items(robot).getItems()));
        ItemOutcome submitted = all.stream().filter(o -> !o.key().isMilestone() && o.leadDepartmentId() != null).findFirst().orElseThrow();
        ItemOutcome proposed = all.stream().filter(o -> !o.key().isMilestone() && o != submitted).findFirst().orElseThrow();
        FxWait.onLedger(session, l -> {
            var store = l.evaluations(session.clock());
            Evaluation e = store.current(plan).orElseThrow();
            Map<ItemKey, OutcomeDraft> drafts = new HashMap<>();
            all.forEach(o -> drafts.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "台账无完成记录")));
            store.propose(e.id(), drafts, Map.of());
            store.submit(e.id(), submitted.key(), new OutcomeDraft(FinalOutcome.DONE, LocalDate.of(2025, 6, 30), "", "建成", "",
                    List.of()), submitted.leadDepartmentId(), OutcomeSource.DEPARTMENT_WORKBOOK);
            return null;
        });
        String lead = FxWait.onLedger(session, l -> l.read(c -> Sql.string(c, "SELECT name FROM department WHERE id = ?",
                submitted.leadDepartmentId())));
        FxWait.onFx(() -> {
            vm.evaluation().markStale();
            vm.evaluation().activate();
            return null;
        });
        FxWait.until("the submission shows who made it", () -> stateShown(robot, submitted.key()).equals("部门填报（" + lead + "）"));
        assertEquals("建议", stateShown(robot, proposed.key()));

        select(robot, List.of(submitted.key(), proposed.key()));
        FxWait.click(robot, "#evaluation-confirm-selected");
        FxWait.until("both confirmed", () -> stateShown(robot, submitted.key()).equals("已确认")
                && stateShown(robot, proposed.key()).equals("已确认"));
        assertEquals("已确认 2 项结果。", label(robot, "#evaluation-message"));
        Map<ItemKey, ItemOutcome> stored = stored(session, plan);
        assertEquals(OutcomeState.CONFIRMED, stored.get(submitted.key()).state());
        assertEquals(FinalOutcome.DONE, stored.get(submitted.key()).outcome(), "the department's word, now final");

        // 已完成 without its day: refused in words, nothing written
        select(robot, List.of(proposed.key()));
        FxWait.onFx(() -> {
            ((ComboBox<FinalOutcome>) robot.lookup("#evaluation-edit-outcome").query()).setValue(FinalOutcome.DONE);
            ((TextField) robot.lookup("#evaluation-edit-note").query()).setText("已建成");
            return null;
        });
        FxWait.click(robot, "#evaluation-edit-save");
        FxWait.until("a worded refusal", () -> label(robot, "#evaluation-message").contains("须写明完成时间"));
        assertEquals(FinalOutcome.NOT_DONE, stored(session, plan).get(proposed.key()).outcome(), "the ledger is as it was");

        FxWait.onFx(() -> {
            ((ComboBox<FinalOutcome>) robot.lookup("#evaluation-edit-outcome").query()).setValue(FinalOutcome.ADJUSTED);
            return null;
        });
        FxWait.click(robot, "#evaluation-edit-save");
        FxWait.until("the change is shown", () -> label(robot, "#evaluation-message").equals(proposed.label() + " 已确认为“已调整（不再实施）”。"));
        assertEquals(FinalOutcome.ADJUSTED, stored(session, plan).get(proposed.key()).outcome());
        assertEquals("已建成", stored(session, plan).get(proposed.key()).note());

        FxWait.click(robot, "#evaluation-confirm-all");
        FxWait.until("all confirmed", () -> label(robot, "#evaluation-title").endsWith("163 项中已确认 163 项"));
        assertTrue(stored(session, plan).values().stream().allMatch(ItemOutcome::confirmed));

        // an indicator's final value and conclusion: a binding one takes only 已达标/未达标
        IndicatorOutcome first = FxWait.onFx(() -> {
            TableView<IndicatorOutcome> t = (TableView<IndicatorOutcome>) robot.lookup("#evaluation-indicators").query();
            t.getSelectionModel().select(0);
            ((TextField) robot.lookup("#evaluation-ind-edit-value").query()).setText("38");
            ((ComboBox<IndicatorConclusion>) robot.lookup("#evaluation-ind-edit-conclusion").query())
                    .setValue(IndicatorConclusion.ON_PACE);
            return t.getItems().get(0);
        });
        assertEquals("BINDING", first.attribute());
        FxWait.click(robot, "#evaluation-ind-edit-save");
        FxWait.until("refused in words", () -> label(robot, "#evaluation-message").contains("是约束性指标"));
        FxWait.onFx(() -> {
            ((ComboBox<IndicatorConclusion>) robot.lookup("#evaluation-ind-edit-conclusion").query()).setValue(IndicatorConclusion.MET);
            return null;
        });
        FxWait.click(robot, "#evaluation-ind-edit-save");
        FxWait.until("confirmed", () -> label(robot, "#evaluation-message").equals("指标“" + first.name() + "”已确认为“已达标”。"));
        IndicatorOutcome now = FxWait.onLedger(session, l -> {
            var store = l.evaluations(session.clock());
            return store.indicators(store.current(plan).orElseThrow().id()).get(0);
        });
        assertEquals("38", now.value());
        assertEquals(2025, now.year());
        assertTrue(now.confirmed());
    }

    private static Map<ItemKey, ItemOutcome> stored(org.planledger.ui.common.LedgerSession session, long plan) {
        return FxWait.onLedger(session, l -> {
            var store = l.evaluations(session.clock());
            Map<ItemKey, ItemOutcome> out = new HashMap<>();
            store.outcomes(store.current(plan).orElseThrow().id()).forEach(o -> out.put(o.key(), o));
            return out;
        });
    }
}
