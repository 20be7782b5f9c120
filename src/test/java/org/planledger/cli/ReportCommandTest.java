package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/** {@code report add / list / missing}, and what an entry does to the lights; on a ledger file and a team ledger. */
@BothBackends
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("progress_entry", "evidence", "status_event", "extension_request",
            "light_override");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String ledger;

    @BeforeEach
    void seeded() {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        ledger = seeded.argument();
    }

    private CliRun add(Object... more) {
        List<Object> args = new ArrayList<>(List.of("report", "add", "--ledger", ledger));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray());
    }

    private long addOk(Object... more) throws Exception {
        List<Object> args = new ArrayList<>(List.of(more));
        args.add("--json");
        CliRun run = add(args.toArray());
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return JSON.readTree(run.out()).get("id").asLong();
    }

    /** Rows in each progress table, to show a refusal wrote nothing. */
    private List<Long> rows() {
        return seeded.rows(TABLES);
    }

    @Test
    void anEntryIsWrittenAndItsNumberPrinted() throws Exception {
        Path photo = Files.writeString(dir.resolve("现场照片.jpg"), "jpeg bytes");
        CliRun run = add("--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-10",
                "--progress", "完成3家企业源头替代", "--percent", 60, "--evidence", photo);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals("已写入进展记录 1：5.3.6，2026年10月，填报单位生态环境分局，填报日期2026年11月29日。", run.lines().get(0));
        assertEquals("佐证材料 1 个：现场照片.jpg", run.lines().get(1));
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L), rows(), "the entry, its evidence, and the task started");
    }

    @Test
    void anEntryForThePeriodEndsNotReported() throws Exception {
        String before = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6").out();
        assertTrue(before.contains("  红灯：完成时限2025年12月31日已过，未启动，未销号（逾期333天）；2026年10月未报送进展"), before);

        addOk("--task", "5.3.6", "--department", "市生态环境局天桥分局", "--period", "2026-10", "--progress", "推进中");

        CliRun after = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6");
        assertTrue(after.lines().contains("  红灯：完成时限2025年12月31日已过，推进中，未销号（逾期333天）"), after::toString);
        assertTrue(after.lines().contains("  牵头单位：生态环境分局；完成时限：2025年12月31日；状态：推进中；结果：未完成；最近填报：2026年11月29日"),
                after::toString);
    }

    @Test
    void withoutAPeriodTheEntryIsForTheReportDueSoTheLightNoLongerSaysNotReported() throws Exception {
        // 29 November, monthly by the 5th: October's report is owed
        CliRun first = add("--task", "5.3.6", "--department", "生态环境分局", "--progress", "完成3家企业源头替代");
        assertEquals(ExitCodes.OK, first.code(), first::toString);
        assertTrue(first.lines().get(0).contains("5.3.6，2026年10月，"), first::toString);
        CliRun lights = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6");
        assertFalse(lights.out().contains("未报送"), lights::toString);
        // October is reported: the next entry is for the current month
        CliRun second = add("--task", "5.3.6", "--department", "生态环境分局", "--progress", "又完成2家");
        assertTrue(second.lines().get(0).contains("5.3.6，2026年11月，"), second::toString);
    }

    @Test
    void aPercentBehindTheScheduleTurnsTheLightRed() throws Exception {
        // 2023-07-10: 920 of the plan's 1,825 days have passed, so 50% is expected
        CliRun before = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6", "--as-of", "2023-07-10");
        assertTrue(before.lines().contains("  黄灯：2023年6月未报送进展"), before::toString);

        long id = addOk("--task", "5.3.6", "--department", "生态环境分局", "--period", "2023-06", "--written", "2023-06-30",
                "--progress", "完成1家企业源头替代", "--percent", 10);

        CliRun after = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6", "--as-of", "2023-07-10");
        assertTrue(after.lines().contains("  红灯：报送完成10%，按序时进度应达50%，落后40个百分点"), after::toString);
        assertTrue(after.out().contains("报送完成比例：10%"), after::toString);
        // as of a day before the entry was written, it is not there yet
        CliRun earlier = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6", "--as-of", "2023-06-29");
        assertFalse(earlier.out().contains("报送完成10%"), earlier::toString);

        // a correction to 45%: 5 points behind is within the 10 points the rules allow before yellow, so green
        addOk("--task", "5.3.6", "--department", "生态环境分局", "--period", "2023-06", "--written", "2023-07-01",
                "--progress", "更正：已完成5家", "--percent", 45, "--supersedes", id);
        CliRun corrected = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6", "--as-of", "2023-07-10");
        assertTrue(corrected.lines().contains("  绿灯：正常推进，完成时限2025年12月31日，还有905天"), corrected::toString);
    }

    @Test
    void aMilestoneIsNamedByItsPlaceOrItsYear() throws Exception {
        long byPlace = addOk("--task", "3.2.4", "--milestone", 2, "--department", "发改局", "--period", "2023-Q2",
                "--written", "2023-07-03", "--progress", "重点工业行业能效提升");
        long byYear = addOk("--task", "5.3.6", "--milestone", 2022, "--department", "生态环境分局", "--period", "2022",
                "--written", "2022-12-20", "--progress", "源头替代");
        JsonNode list = JSON.readTree(CliRun.of("report", "list", "3.2.4", "--ledger", ledger, "--json").out());
        assertEquals(byPlace, list.get("entries").get(0).get("id").asLong());
        assertEquals(2, list.get("entries").get(0).get("milestone").asInt());
        assertEquals("2023-Q2", list.get("entries").get(0).get("period").asText());
        JsonNode vocs = JSON.readTree(CliRun.of("report", "list", "5.3.6", "--ledger", ledger, "--json").out());
        assertEquals(byYear, vocs.get("entries").get(0).get("id").asLong());
        assertEquals(1, vocs.get("entries").get(0).get("milestone").asInt());

        CliRun ambiguous = add("--task", "3.2.4", "--milestone", 2023, "--department", "发改局", "--period", "2023-06",
                "--written", "2023-07-03", "--progress", "x");
        assertEquals(ExitCodes.BAD_INPUT, ambiguous.code(), ambiguous::toString);
        assertTrue(ambiguous.err().contains("任务 3.2.4 在 2023 年有 3 个时间节点"), ambiguous::toString);
        CliRun none = add("--task", "5.3.6", "--milestone", 4, "--department", "生态环境分局", "--period", "2023-06",
                "--written", "2023-07-03", "--progress", "x");
        assertEquals(ExitCodes.BAD_INPUT, none.code(), none::toString);
        assertTrue(none.err().contains("任务 5.3.6 没有时间节点“4”：它有 1 个时间节点（2022年）"), none::toString);
    }

    @Test
    void everyRefusalSaysWhyAndLeavesTheLedgerAsItWas() throws Exception {
        addOk("--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-10", "--progress", "已有一条");
        Path big = dir.resolve("扫描件.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        Path empty = Files.createFile(dir.resolve("空.pdf"));
        List<Long> before = rows();
        Object[][] refusals = {
            {"完成比例应在 0 到 100 之间，填写的是 150", "--percent", 150},
            {"--written 的日期“2023-13-40”无效", "--written", "2023-13-40"},
            {"早于规划开始日期2021年1月1日", "--written", "2020-12-31"},
            {"晚于今天（2026年11月29日）", "--written", "2026-12-01"},
            {"找不到佐证材料文件", "--evidence", dir.resolve("没有这个文件.pdf")},
            {"超过单个文件 20.0 MB 的上限", "--evidence", big},
            {"是空文件", "--evidence", empty},
            {"报送期间“2026-13”无效", "--period", "2026-13"},
            {"报送期间“2026年12月”在填报日期2026年11月29日之后才开始", "--period", "2026-12"},
            {"要更正的进展记录 999 不属于这项任务", "--supersedes", 999},
        };
        for (Object[] r : refusals) {
            List<Object> args = new ArrayList<>(List.of("--task", "5.3.6", "--department", "生态环境分局", "--progress", "进展"));
            if (!List.of(r).contains("--period")) {
                args.addAll(List.of("--period", "2026-10"));
            }
            args.addAll(List.of(r).subList(1, r.length));
            CliRun run = add(args.toArray());
            assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
            assertTrue(run.err().contains((String) r[0]), run::toString);
            assertEquals("", run.out());
            assertEquals(before, rows(), () -> "nothing written: " + run);
        }
        CliRun water = add("--task", "5.3.6", "--department", "水务局", "--period", "2026-10", "--progress", "x");
        assertEquals(ExitCodes.BAD_INPUT, water.code(), water::toString);
        assertEquals("“区水务局”既不牵头也不配合5.3.6，不能为它填报进展，未作任何改动。", water.err().strip());
        CliRun task = add("--task", "99.1.1", "--department", "水务局", "--period", "2026-10", "--progress", "x");
        assertEquals(ExitCodes.BAD_INPUT, task.code(), task::toString);
        assertTrue(task.err().contains("中没有编号为 99.1.1 的任务"), task::toString);
        CliRun blank = add("--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-10", "--progress", " ");
        assertEquals(ExitCodes.BAD_INPUT, blank.code(), blank::toString);
        CliRun missing = add("--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-10");
        assertEquals(ExitCodes.BAD_INPUT, missing.code(), "--progress is required");
        assertEquals(before, rows());
    }

    @Test
    void listShowsCorrectionsAndEvidence() throws Exception {
        Path scan = Files.writeString(dir.resolve("检查记录.pdf"), "pdf");
        long first = addOk("--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-09", "--written", "2026-10-08",
                "--progress", "完成2家", "--percent", 40, "--evidence", scan);
        long second = addOk("--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-09", "--written", "2026-10-09",
                "--progress", "更正：完成3家", "--percent", 50, "--supersedes", first);

        CliRun run = CliRun.of("report", "list", "5.3.6", "--ledger", ledger);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("\\s*" + first + "\\s+2026年10月8日\\s+2026年9月\\s+市生态环境局天桥分局\\s+任务"
                + "\\s+40%\\s+完成2家\\s+检查记录\\.pdf\\s+已被记录 " + second + " 更正")), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("\\s*" + second + "\\s+2026年10月9日.*更正记录 " + first)),
                run::toString);
        assertTrue(run.lines().contains("共 2 条记录，其中 1 条已被更正（截至2026年11月29日）。"), run::toString);

        JsonNode o = JSON.readTree(CliRun.of("report", "list", "5.3.6", "--ledger", ledger, "--json").out());
        JsonNode e = o.get("entries");
        assertEquals(second, e.get(0).get("supersededBy").asLong());
        assertFalse(e.get(0).get("current").asBoolean());
        assertEquals("检查记录.pdf", e.get(0).get("evidence").get(0).get("name").asText());
        assertEquals(first, e.get(1).get("supersedes").asLong());
        assertEquals(50, e.get(1).get("percent").asInt());

        // as of the day between the two, the correction is not there yet
        JsonNode then = JSON.readTree(CliRun.of("report", "list", "5.3.6", "--ledger", ledger, "--as-of", "2026-10-08",
                "--json").out());
        assertEquals(1, then.get("entries").size());
        assertTrue(then.get("entries").get(0).get("supersededBy").isNull());
    }

    @Test
    void missingNamesWhoHasNotReportedOnEveryTask() throws Exception {
        JsonNode before = missing();
        assertEquals("2026-10", before.get("period").asText(), "the last period whose reports were due");
        assertEquals("2026-11-05", before.get("due").asText());
        JsonNode finance = department(before, "财政局");
        assertEquals(2, finance.get("owed").asInt());
        assertEquals(0, finance.get("reported").asInt());
        assertTrue(department(before, "教体局") != null);

        // 财政局 leads 10.3.3 and 12.2.1 and reports on one; 教体局 leads only 11.1.1 and reports on it
        addOk("--task", "10.3.3", "--department", "财政局", "--period", "2026-10", "--written", "2026-11-03", "--progress", "拨付资金");
        addOk("--task", "11.1.1", "--department", "教体局", "--period", "2026-10", "--written", "2026-11-04", "--progress", "开展宣传");

        JsonNode after = missing();
        finance = department(after, "财政局");
        assertEquals(2, finance.get("owed").asInt());
        assertEquals(1, finance.get("reported").asInt());
        assertEquals(List.of("12.2.1"), StreamSupport.stream(finance.get("missing").spliterator(), false)
                .map(JsonNode::asText).toList());
        assertEquals(null, department(after, "教体局"), "reported on everything it owed");
        assertEquals(before.get("missing").asInt() - 2, after.get("missing").asInt());

        CliRun text = CliRun.of("report", "missing", "--ledger", ledger);
        assertTrue(text.lines().contains("报送期间：2026年10月（截止日2026年11月5日），截至2026年11月29日"), text::toString);
        assertTrue(text.lines().stream().anyMatch(l -> l.matches("财政局\\s+2\\s+1\\s+1\\s+12\\.2\\.1")), text::toString);
        assertFalse(text.out().contains("教体局"), text::toString);

        // an earlier period: nobody had reported
        JsonNode september = JSON.readTree(CliRun.of("report", "missing", "--ledger", ledger, "--period", "2026-09",
                "--json").out());
        assertEquals(september.get("owed").asInt(), september.get("missing").asInt());
    }

    private JsonNode missing() throws Exception {
        CliRun run = CliRun.of("report", "missing", "--ledger", ledger, "--json");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return JSON.readTree(run.out());
    }

    private static JsonNode department(JsonNode missing, String shortName) {
        for (JsonNode d : missing.get("departments")) {
            if (d.get("shortName").asText().equals(shortName)) {
                return d;
            }
        }
        return null;
    }
}
