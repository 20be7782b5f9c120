package org.planledger.store;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.planledger.testing.LedgerTemplate;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.plan.ImportResult;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.PlanStore;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.plan.SearchHit;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.plan.TaskRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.model.Plan;
import org.planledger.model.TaskStatus;
import org.planledger.planimport.ShippedPlan;
import org.planledger.testing.TestLedger;

@BothBackends
class LedgerTest {

    @Parameter
    Backend backend;

    /** The shipped plans and nothing else (no registry, no division). */
    private static final LedgerTemplate SHIPPED_PLANS = new LedgerTemplate("shipped-plans", ShippedPlans::seedIfEmpty);

    @TempDir
    Path dir;

    private static final java.time.Clock FIXED_DAY = java.time.Clock.fixed(
            java.time.Instant.parse("2026-11-29T04:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void aNewLedgerHoldsTheShippedPlan() {
        TestLedger place = backend.newLedger(dir, "sub/ledger.planledger");
        try (Ledger ledger = place.open()) {
            assertTrue(ShippedPlans.seedIfEmpty(ledger));
            assertFalse(ShippedPlans.seedIfEmpty(ledger), "seeding happens once");
            LedgerStats stats = ledger.plans().stats(0);
            assertEquals(1, stats.plans());
            assertEquals(12, stats.chapters());
            assertEquals(50, stats.sections());
            assertEquals(129, stats.tasks());
            assertEquals(34, stats.milestones());
            assertEquals(Map.of(2022, 5, 2023, 18, 2025, 11), stats.milestonesByYear());
            assertEquals(20, stats.indicators());
            assertEquals(Map.of("BINDING", 11, "EXPECTED", 9), stats.indicatorsByAttribute());
            assertEquals(129, stats.tasksByStatus().get("NOT_STARTED"));
        }
        assertTrue(place.file() == null || Files.exists(place.file()), "a ledger file is made with its folder");
    }

    @Test
    void outlineAndTaskDetail() {
        try (Ledger ledger = seeded()) {
            PlanSummary plan = ledger.plans().plans().get(0);
            assertEquals("济南市天桥区“十四五”生态环境保护规划", plan.title());
            assertEquals(129, plan.tasks());
            Outline outline = ledger.plans().outline(plan.id());
            assertEquals(12, outline.chapters().size());
            assertTrue(outline.chapters().get(0).context());
            assertEquals(0, outline.chapters().get(0).taskCount());
            Outline.Section s53 = outline.chapters().get(4).sections().get(2);
            assertEquals("深化工业污染治理", s53.title());
            TaskRef t536 = s53.tasks().get(5);
            assertEquals("5.3.6", t536.code());
            assertEquals(1, t536.milestones());
            TaskDetail detail = ledger.plans().task(t536.id());
            assertEquals("实施挥发性有机物（VOCs）全过程综合治理", detail.task().title());
            assertEquals("深化工业污染治理", detail.sectionTitle());
            assertEquals(5, detail.chapterNumber());
            assertEquals(java.time.LocalDate.of(2022, 12, 31), detail.milestones().get(0).dueDate());
            assertFalse(detail.measures().isEmpty());
        }
    }

    @Test
    void searchFindsChineseWordsOfAnyLength() {
        try (Ledger ledger = seeded()) {
            List<String> hits = codes(ledger.plans().search(0, "黑臭水体", 50));
            assertTrue(hits.containsAll(List.of("6.2.4", "7.4.3")), hits.toString());
            List<String> midWord = codes(ledger.plans().search(0, "臭水体", 50));
            assertEquals(hits, midWord);
            List<String> twoChars = codes(ledger.plans().search(0, "水体", 50));
            assertTrue(twoChars.containsAll(hits) && twoChars.size() >= hits.size(), twoChars.toString());
            List<String> both = codes(ledger.plans().search(0, "农村 黑臭水体", 50));
            assertTrue(both.contains("7.4.3"), both.toString());
            assertTrue(ledger.plans().search(0, "不存在的词语", 50).isEmpty());
            assertFalse(ledger.plans().search(0, "\"VOCs\"", 50).isEmpty(), "quotes typed around a word are ignored");
            ledger.plans().search(0, "VOCs) OR (NEAR", 50); // FTS5 query syntax is never interpreted
            SearchHit hit = ledger.plans().search(0, "六溴环十二烷", 5).get(0);
            assertEquals("9.5.3", hit.code());
            assertTrue(hit.snippet().contains("六溴环十二烷"));
        }
    }

    @Test
    void searchFindsATaskByItsNumberAndASectionsTasksByTheirs() {
        try (Ledger ledger = seeded()) {
            assertEquals(List.of("5.3.6"), codes(ledger.plans().search(0, "5.3.6", 50)));
            List<String> section = codes(ledger.plans().search(0, "5.3", 50));
            assertEquals(8, section.size(), section.toString());
            assertTrue(section.stream().allMatch(c -> c.startsWith("5.3.")), section.toString());
        }
    }

    @Test
    void statusIsSavedAndRecorded() throws Exception {
        TestLedger place = backend.newLedger(dir, "l.planledger");
        long taskId;
        try (Ledger ledger = place.open()) {
            ShippedPlans.seedIfEmpty(ledger);
            taskId = ledger.plans().search(0, "黄河滩区综合整治", 1).get(0).taskId();
            var progress = ledger.progress(FIXED_DAY);
            progress.setStatus(org.planledger.model.ItemKey.task(taskId), TaskStatus.IN_PROGRESS, progress.today(), "");
            progress.setStatus(org.planledger.model.ItemKey.task(taskId), TaskStatus.IN_PROGRESS, progress.today(), "");
        }
        try (Ledger ledger = place.open()) {
            assertEquals(TaskStatus.IN_PROGRESS, ledger.plans().task(taskId).task().status());
            assertEquals(Integer.valueOf(1), ledger.read(c -> Sql.count(c, "SELECT count(*) FROM status_event")));
        }
    }

    @Test
    void reimportingARevisedEditionKeepsStatusesAndWithdrawsWhatDisappeared() {
        try (Ledger ledger = seeded()) {
            PlanStore plans = ledger.plans();
            long planId = plans.plans().get(0).id();
            long kept = plans.search(planId, "强化养殖业污染治理", 1).get(0).taskId();
            long removed = plans.search(planId, "推动重金属污染治理", 1).get(0).taskId();
            var progress = ledger.progress(FIXED_DAY);
            progress.setStatus(org.planledger.model.ItemKey.task(kept), TaskStatus.ONGOING, progress.today(), "");
            progress.setStatus(org.planledger.model.ItemKey.task(removed), TaskStatus.IN_PROGRESS, progress.today(), "");

            String revised = ShippedPlan.text()
                    .replaceFirst("推动重金属污染治理。[^\n]*\n", "")
                    .replace("强化养殖业污染治理。", "强化养殖业污染治理。新增一句措施。")
                    .replace("繁荣生态文化。", "繁荣生态文化。\n推进生态文化进社区。组织生态文化活动。");
            Plan plan = new org.planledger.planimport.PlanDocumentReader()
                    .read("revised.txt", revised.getBytes(StandardCharsets.UTF_8)).plan();
            ImportResult result = plans.importPlan(plan, "revised.txt");

            assertEquals(planId, result.planId());
            assertFalse(result.newPlan());
            assertEquals(1, result.tasksAdded());
            assertEquals(1, result.tasksWithdrawn());
            assertEquals(3, result.tasksUpdated(), "强化养殖业污染治理 got a measure, 繁荣生态文化 gave its measures to "
                    + "the new task after it, 鼓励开展生态文明建设示范 became 11.1.4; the other 125 are as they were");
            assertEquals(1, plans.plans().size());
            TaskDetail keptDetail = plans.task(kept);
            assertEquals(TaskStatus.ONGOING, keptDetail.task().status());
            assertTrue(keptDetail.text().contains("新增一句措施"));
            TaskDetail gone = plans.task(removed);
            assertTrue(gone.task().withdrawn(), "never deleted, marked withdrawn");
            assertEquals(TaskStatus.IN_PROGRESS, gone.task().status());
            assertEquals(129, plans.stats(planId).tasks());
            assertEquals(1, plans.stats(planId).withdrawnTasks());
            assertTrue(plans.search(planId, "推动重金属污染治理", 5).isEmpty(), "withdrawn tasks are not search hits");
            assertEquals("9.3.1", plans.task(plans.search(planId, "持续推进重金属污染减排", 1).get(0).taskId()).task().code());
        }
    }

    @Test
    void aFailedImportLeavesTheLedgerExactlyAsItWas() throws Exception {
        try (Ledger ledger = seeded()) {
            LedgerStats before = ledger.plans().stats(0);
            Plan shipped = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
            Plan broken = new Plan("另一个规划", "", 2026, 2020, shipped.chapters(), shipped.indicators(), "");
            assertThrows(StoreException.class, () -> ledger.plans().importPlan(broken, "broken.txt"));
            assertEquals(before, ledger.plans().stats(0));
            assertEquals(1, ledger.plans().plans().size());
        }
    }

    private Ledger seeded() {
        return backend.copyOf(SHIPPED_PLANS, dir, "ledger.planledger").open();
    }

    private static List<String> codes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::code).toList();
    }
}
