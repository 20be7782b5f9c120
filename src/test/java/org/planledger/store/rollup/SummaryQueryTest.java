package org.planledger.store.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemState;
import org.planledger.rollup.RollupInput;
import org.planledger.store.Ledger;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;

/**
 * The summary's texts are handed on item by item, each item once, as of the day asked: the last
 * report written by then, the evidence attached by then (first attached first), each task's
 * measures in document order — on a ledger file and on a team ledger alike.
 */
@BothBackends
class SummaryQueryTest {

    @Parameter
    Backend backend;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    Path dir;

    /** What the sink was told, and how often. */
    static final class Told implements SummaryQuery.Sink {
        final Map<ItemKey, LatestReport> reports = new HashMap<>();
        final Map<ItemKey, List<String>> evidence = new HashMap<>();
        final Map<Long, List<String>> measures = new HashMap<>();
        final List<String> twice = new ArrayList<>();
        RollupInput startedWith;

        @Override
        public void report(ItemKey item, LatestReport report) {
            if (reports.put(item, report) != null) {
                twice.add("report " + item);
            }
        }

        @Override
        public void evidence(ItemKey item, List<String> names) {
            if (evidence.put(item, names) != null) {
                twice.add("evidence " + item);
            }
        }

        @Override
        public void measures(long taskId, List<String> texts) {
            if (measures.put(taskId, texts) != null) {
                twice.add("measures " + taskId);
            }
        }
    }

    @Test
    void theLatestReportAndTheEvidenceAsOfTheDayEachItemOnce() throws Exception {
        Path minutes = Files.writeString(dir.resolve("会议纪要.txt"), "纪要");
        Path photo = Files.writeString(dir.resolve("现场照片.txt"), "照片");
        try (Ledger l = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open()) {
            long plan = l.plans().plans().get(0).id();
            var progress = l.progress(CLOCK);
            ItemState task = progress.lights(plan, TODAY).stream().map(il -> il.item())
                    .filter(s -> s.code().equals("5.3.6") && !s.isMilestone()).findFirst().orElseThrow();
            progress.addEntry(new NewEntry(task.key(), task.leadId(), ReportingPeriod.containing(PeriodKind.QUARTER,
                    LocalDate.of(2026, 8, 1)), LocalDate.of(2026, 8, 20), "已完成调研", "经费不足", "形成方案", null, null,
                    List.of(new EvidenceFile(minutes))));
            progress.addEntry(new NewEntry(task.key(), task.leadId(), ReportingPeriod.containing(PeriodKind.QUARTER, TODAY),
                    LocalDate.of(2026, 11, 10), "方案已报审", "", "印发实施", null, null, List.of(new EvidenceFile(photo))));

            Told now = read(l, plan, TODAY);
            assertEquals(List.of(), now.twice);
            assertEquals(new LatestReport(LocalDate.of(2026, 11, 10), "方案已报审", "", "印发实施"), now.reports.get(task.key()));
            assertEquals(List.of("会议纪要.txt", "现场照片.txt"), now.evidence.get(task.key()));
            assertEquals(l.plans().task(task.key().taskId()).measures(), now.measures.get(task.key().taskId()));
            assertTrue(now.startedWith.items().stream().anyMatch(il -> il.item().key().equals(task.key())),
                    "the sink is made from the rollup input, before the texts come");

            Told september = read(l, plan, LocalDate.of(2026, 9, 30));
            assertEquals(new LatestReport(LocalDate.of(2026, 8, 20), "已完成调研", "经费不足", "形成方案"),
                    september.reports.get(task.key()));
            assertEquals(List.of("会议纪要.txt"), september.evidence.get(task.key()));

            Told before = read(l, plan, LocalDate.of(2026, 8, 19));
            assertFalse(before.reports.containsKey(task.key()), "nothing written yet");
            assertFalse(before.evidence.containsKey(task.key()));
        }
    }

    private static Told read(Ledger l, long plan, LocalDate asOf) {
        Told told = new Told();
        new SummaryQuery(l).read(plan, asOf, CLOCK, input -> {
            told.startedWith = input;
            return told;
        });
        return told;
    }
}
