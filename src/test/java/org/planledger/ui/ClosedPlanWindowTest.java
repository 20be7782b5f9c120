package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.testing.TestClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A closed plan says so in the window's plan header: 已终结, read-only, and the day its figures are fixed at. */
@ExtendWith(ApplicationExtension.class)
class ClosedPlanWindowTest {

    @TempDir
    static Path dir;
    private TestWindow opened;

    private static Path file;

    /** Off the FX thread: the window's thread never touches the ledger. */
    @BeforeAll
    static void aLedgerWhosePlanIsClosed() {
        SeededLedger.prepare();
        file = SeededLedger.copyTo(dir.resolve("closed.planledger"));
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            var store = ledger.evaluations(TestClock.get());
            long plan = ledger.plans().plans().get(0).id();
            var e = store.start(plan, EvaluationKind.FINAL, null);
            Map<ItemKey, OutcomeDraft> items = new HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "")));
            Map<Long, IndicatorDraft> indicators = new HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1",
                    "BINDING".equals(i.attribute()) ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
            store.confirm(e.id(), List.of(), List.of(), true);
            store.confirmEvaluation(e.id());
            store.close(plan);
        }
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, file);
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void thePlanHeaderSaysThePlanIsClosed(FxRobot robot) {
        FxWait.until("the plan's header names it closed", () -> robot.lookup("#plan-title").tryQuery()
                .map(n -> ((Label) n).getText().contains("（已终结，只读，数据截至2026年11月29日）")).orElse(false));
        String shown = FxWait.onFx(() -> ((Label) robot.lookup("#plan-title").query()).getText());
        assertTrue(shown.startsWith("济南市天桥区“十四五”生态环境保护规划"), shown);
    }
}
