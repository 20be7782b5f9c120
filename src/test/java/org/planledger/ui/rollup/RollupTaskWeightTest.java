package org.planledger.ui.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Text;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;
import org.planledger.ui.task.TaskViewModel;

/** 权重 in the task view: saved in the background, announced as a progress change, refused out of range. */
class RollupTaskWeightTest {

    @TempDir
    Path dir;

    @Test
    void theTaskViewSavesAWeight() {
        LedgerSession session = ProgressFixture.open(dir);
        long plan = ProgressFixture.planId(session);
        long task = ProgressFixture.onLedger(session, l -> l.progress(session.clock())
                .lights(plan, ProgressFixture.TODAY).get(0).item().key().taskId());
        AtomicInteger changes = new AtomicInteger();
        TaskViewModel vm = new TaskViewModel(session, (m, e) -> {
            throw new AssertionError(m.key(), e);
        }, (id, s) -> { }, () -> null, changes::incrementAndGet);
        vm.load(task);
        assertEquals(1.0, vm.weightProperty().get());
        List<Text> refusals = new ArrayList<>();
        vm.setWeight(2.5, refusals::add);
        assertEquals(List.of(), refusals);
        assertEquals(2.5, vm.weightProperty().get());
        assertEquals(1, changes.get());
        assertEquals(2.5, ProgressFixture.onLedger(session, l -> l.rollup(session.clock()).weights(plan)).get(task));

        vm.setWeight(5000, refusals::add);
        assertEquals(1, refusals.size());
        assertEquals("rollup.error.weight", refusals.get(0).key());
        assertEquals(2.5, vm.weightProperty().get());
        vm.load(task);
        assertEquals(2.5, vm.weightProperty().get(), "read back with the task");
    }
}
