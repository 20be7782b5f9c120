package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/**
 * {@code report request-close}, {@code decide accept / return / extension} and {@code status set}:
 * the app's requests and decisions from the command line, with the store's rules and words; and
 * what accepting a whole task does to its milestones in {@code due}, {@code lights} and {@code rollup};
 * on a ledger file and on a team ledger.
 */
@BothBackends
class DecideCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("progress_entry", "evidence", "status_event", "extension_request",
            "extension_decision");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String ledger;
    private Path report;

    @BeforeEach
    void seeded() throws Exception {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        ledger = seeded.argument();
        report = Files.writeString(dir.resolve("验收报告.pdf"), "pdf bytes");
    }

    private CliRun run(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(ledger);
        return CliRun.of(all.toArray());
    }

    private CliRun ok(Object... args) {
        CliRun r = run(args);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        return r;
    }

    private JsonNode json(Object... args) throws Exception {
        List<Object> all = new ArrayList<>(List.of(args));
        all.add("--json");
        return JSON.readTree(ok(all.toArray()).out());
    }

    /** The item of {@code lights --json} with the code, milestone place 0 for the task itself. */
    private JsonNode light(String code, int milestone) throws Exception {
        for (JsonNode i : json("lights").get("items")) {
            if (i.get("code").asText().equals(code) && i.get("milestone").asInt(0) == milestone) {
                return i;
            }
        }
        return null;
    }

    private JsonNode dueItem(String code, int milestone) throws Exception {
        for (JsonNode i : json("due").get("items")) {
            if (i.get("code").asText().equals(code) && i.get("milestone").asInt(0) == milestone) {
                return i;
            }
        }
        return null;
    }

    private JsonNode year(int wanted) throws Exception {
        for (JsonNode y : json("rollup", "--by", "year").get("years")) {
            if (y.get("year").asInt() == wanted) {
                return y;
            }
        }
        throw new AssertionError("no year " + wanted);
    }

    private List<Long> rows() {
        return seeded.rows(TABLES);
    }

    private void requestClose(String on) {
        ok("report", "request-close", "--task", "5.3.6", "--department", "生态环境分局", "--evidence", report,
                "--explanation", "全部企业完成源头替代", "--on", on);
    }

    @Test
    void acceptingTheWholeTaskClosesItsOpenMilestoneInEveryView() throws Exception {
        assertEquals("NOT_STARTED", light("5.3.6", 1).get("status").asText());
        assertNotNull(dueItem("5.3.6", 1), "the 2022 milestone is overdue before");
        JsonNode before = year(2022);

        CliRun asked = ok("report", "request-close", "--task", "5.3.6", "--department", "生态环境分局", "--evidence", report,
                "--on", "2026-11-20");
        assertEquals("已申请销号：5.3.6，申请单位生态环境分局，申请日期2026年11月20日，佐证材料 1 个：验收报告.pdf",
                asked.lines().get(0));
        CliRun accepted = ok("decide", "accept", "--task", "5.3.6", "--on", "2026-11-25", "--note", "验收合格");

        assertEquals("已通过销号：5.3.6，2026年11月25日已销号。", accepted.lines().get(0));
        assertEquals("同时关闭 1 个未完成的节点：节点1（2022年12月31日）", accepted.lines().get(1));
        // lights: the milestone is closed on the acceptance day, late against its own date
        JsonNode milestone = light("5.3.6", 1);
        assertEquals("CLOSED", milestone.get("status").asText());
        assertEquals("2026-11-25", milestone.get("statusSince").asText());
        assertEquals("GREEN", milestone.get("light").asText());
        assertEquals("DONE_LATE", milestone.get("outcome").asText());
        assertEquals("CLOSED", light("5.3.6", 0).get("status").asText());
        // due: neither the task nor its milestone is overdue any more
        assertNull(dueItem("5.3.6", 1));
        assertNull(dueItem("5.3.6", 0));
        assertEquals(161, json("due").get("counts").get("overdue").asInt(), "163 overdue before, the task and its milestone closed");
        // rollup by year: 2022 counts the milestone as done late, no longer as not done
        JsonNode after = year(2022);
        assertEquals(before.get("notDone").asInt() - 1, after.get("notDone").asInt());
        assertEquals(before.get("doneLate").asInt() + 1, after.get("doneLate").asInt());
        assertEquals(before.get("due").asInt(), after.get("due").asInt());
        // the history records the milestone's own event, dated the acceptance day
        assertEquals(1, seeded.count("SELECT count(*) FROM status_event WHERE milestone_id IS NOT NULL "
                + "AND status = 'CLOSED' AND effective_on = '2026-11-25' AND reason = '验收合格'"));
    }

    @Test
    void aMilestoneChangedAfterTheAcceptanceDateRefusesTheAcceptance() throws Exception {
        requestClose("2026-11-20");
        ok("status", "set", "--task", "5.3.6", "--milestone", 1, "--status", "推进中", "--on", "2026-11-26");
        List<Long> before = rows();

        CliRun refused = run("decide", "accept", "--task", "5.3.6", "--on", "2026-11-25");

        assertEquals(ExitCodes.BAD_INPUT, refused.code(), refused::toString);
        assertTrue(refused.err().contains("在2026年11月26日有状态变化，晚于通过销号的日期2026年11月25日"), refused::toString);
        assertTrue(refused.err().contains("未作任何改动"), refused::toString);
        assertEquals(before, rows(), "neither the task nor the milestone was closed");
        assertEquals("CLOSE_OUT_REQUESTED", light("5.3.6", 0).get("status").asText());
    }

    @Test
    void acceptingAMilestoneAloneLeavesTheTaskOpen() throws Exception {
        ok("report", "request-close", "--task", "5.3.6", "--milestone", 2022, "--department", "生态环境分局",
                "--evidence", report, "--on", "2026-11-20");
        CliRun accepted = ok("decide", "accept", "--task", "5.3.6", "--milestone", 1, "--on", "2026-11-21");

        assertEquals(List.of("已通过销号：5.3.6 节点1，2026年11月21日已销号。"), accepted.lines().subList(0, 1));
        assertEquals("CLOSED", light("5.3.6", 1).get("status").asText());
        assertEquals("NOT_STARTED", light("5.3.6", 0).get("status").asText());
    }

    @Test
    void refusalsUseTheAppsWordsAndChangeNothing() throws Exception {
        List<Object[]> cases = List.of(
                new Object[] {new Object[] {"report", "request-close", "--task", "5.3.6", "--department", "生态环境分局"},
                        "申请销号必须附佐证材料：5.3.6没有附任何文件"},
                new Object[] {new Object[] {"report", "request-close", "--task", "5.3.6", "--department", "发改局",
                        "--evidence", report}, "牵头"},
                new Object[] {new Object[] {"decide", "accept", "--task", "5.3.6"}, "没有待审核的销号申请"},
                new Object[] {new Object[] {"status", "set", "--task", "5.3.6", "--status", "暂缓"}, "须说明理由"},
                new Object[] {new Object[] {"status", "set", "--task", "5.3.6", "--status", "已完成"},
                        "没有“已完成”这个状态：可以设的状态是推进中、暂缓、持续推进、未启动"},
                new Object[] {new Object[] {"status", "set", "--task", "5.3.6", "--status", "已销号"}, "已销号"},
                new Object[] {new Object[] {"decide", "extension", "--task", "5.3.6", "--accept"},
                        "5.3.6没有等待批复的延期申请"},
                new Object[] {new Object[] {"decide", "accept", "--task", "5.3.6", "--on", "2027-01-01"}, "2027年1月1日"});
        List<Long> before = rows();
        for (Object[] c : cases) {
            CliRun r = run((Object[]) c[0]);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
            assertTrue(r.err().contains((String) c[1]), r::toString);
        }
        assertEquals(before, rows());

        requestClose("2026-11-20");
        CliRun noReason = run("decide", "return", "--task", "5.3.6");
        assertEquals(ExitCodes.BAD_INPUT, noReason.code(), noReason::toString);
        assertTrue(noReason.err().contains("退回"), noReason::toString);
        CliRun returned = ok("decide", "return", "--task", "5.3.6", "--reason", "缺少监测报告", "--on", "2026-11-22");
        assertEquals("已退回销号申请：5.3.6，2026年11月22日，理由：缺少监测报告", returned.lines().get(0));
        assertEquals("RETURNED", light("5.3.6", 0).get("status").asText());
    }

    @Test
    void suspendingNeedsAReasonAndTurnsTheLightGrey() throws Exception {
        CliRun set = ok("status", "set", "--task", "5.3.6", "--status", "暂缓", "--reason", "等待省级政策", "--on", "2026-11-10");

        assertEquals("已将5.3.6的状态改为“暂缓”，自2026年11月10日起。", set.lines().get(0));
        JsonNode task = light("5.3.6", 0);
        assertEquals("SUSPENDED", task.get("status").asText());
        assertEquals("GREY", task.get("light").asText());
        // the English name works too
        ok("status", "set", "--task", "5.3.6", "--status", "In progress", "--on", "2026-11-12");
        assertEquals("IN_PROGRESS", light("5.3.6", 0).get("status").asText());
    }

    @Test
    void anExtensionRequestIsAcceptedOrRefused() throws Exception {
        long task = light("5.3.6", 0).get("taskId").asLong();
        long lead = light("5.3.6", 0).get("lead").get("id").asLong();
        java.time.Clock clock = java.time.Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay(java.time.ZoneId.systemDefault())
                .toInstant(), java.time.ZoneId.systemDefault());
        try (org.planledger.store.Ledger l = seeded.open()) {
            l.progress(clock).requestExtension(org.planledger.model.ItemKey.task(task), lead, LocalDate.of(2025, 10, 8),
                    LocalDate.of(2026, 12, 31), "设备到货推迟");
        }
        CliRun noReason = run("decide", "extension", "--task", "5.3.6", "--refuse", "--on", "2025-10-10");
        assertEquals(ExitCodes.BAD_INPUT, noReason.code(), noReason::toString);

        CliRun accepted = ok("decide", "extension", "--task", "5.3.6", "--accept", "--on", "2025-10-10");

        assertEquals("已同意延期：5.3.6，完成时限由2025年12月31日改为2026年12月31日。", accepted.lines().get(0));
        JsonNode now = light("5.3.6", 0);
        assertEquals("2026-12-31", now.get("due").asText());
        assertTrue(now.get("daysToDue").asInt() > 0, now::toString);
        CliRun again = run("decide", "extension", "--task", "5.3.6", "--accept");
        assertEquals(ExitCodes.BAD_INPUT, again.code(), again::toString);
    }

    @Test
    void theNewCommandsWriteSoTheyWaitTheirTurnForTheLedger() throws Exception {
        Assumptions.assumeFalse(seeded.isTeam(), "a ledger file's lock; a team ledger's server orders the writes");
        List<Long> before = rows();
        try (org.planledger.app.LedgerLock otherCommand = org.planledger.app.LedgerLock.holdForCommand(seeded.file())
                .orElseThrow()) {
            for (Object[] c : List.of(
                    new Object[] {"report", "request-close", "--task", "5.3.6", "--department", "生态环境分局", "--evidence", report},
                    new Object[] {"decide", "accept", "--task", "5.3.6"},
                    new Object[] {"decide", "return", "--task", "5.3.6", "--reason", "x"},
                    new Object[] {"decide", "extension", "--task", "5.3.6", "--accept"},
                    new Object[] {"status", "set", "--task", "5.3.6", "--status", "推进中"})) {
                CliRun r = run(c);
                assertEquals(ExitCodes.LEDGER, r.code(), r::toString);
                assertTrue(r.err().contains("正在被另一个命令写入"), r::toString);
            }
        }
        assertEquals(before, rows());
    }

    @Test
    void theNewCommandsAreListedAndHelpedInBothLanguages() {
        Assumptions.assumeFalse(seeded.isTeam(), "help names no ledger: once is enough");
        for (String lang : List.of("zh", "en")) {
            for (Object[] cmd : List.of(new Object[] {"decide", "--help"}, new Object[] {"decide", "accept", "--help"},
                    new Object[] {"status", "set", "--help"}, new Object[] {"report", "request-close", "--help"},
                    new Object[] {"decide", "extension", "--help"}, new Object[] {"decide", "return", "--help"})) {
                List<Object> args = new ArrayList<>(List.of(cmd));
                args.add("--lang");
                args.add(lang);
                CliRun r = CliRun.of(args.toArray());
                assertEquals(ExitCodes.OK, r.code(), r::toString);
                assertTrue(r.out().contains("--task") || r.out().contains("accept"), r::toString);
                assertTrue(!r.out().contains("null") && !r.out().contains("${bundle"), "every option is described: " + r);
            }
        }
        assertTrue(Cli.isCommand(new String[] {"decide", "accept"}));
        assertTrue(Cli.isCommand(new String[] {"status", "set"}));
    }
}
