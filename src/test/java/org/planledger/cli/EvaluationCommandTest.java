package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.PeriodKind;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.progress.NewEntry;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The shipped plan carried through its end from the command line, on both databases: start →
 * propose (checked against the ledger's facts) → set and confirm → close → writes refused by the
 * database → lights show the outcomes → reopen with a reason → writable again. Every refusal
 * leaves the ledger as it was.
 */
@BothBackends
class EvaluationCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private long plan;

    @BeforeEach
    void theShippedPlanWithSomeFacts() throws java.io.IOException {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        try (Ledger ledger = seeded.open()) {
            plan = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM plan"));
            var progress = ledger.progress(TestClock.get());
            ItemKey closed = ItemKey.task(task(ledger, "5.3.6"));
            long lead = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ? "
                    + "AND role = 'LEAD'", closed.taskId()));
            Path report = java.nio.file.Files.write(dir.resolve("验收报告.pdf"), new byte[] {1, 2, 3});
            progress.requestCloseOut(closed, lead, LocalDate.of(2025, 10, 15), "已完成治理",
                    List.of(new org.planledger.store.progress.EvidenceFile(report)));
            progress.acceptCloseOut(closed, LocalDate.of(2025, 10, 20), "验收通过");
            progress.setStatus(ItemKey.task(task(ledger, "2.2.1")), TaskStatus.ONGOING, LocalDate.of(2025, 3, 1), "转为常态化");
            entry(ledger, "2.2.2", 100, LocalDate.of(2025, 11, 5));
            entry(ledger, "2.2.3", 85, LocalDate.of(2025, 12, 10));
        }
    }

    private static long task(Ledger ledger, String code) {
        return ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = ?", code));
    }

    private static void entry(Ledger ledger, String code, int percent, LocalDate on) {
        long t = task(ledger, code);
        long lead = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ? AND role = 'LEAD'", t));
        ledger.progress(TestClock.get()).addEntry(new NewEntry(ItemKey.task(t), lead,
                new ReportingPeriod(PeriodKind.MONTH, on.withDayOfMonth(1)), on, "推进", "", "", percent, null, List.of()));
    }

    private CliRun run(Object... args) {
        List<Object> all = new java.util.ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(seeded.argument());
        return CliRun.of(all.toArray());
    }

    private CliRun ok(Object... args) {
        CliRun r = run(args);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        return r;
    }

    private CliRun refused(String expected, Object... args) {
        String before = seeded.digest();
        CliRun r = run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(before, seeded.digest(), "the refusal left the ledger as it was: " + r.err());
        return r;
    }

    private Map<String, JsonNode> items() throws Exception {
        JsonNode shown = JSON.readTree(ok("evaluation", "show", "--json").out());
        Map<String, JsonNode> out = new HashMap<>();
        shown.get("items").forEach(i -> out.put(i.get("item").asText(), i));
        return out;
    }

    @Test
    void theShippedPlanIsEvaluatedClosedAndReopened() throws Exception {
        refused("尚未结束", "evaluation", "start", "--plan", plan, "--as-of", "2025-06-30");
        refused("没有正在进行的评估", "evaluation", "propose");
        ok("evaluation", "start", "--plan", plan);
        CliRun proposed = ok("evaluation", "propose");
        assertTrue(proposed.out().contains("保留部门填报或已确认的 0 项"), proposed.out());

        Map<String, JsonNode> items = items();
        assertEquals("DONE", items.get("5.3.6").get("outcome").asText(), "已销号 → 已完成");
        assertEquals("2025-10-20", items.get("5.3.6").get("doneOn").asText(), "on its closing day");
        assertEquals("PROPOSED", items.get("5.3.6").get("state").asText());
        assertEquals("ONGOING", items.get("2.2.1").get("outcome").asText());
        assertEquals("DONE", items.get("2.2.2").get("outcome").asText(), "100 % reported");
        assertEquals("2025-11-05", items.get("2.2.2").get("doneOn").asText());
        assertEquals("MOSTLY_DONE", items.get("2.2.3").get("outcome").asText(), "85 % reported");
        assertTrue(items.values().stream().anyMatch(i -> i.get("outcome").asText().equals("NOT_DONE")
                && i.get("note").asText().equals("依据台账：无进展填报")));

        ok("evaluation", "set", "2.2.3", "--outcome", "已调整", "--note", "2024年方案调整");
        CliRun again = ok("evaluation", "propose");
        assertTrue(again.out().contains("保留部门填报或已确认的 1 项"), again.out());
        assertEquals("ADJUSTED", items().get("2.2.3").get("outcome").asText(), "propose never overwrites the manager's word");
        refused("须写明完成时间", "evaluation", "set", "2.2.3", "--outcome", "已完成");
        refused("没有 9.9.9", "evaluation", "set", "9.9.9", "--outcome", "未完成");

        CliRun early = refused("还不能确认", "evaluation", "confirm");
        assertTrue(early.err().contains("162 项任务或时间节点、20 项指标尚无确认的结果：2.1.1、2.1.2"), early.err());
        refused("尚未确认", "plan", "close", "--plan", plan);
        // indicators without a conclusion: confirming everything is refused, and no outcome was confirmed on the way
        CliRun allTooEarly = refused("0 项任务或时间节点、20 项指标尚无确认的结果", "evaluation", "confirm", "--all");
        assertTrue(allTooEarly.err().contains("城市细颗粒物（PM2.5）浓度"), allTooEarly.err());

        // indicators without a value get no proposed conclusion: the manager gives them one
        JsonNode shown = JSON.readTree(ok("evaluation", "show", "--json").out());
        for (JsonNode i : shown.get("indicators")) {
            if (i.get("conclusion").isNull()) {
                ok("evaluation", "indicator", i.get("number").asText(), "--value", "1", "--verdict",
                        "约束性".equals(i.get("attribute").asText()) || "BINDING".equals(i.get("attribute").asText()) ? "已达标" : "基本符合");
            }
        }
        CliRun confirmed = ok("evaluation", "confirm", "--all");
        assertTrue(confirmed.out().contains("的评估（截至 2026年11月29日）已确认"), confirmed.out());

        CliRun closed = ok("plan", "close", "--plan", plan);
        assertTrue(closed.out().contains("已终结（数据截至 2026年11月29日）"), closed.out());
        JsonNode listed = JSON.readTree(ok("plans", "--json").out()).get("plans").get(0);
        assertEquals("CLOSED", listed.get("state").asText(), "plans lists it as 已终结");
        assertEquals("2026-11-29", listed.get("closedOn").asText());

        // the database refuses a write to the closed plan, through the app and behind its back
        String before = seeded.digest();
        CliRun status = run("status", "set", "--task", "2.2.2", "--status", "suspended", "--reason", "暂停", "--on", "2026-11-29");
        assertTrue(status.code() != ExitCodes.OK && status.err().contains("该计划已终结（只读）"), status::toString);
        assertEquals(before, seeded.digest());
        try (var c = seeded.connect(); var st = c.createStatement()) {
            java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> st.execute("UPDATE milestone SET due_date = '2030-12-31'"));
            assertTrue(e.getMessage().contains("plan_closed"), e.getMessage());
        }
        assertEquals(before, seeded.digest());

        // lights show the outcomes, no more days overdue
        CliRun lights = ok("lights", "--plan", plan);
        assertTrue(lights.out().contains("计划已终结，终期评估结果：已完成（2025年10月20日）"), lights.out());
        assertTrue(lights.out().contains("计划已终结，终期评估结果：已调整（不再实施）"), lights.out());
        assertTrue(!lights.out().matches("(?s).*逾期\\d+天.*"), lights.out());
        assertTrue(lights.out().contains("”（已终结，只读；数据截至2026年11月29日，信号灯为终期评估结果）"), lights.out());
        Path book = dir.resolve("汇总.xlsx");
        ok("export", "summary", "--plan", plan, "--out", book);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(book.toFile(), null, true)) {
            assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().endsWith("实施情况汇总（已终结，数据截至2026年11月29日）"),
                    wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }

        refused("须写明理由", "plan", "reopen", "--plan", plan, "--reason", " ");
        CliRun reopened = ok("plan", "reopen", "--plan", plan, "--reason", "补充佐证材料");
        assertTrue(reopened.out().contains("已重新开启（理由：补充佐证材料）"), reopened.out());
        ok("evaluation", "set", "2.2.3", "--outcome", "基本完成");
        try (Ledger ledger = seeded.open()) {
            assertEquals(List.of("EVALUATING", "CLOSED", "EVALUATING"), ledger.evaluations(TestClock.get()).history(plan)
                    .stream().map(h -> h.state().name()).toList());
            assertEquals("补充佐证材料", ledger.evaluations(TestClock.get()).history(plan).get(2).reason());
        }
    }
}
