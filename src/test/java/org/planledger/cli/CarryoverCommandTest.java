package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.Change;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestLedger;

/**
 * {@code carryover suggest | confirm | set | drop | list} on a ledger holding the shipped plan
 * (plan 1) and a next-plan variant made from it (plan 2): the proposals in the JSON the issue
 * names, a confirmation carrying the division, and every refusal worded with the ledger left as it was.
 */
@BothBackends
class CarryoverCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static NextPlanVariant.Result variant;

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger test;

    @BeforeAll
    static void theVariant() {
        variant = NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan());
    }

    @BeforeEach
    void twoPlans() {
        test = backend.copyOf(LedgerTemplate.TWO_PLANS, dir, "l.planledger");
    }

    private CliRun run(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(test.argument());
        return CliRun.of(all.toArray());
    }

    private String codeOf(Change change) {
        return variant.changes().entrySet().stream().filter(e -> e.getValue() == change).findFirst().orElseThrow().getKey();
    }

    private void refused(String digest, String expected, Object... args) {
        CliRun r = run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(digest, test.digest(), "the ledger is left as it was");
    }

    @Test
    void suggestGivesEachUnfinishedTaskItsProposalsBestFirstAsJson() throws Exception {
        CliRun r = run("carryover", "suggest", "--from", "1", "--to", "2", "--json");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode list = JSON.readTree(r.out());
        assertTrue(list.isArray());
        assertEquals(129, list.size());
        String moved = codeOf(Change.YEARS_ONLY);
        String dropped = codeOf(Change.DROPPED);
        for (JsonNode s : list) {
            assertEquals(List.of("from", "proposals"), names(s));
            for (JsonNode p : s.get("proposals")) {
                assertEquals(List.of("to", "score", "shared"), names(p));
            }
            if (s.get("from").asText().equals(moved)) {
                JsonNode first = s.get("proposals").get(0);
                assertEquals(variant.successors().get(moved), Set.of(first.get("to").asText()));
                assertTrue(first.get("score").asDouble() >= 0.9, first.toString());
                assertTrue(first.get("shared").size() >= 1, first.toString());
            }
            if (s.get("from").asText().equals(dropped)) {
                assertEquals(0, s.get("proposals").size(), s.toString());
            }
        }
        assertEquals(1, test.count("SELECT count(DISTINCT from_task_id) FROM carryover_link WHERE state = 'SUGGESTED' AND "
                + "from_task_id = (SELECT id FROM task WHERE plan_id = 1 AND code = '" + moved + "')"), "recorded as 建议");

        CliRun words = run("carryover", "suggest");
        assertEquals(ExitCodes.OK, words.code(), words::toString);
        assertTrue(words.out().contains("结转建议：十四五 → 十五五"), words.out());
        assertTrue(words.out().contains("无承接任务"), words.out());
    }

    @Test
    void confirmTakesTheFirstProposalAndTheSuccessorGetsTheDivisionAsADraft() throws Exception {
        String from = codeOf(Change.LIGHTLY_REWORDED);
        String to = variant.successors().get(from).iterator().next();
        assertEquals(ExitCodes.OK, run("carryover", "suggest").code());
        CliRun confirmed = run("carryover", "confirm", from);
        assertEquals(ExitCodes.OK, confirmed.code(), confirmed::toString);
        assertTrue(confirmed.out().contains("已确认：十五五 " + to + " 承接 十四五 " + from), confirmed.out());
        assertEquals(List.of("DRAFT"), test.strings("SELECT d.state FROM task_division d JOIN task t ON t.id = d.task_id "
                + "WHERE t.plan_id = 2 AND t.code = '" + to + "'"));
        assertEquals(test.strings("SELECT a.department_id || a.role FROM task_assignment a JOIN task t ON t.id = a.task_id "
                + "WHERE t.plan_id = 1 AND t.code = '" + from + "' ORDER BY a.role, a.department_id"),
                test.strings("SELECT a.department_id || a.role FROM task_assignment a JOIN task t ON t.id = a.task_id "
                + "WHERE t.plan_id = 2 AND t.code = '" + to + "' ORDER BY a.role, a.department_id"));

        JsonNode links = JSON.readTree(run("carryover", "list", "--json").out()).get("links");
        JsonNode link = null;
        for (JsonNode l : links) {
            if (l.get("from").asText().equals(from)) {
                link = l;
            }
        }
        assertEquals("CONFIRMED", link.get("state").asText());
        assertEquals(to, link.get("to").asText());
        assertEquals("十五五", link.get("toPlan").asText());
        assertTrue(run("carryover", "list").out().contains("已确认"));

        CliRun status = run("status", "set", "--plan", "2", "--task", to, "--status", "推进中");
        assertEquals(ExitCodes.OK, status.code(), status::toString);
        assertTrue(status.out().contains("承接：十四五 " + from), status.out());
        CliRun other = run("status", "set", "--plan", "1", "--task", from, "--status", "推进中");
        assertTrue(!other.out().contains("承接"), other.out());

        CliRun rollup = run("rollup", "--plan", "2");
        assertTrue(rollup.out().contains("承接上一规划：1 项任务"), rollup.out());
        assertEquals(1, JSON.readTree(run("rollup", "--plan", "2", "--json").out()).get("carryingOver").asInt());
        assertEquals(0, JSON.readTree(run("rollup", "--plan", "1", "--json").out()).get("carryingOver").asInt());

        Path book = dir.resolve("汇总.xlsx");
        CliRun export = run("export", "summary", "--plan", "2", "--out", book);
        assertEquals(ExitCodes.OK, export.code(), export::toString);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(book.toFile())) {
            List<String> overview = cells(wb.getSheet("总览"));
            assertTrue(overview.contains("1 项任务承接上一规划的工作"), overview.toString());
            List<String> marked = cells(wb.getSheet("台账")).stream().filter(c -> c.startsWith("承接")).toList();
            assertEquals(1, marked.size(), marked.toString());
            assertTrue(marked.get(0).startsWith("承接 十四五 " + from), marked.toString());
        }
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }

    @Test
    void setPicksAnotherAndDropMarksNotCarriedOverWithItsReason() throws Exception {
        String from = codeOf(Change.YEARS_ONLY);
        CliRun set = run("carryover", "set", from, "2.1.1", "--json");
        assertEquals(ExitCodes.OK, set.code(), set::toString);
        assertEquals("2.1.1", JSON.readTree(set.out()).get("to").asText());

        CliRun drop = run("carryover", "drop", from, "--reason", "已纳入常态化工作");
        assertEquals(ExitCodes.OK, drop.code(), drop::toString);
        assertTrue(drop.out().contains("已标记 十四五 " + from + " 不结转：已纳入常态化工作"), drop.out());
        assertEquals(List.of("NOT_CARRIED 已纳入常态化工作"), test.strings("SELECT l.state || ' ' || l.reason FROM carryover_link l "
                + "JOIN task t ON t.id = l.from_task_id WHERE t.plan_id = 1 AND t.code = '" + from + "'"));
    }

    @Test
    void refusalsAreWordedAndLeaveTheLedgerAsItWas() {
        assertEquals(ExitCodes.OK, run("carryover", "suggest").code());
        String from = codeOf(Change.LIGHTLY_REWORDED);
        assertEquals(ExitCodes.OK, run("carryover", "confirm", from).code());
        String digest = test.digest();
        refused(digest, "不结转须说明理由（--reason）", "carryover", "drop", from);
        refused(digest, "已确认为", "carryover", "confirm", from, variant.successors().get(from).iterator().next());
        refused(digest, "没有编号为 99.9.9 的任务", "carryover", "confirm", "99.9.9");
        refused(digest, "没有编号为 99.9.9 的任务", "carryover", "set", from, "99.9.9");
        refused(digest, "结转须在两个不同的规划之间进行", "carryover", "confirm", from, "--from", "2", "--to", "2");
        refused(digest, "不能作为承接任务", "carryover", "set", "2.1.1", "2.1.1", "--from", "2", "--to", "1");
        refused(digest, "没有建议的承接任务", "carryover", "confirm", codeOf(Change.DROPPED));
        refused(digest, "规划", "carryover", "suggest", "--from", "7");
    }

    @Test
    void aLedgerWithOnePlanHasNothingToCarryOverInto() {
        test = backend.copyOf(LedgerTemplate.SEEDED, dir, "one.planledger");
        String digest = test.digest();
        refused(digest, "只有一个规划。请先导入新规划", "carryover", "suggest");
        refused(digest, "只有一个规划。请先导入新规划", "carryover", "confirm", "5.3.6");
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
