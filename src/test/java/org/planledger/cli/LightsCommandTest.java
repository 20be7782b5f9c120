package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;

/** {@code lights}: counts by light and outcome, the list, and one task explained; on a ledger file and a team ledger. */
@BothBackends
class LightsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    private static String ledger;

    @BeforeParameterizedClassInvocation
    static void seeded(Backend backend) {
        ledger = CliRun.seeded(backend, dir, backend.name() + ".planledger").argument();
    }

    @Test
    void countsByLightAndOutcomeAndListsEveryItem() throws Exception {
        CliRun run = CliRun.of("lights", "--ledger", ledger, "--json");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode o = JSON.readTree(run.out());
        JsonNode counts = o.get("counts");
        assertEquals(163, counts.get("items").asInt());
        assertEquals(163, counts.get("byLight").get("RED").asInt());
        assertEquals(0, counts.get("byLight").get("GREY").asInt());
        assertEquals(163, counts.get("byOutcome").get("NOT_DONE").asInt());
        assertEquals(163, o.get("items").size());

        CliRun text = CliRun.of("lights", "--ledger", ledger);
        assertTrue(text.lines().contains("按灯色：红灯 163 项，黄灯 0 项，绿灯 0 项，灰灯 0 项。"), text::toString);
        assertTrue(text.lines().contains("按结果：未到期 0 项，按期完成 0 项，逾期完成 0 项，未完成 163 项，暂缓 0 项。"), text::toString);
    }

    @Test
    void beforeAnythingIsDueTheLightsAreGreenOrYellow() throws Exception {
        JsonNode o = JSON.readTree(CliRun.of("lights", "--ledger", ledger, "--as-of", "2021-01-15", "--json").out());
        JsonNode byLight = o.get("counts").get("byLight");
        // no reporting period has closed yet and nothing is due within 15 days: every item is on track
        assertEquals(163, byLight.get("GREEN").asInt(), o.get("counts")::toString);
        assertEquals(163, o.get("counts").get("byOutcome").get("OPEN").asInt());
    }

    @Test
    void explainGivesTheTaskAndEachMilestoneWithEveryReason() {
        CliRun run = CliRun.of("lights", "--ledger", ledger, "--explain", "5.3.6");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        var lines = run.lines();
        assertTrue(lines.contains("任务 5.3.6 实施挥发性有机物（VOCs）全过程综合治理"), run::toString);
        assertTrue(lines.contains("  牵头单位：生态环境分局；完成时限：2025年12月31日；状态：未启动；结果：未完成；尚未填报进展"), run::toString);
        assertTrue(lines.contains("  红灯：完成时限2025年12月31日已过，未启动，未销号（逾期333天）；2026年10月未报送进展"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("时间节点 1：继续实施表面涂装")), run::toString);
        assertTrue(lines.contains("  红灯：完成时限2022年12月31日已过，未启动，未销号（逾期1429天）；2026年10月未报送进展"), run::toString);
    }

    @Test
    void explainAsOfADateAndAsJson() throws Exception {
        CliRun run = CliRun.of("lights", "--ledger", ledger, "--explain", "3.1.5", "--as-of", "2024-01-01", "--json");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode o = JSON.readTree(run.out());
        assertEquals("2024-01-01", o.get("asOf").asText());
        assertEquals("3.1.5", o.get("task").get("code").asText());
        assertEquals("task", o.get("task").get("kind").asText());
        JsonNode m = o.get("milestones").get(0);
        assertEquals("RED", m.get("light").asText());
        assertEquals("2023-12-31", m.get("due").asText());
        assertEquals(-1, m.get("daysToDue").asInt());
        assertEquals("light.reason.overdue", m.get("reasons").get(0).get("key").asText());
        assertEquals("完成时限2023年12月31日已过，未启动，未销号（逾期1天）", m.get("reasons").get(0).get("message").asText());
    }

    @Test
    void anUnknownTaskIsBadInput() {
        CliRun run = CliRun.of("lights", "--ledger", ledger, "--explain", "99.9.9");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains("中没有编号为 99.9.9 的任务"), run::toString);
    }
}
