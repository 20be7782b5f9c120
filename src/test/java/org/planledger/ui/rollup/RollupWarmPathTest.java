package org.planledger.ui.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.rollup.Percent;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/** After one task is edited the 汇总 reads only that task again, and shows what a full read shows. */
class RollupWarmPathTest {

    @TempDir
    Path dir;

    @Test
    void aClosedOutTaskAndANewWeightShowWithoutAFullRead() throws Exception {
        LedgerSession session = ProgressFixture.open(dir);
        long plan = ProgressFixture.planId(session);
        List<Throwable> errors = new ArrayList<>();
        RollupViewModel vm = new RollupViewModel(session, (a, e) -> errors.add(e), () -> plan, () -> ProgressFixture.TODAY);
        vm.activate();
        var before = vm.inputProperty().get();
        long task = ProgressFixture.onLedger(session, l -> l.plans().search(plan, "推进深度节水控水", 1).get(0).taskId());
        Path evidence = Files.writeString(dir.resolve("验收.txt"), "验收意见");
        ProgressFixture.onLedger(session, l -> {
            var p = l.progress(session.clock());
            var lead = p.taskLights(task, ProgressFixture.TODAY).get(0).item().leadId();
            p.requestCloseOut(ItemKey.task(task), lead, ProgressFixture.TODAY, "完成", List.of(new EvidenceFile(evidence)));
            p.acceptCloseOut(ItemKey.task(task), ProgressFixture.TODAY, "");
            l.rollup(session.clock()).setWeight(task, 5);
            return null;
        });

        vm.taskChanged(task);

        assertTrue(errors.isEmpty(), errors::toString);
        assertTrue(vm.inputProperty().get() != before, "recomputed");
        assertEquals(1, vm.outlineProperty().get().plan().closed().count());
        assertEquals("0.8", Percent.number(vm.outlineProperty().get().plan().completion()), "1 of 129");
        assertEquals("3.8", Percent.number(vm.outlineProperty().get().plan().weightedCompletion()), "5 of 133");
        RollupViewModel fresh = new RollupViewModel(session, (a, e) -> errors.add(e), () -> plan, () -> ProgressFixture.TODAY);
        fresh.activate();
        assertEquals(fresh.outlineProperty().get().plan().weightedCompletion(),
                vm.outlineProperty().get().plan().weightedCompletion(), 1e-9);
    }
}
