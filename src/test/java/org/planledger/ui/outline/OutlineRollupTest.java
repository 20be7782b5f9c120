package org.planledger.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.Tally;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/** The outline's chapter and section rows show their completion and light mix, again after a close-out. */
class OutlineRollupTest {

    @TempDir
    Path dir;

    @Test
    void aChapterRowShowsItsCompletionAfterACloseOut() throws Exception {
        LedgerSession session = ProgressFixture.open(dir);
        long plan = ProgressFixture.planId(session);
        OutlineViewModel vm = new OutlineViewModel();
        assertNull(vm.chapterTally(6), "nothing before it is computed");
        vm.loadRollup(session, (m, e) -> {
            throw new AssertionError(m.key(), e);
        }, plan, ProgressFixture.TODAY);
        Tally six = vm.chapterTally(6);
        assertEquals(12, six.all().count());
        assertEquals(0.0, six.completion());
        assertEquals(12, six.light(Light.RED).count());

        ItemLight task = ProgressFixture.onLedger(session, l -> l.progress(session.clock())
                .lights(plan, ProgressFixture.TODAY)).stream()
                .filter(i -> !i.item().isMilestone() && i.item().chapterNumber() == 6 && i.item().leadId() != null)
                .findFirst().orElseThrow();
        ItemKey key = task.item().key();
        Path evidence = Files.writeString(dir.resolve("验收.txt"), "完成");
        ProgressFixture.onLedger(session, l -> {
            var progress = l.progress(session.clock());
            progress.requestCloseOut(key, task.item().leadId(), LocalDate.of(2026, 11, 2), "完成",
                    List.of(new EvidenceFile(evidence)));
            progress.acceptCloseOut(key, LocalDate.of(2026, 11, 10), "");
            return null;
        });
        vm.loadRollup(session, (m, e) -> {
            throw new AssertionError(m.key(), e);
        }, plan, ProgressFixture.TODAY);
        six = vm.chapterTally(6);
        assertEquals(1, six.closed().count());
        assertEquals("8.3%", OutlineMix.text(six.completion()), "1 of 12");
        assertEquals(1, six.light(Light.GREEN).count());
        assertEquals(11, six.light(Light.RED).count());

        assertEquals("完成率 8.3%（已销号 1/12）· 红灯 11 · 黄灯 0 · 绿灯 1 · 灰灯 0",
                Messages.chinese().get("ui.outline.mix", "8.3%", 1, 12, 11, 0, 1, 0));
    }
}
