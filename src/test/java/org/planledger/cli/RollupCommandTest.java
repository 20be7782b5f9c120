package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressStore;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/** {@code rollup}: by chapter, department and year, as a table, CSV and JSON, on the shipped plan; on both backends. */
@BothBackends
class RollupCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    private static TestLedger freshLedger;
    private static String fresh;

    @BeforeParameterizedClassInvocation
    static void seeded(Backend backend) {
        freshLedger = CliRun.seeded(backend, dir, "fresh-" + backend.name() + ".planledger");
        fresh = freshLedger.argument();
    }

    private static JsonNode json(Object... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return JSON.readTree(run.out());
    }

    @Test
    void theSeededPlanHas129RedTasksNoneClosed() throws Exception {
        JsonNode o = json("rollup", "--ledger", fresh, "--json");
        JsonNode plan = o.get("plan");
        assertEquals(129, plan.get("total").asInt());
        assertEquals(0, plan.get("closed").asInt());
        assertEquals("0.0", plan.get("completion").toString());
        assertEquals(129, plan.get("byLight").get("RED").asInt());
        assertEquals(129, plan.get("byStatus").get("NOT_STARTED").asInt());
        assertEquals("2026-11-29", o.get("asOf").asText());
        int sum = 0;
        for (JsonNode ch : o.get("chapters")) {
            sum += ch.get("total").asInt();
            int sections = 0;
            for (JsonNode s : ch.get("sections")) {
                sections += s.get("total").asInt();
            }
            assertEquals(ch.get("total").asInt(), sections);
        }
        assertEquals(129, sum);

        CliRun table = CliRun.of("rollup", "--ledger", fresh);
        assertEquals(ExitCodes.OK, table.code(), table::toString);
        String planRow = table.lines().stream().filter(l -> l.startsWith("全规划")).findFirst().orElseThrow();
        assertEquals(List.of("全规划", "129", "0", "0.0", "0.0", "129", "0", "0", "0", "129", "0", "0", "0", "0", "0"),
                List.of(planRow.trim().split("\\s+")), planRow);
        assertTrue(table.lines().stream().anyMatch(l -> l.startsWith("  5.3 ")), table::toString);

        JsonNode milestones = json("rollup", "--ledger", fresh, "--json", "--milestones");
        assertEquals(34, milestones.get("plan").get("total").asInt());
        assertTrue(milestones.get("options").get("countMilestones").asBoolean());
    }

    @Test
    void closedOutTasksCountInTheirChapterByCountAndByWeight() throws Exception {
        TestLedger closedLedger = CliRun.seeded(backend, dir, "closed-" + backend.name() + ".planledger");
        String ledger = closedLedger.argument();
        Path evidence = Files.writeString(dir.resolve("验收报告.txt"), "已完成");
        List<ItemLight> closed = new ArrayList<>();
        try (Ledger l = closedLedger.open()) {
            ProgressStore p = l.progress(CLOCK);
            List<ItemLight> chapter2 = p.lights(0, TODAY).stream()
                    .filter(i -> !i.item().isMilestone() && i.item().chapterNumber() == 2).toList();
            assertEquals(5, chapter2.size());
            for (ItemLight il : chapter2.subList(0, 2)) {
                p.requestCloseOut(il.item().key(), il.item().leadId(), LocalDate.of(2026, 11, 20), "已完成",
                        List.of(new EvidenceFile(evidence)));
                p.acceptCloseOut(il.item().key(), LocalDate.of(2026, 11, 25), "同意销号");
                closed.add(il);
            }
            l.rollup(CLOCK).setWeight(closed.get(0).item().key().taskId(), 3);
        }
        JsonNode o = json("rollup", "--ledger", ledger, "--json", "--items");
        JsonNode ch2 = o.get("chapters").get(0);
        assertEquals(2, ch2.get("number").asInt());
        assertEquals(5, ch2.get("total").asInt());
        assertEquals(2, ch2.get("closed").asInt());
        assertEquals("40.0", ch2.get("completion").toString());
        assertEquals("57.1", ch2.get("weightedCompletion").toString(), "(3 + 1) / (3 + 1 + 1 + 1 + 1)");
        assertEquals(2, ch2.get("byLight").get("GREEN").asInt());
        assertEquals(3, ch2.get("byLight").get("RED").asInt());
        assertEquals(2, ch2.get("byStatus").get("CLOSED").asInt());
        assertEquals(3, ch2.get("byStatus").get("NOT_STARTED").asInt());
        List<String> codes = new ArrayList<>();
        ch2.get("items").get("closed").forEach(c -> codes.add(c.asText()));
        assertEquals(closed.stream().map(i -> i.item().code()).toList(), codes);
        JsonNode plan = o.get("plan");
        assertEquals(2, plan.get("closed").asInt());
        assertEquals("1.6", plan.get("completion").toString(), "2 / 129");
        assertEquals("3.1", plan.get("weightedCompletion").toString(), "4 / 131");

        CliRun table = CliRun.of("rollup", "--ledger", ledger);
        String row = table.lines().stream().filter(l -> l.startsWith("2 ")).findFirst().orElseThrow();
        List<String> cells = List.of(row.trim().split("\\s+"));
        assertEquals(List.of("5", "2", "40.0", "57.1", "3", "0", "2", "0", "3"), cells.subList(cells.size() - 14,
                cells.size() - 5), row);
    }

    @Test
    void byDepartmentMatchesTheRollupOnTheSameInput() throws Exception {
        JsonNode o = json("rollup", "--ledger", fresh, "--by", "department", "--json", "--with-cooperation");
        RollupInput in;
        try (Ledger l = freshLedger.open()) {
            in = l.rollup(CLOCK).input(l.plans().plans().get(0).id(), TODAY);
        }
        in = in.withOptions(new org.planledger.rollup.RollupOptions(false, true));
        List<DepartmentRollup> expected = Rollup.byDepartment(in);
        assertEquals(expected.size(), o.get("departments").size());
        Map<Long, JsonNode> byId = new HashMap<>();
        o.get("departments").forEach(d -> byId.put(d.get("departmentId").asLong(), d));
        for (DepartmentRollup d : expected) {
            JsonNode j = byId.get(d.departmentId());
            assertEquals(d.name(), j.get("name").asText());
            assertEquals(d.led().count(), j.get("led").asInt());
            assertEquals(d.cooperated().count(), j.get("cooperated").asInt());
            assertEquals(d.counted().count(), j.get("counted").asInt());
            assertEquals(d.done().count(), j.get("done").asInt());
            assertEquals(d.onTrack().count(), j.get("onTrack").asInt());
            assertEquals(d.late().count(), j.get("late").asInt());
            assertEquals(d.notReported().count(), j.get("notReported").asInt());
            assertEquals(RollupCommand.percentText(d.completion()), j.get("completion").toString());
        }
        assertTrue(o.get("options").get("departmentIncludesCooperation").asBoolean());

        CliRun table = CliRun.of("rollup", "--ledger", fresh, "--by", "department", "--weighted");
        assertTrue(table.lines().stream().anyMatch(l -> l.startsWith("部门") && l.contains("未报送")
                && l.endsWith("加权完成率")), table::toString);
    }

    @Test
    void byYearCountsTheMilestonesDueEachYear() throws Exception {
        JsonNode o = json("rollup", "--ledger", fresh, "--by", "year", "--json");
        JsonNode y2023 = null;
        for (JsonNode y : o.get("years")) {
            if (y.get("year").asInt() == 2023) {
                y2023 = y;
            }
        }
        assertEquals(18, y2023.get("due").asInt());
        assertEquals(18, y2023.get("notDone").asInt());
        CliRun table = CliRun.of("rollup", "--ledger", fresh, "--by", "year");
        assertTrue(table.lines().contains("2023        18         0         0      18       0     0"), table::toString);
    }

    @Test
    void csvHasABomAHeaderAndPlainNumbers() throws Exception {
        CliRun run = CliRun.of("rollup", "--ledger", fresh, "--format", "csv");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.out().startsWith("\uFEFF"), run::toString);
        List<List<String>> rows = csv(run.out().substring(1));
        assertEquals("层级", rows.get(0).get(0));
        int columns = rows.get(0).size();
        assertTrue(rows.stream().allMatch(r -> r.size() == columns), rows::toString);
        List<String> plan = rows.get(1);
        assertEquals(List.of("全规划", "", "全规划", "129", "0", "0.0", "0.0", "129"), plan.subList(0, 8));
        assertEquals("章", rows.get(2).get(0));

        Path file = dir.resolve(backend.name() + "-year.csv");
        CliRun written = CliRun.of("rollup", "--ledger", fresh, "--by", "year", "--format", "csv", "--output", file);
        assertEquals(ExitCodes.OK, written.code(), written::toString);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<List<String>> years = csv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertEquals(List.of("年度", "到期节点", "按期完成", "逾期完成", "未完成", "未到期", "暂缓"), years.get(0));
        assertTrue(years.contains(List.of("2023", "18", "0", "0", "18", "0", "0")), years::toString);
    }

    @Test
    void badInputIsRefused() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("rollup", "--ledger", fresh, "--by", "month").code());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("rollup", "--ledger", fresh, "--as-of", "2019-01-01").code());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("rollup", "--ledger", fresh, "--plan", "99").code());
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        return rows;
    }
}
