package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerStats;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * {@code import}: the dry-run report, then the plan written; into a ledger file (new or not) and
 * into a team ledger that holds only the schema, as {@code server init} leaves it.
 */
@BothBackends
class ImportCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    /** A new ledger: a file not there yet, or an empty team ledger. */
    private TestLedger empty;
    private String ledger;

    @BeforeEach
    void newLedger() {
        empty = backend.newLedger(dir, "l.planledger");
        ledger = empty.argument();
    }

    /** The ledger as the output names it: the absolute file, or the team ledger's address. */
    private String label() {
        return empty.isTeam() ? ledger : empty.file().toAbsolutePath().normalize().toString();
    }

    private void fileOnly(String why) {
        Assumptions.assumeFalse(empty.isTeam(), why);
    }

    @Test
    void importPrintsTheDryRunReportAndWritesTheShippedPlan() {
        Path plan = CliRun.shippedPlanFile(dir);

        CliRun run = CliRun.of("import", plan, "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("导入预览：" + CliRun.SHIPPED_NAME + "（UTF-8 编码的文本）"), run::toString);
        assertTrue(run.out().contains("济南市天桥区“十四五”生态环境保护规划"), run::toString);
        assertTrue(run.out().contains("济天政字〔2023〕11号"), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("规划期\\s+2021—2025年")), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("章\\s+12")), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("节\\s+50")), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("任务\\s+129 项（有引导句 123 项，以节命名 6 项）")),
                run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("时间节点\\s+\\d+ 个（.*2023年 \\d+ 个.*）")), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("主要指标\\s+20 项，分 4 组（约束性 11 项，预期性 9 项）")),
                run::toString);
        assertTrue(run.out().contains("第8.3节“加强生物多样性保护”的段落没有引导句，整节作为一项任务导入。"), run::toString);
        assertTrue(run.out().contains("指标8：目标值取自上方合并单元格（完成市分解任务）。"), run::toString);
        assertTrue(run.lines().contains("已导入新规划“济南市天桥区“十四五”生态环境保护规划”。"), run::toString);
        assertTrue(run.lines().contains("新增任务 129 项，更新 0 项，撤销 0 项。"), run::toString);
        assertTrue(run.lines().contains("台账：" + label() + "（规划编号 1）"), run::toString);

        try (Ledger l = empty.open()) {
            LedgerStats stats = l.plans().stats(0);
            assertEquals(1, stats.plans());
            assertEquals(12, stats.chapters());
            assertEquals(50, stats.sections());
            assertEquals(129, stats.tasks());
        }
    }

    @Test
    void importingTheSamePlanAgainIsARevisedEdition() {
        Path plan = CliRun.shippedPlanFile(dir);
        assertEquals(ExitCodes.OK, CliRun.of("import", plan, "--ledger", ledger).code());

        CliRun again = CliRun.of("import", plan, "--ledger", ledger);

        assertEquals(ExitCodes.OK, again.code(), again::toString);
        assertTrue(again.lines().contains("已更新规划“济南市天桥区“十四五”生态环境保护规划”。"), again::toString);
        assertTrue(again.lines().contains("新增任务 0 项，更新 0 项，撤销 0 项。"), "nothing in it changed: " + again);
        assertTrue(again.lines().contains("台账：" + label() + "（规划编号 1）"), again::toString);
    }

    @Test
    void aRevisedEditionCountsOnlyTheTasksWhoseContentChanged() throws Exception {
        Path plan = CliRun.shippedPlanFile(dir);
        assertEquals(ExitCodes.OK, CliRun.of("import", plan, "--ledger", ledger).code());
        String shipped = Files.readString(plan);
        Path revised = Files.writeString(dir.resolve("修订版.txt"), shipped
                .replace("强化养殖业污染治理。", "强化养殖业污染治理。新增一句措施。")
                .replace("到2025年全区再生水利用率不低于50%", "到2025年全区再生水利用率不低于55%"));

        CliRun run = CliRun.of("import", revised, "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("新增任务 0 项，更新 2 项，撤销 0 项。"),
                "7.4.5 has a new measure, 6.3.1 a new target: " + run);
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path plan = CliRun.shippedPlanFile(dir);
        assertEquals(ExitCodes.OK, CliRun.of("import", plan, "--ledger", ledger).code());
        LedgerStats before = stats(empty);
        String rows = empty.digest();
        byte[] bytes = empty.isTeam() ? null : Files.readAllBytes(empty.file());

        CliRun run = CliRun.of("import", plan, "--ledger", ledger, "--dry-run");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("任务\\s+129.*")), run::toString);
        assertTrue(run.out().contains("预览模式（--dry-run）：未写入台账。"), run::toString);
        assertFalse(run.out().contains("已导入") || run.out().contains("已更新") || run.out().contains("规划编号"),
                run::toString);
        if (!empty.isTeam()) {
            assertArrayEquals(bytes, Files.readAllBytes(empty.file()), "not a byte of the file changed");
        }
        assertEquals(rows, empty.digest(), "not a row changed");
        assertEquals(before, stats(empty));
    }

    @Test
    void dryRunDoesNotCreateALedger() {
        fileOnly("about creating a ledger file");
        Path ledger = dir.resolve("new.planledger");

        CliRun run = CliRun.of("import", CliRun.shippedPlanFile(dir), "--dry-run", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertFalse(Files.exists(ledger));
    }

    @Test
    void importIntoANewLedgerCreatesItWithOnlyThatPlan() {
        fileOnly("about creating a ledger file (and its folder)");
        Path ledger = dir.resolve("sub").resolve("new.planledger");

        CliRun run = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals("", run.err());
        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            assertEquals(1, l.plans().stats(0).plans());
        }
    }

    @Test
    void importJsonHasTheReportAndTheResult() throws Exception {
        CliRun run = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", ledger, "--json");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertFalse(json.get("dryRun").asBoolean());
        JsonNode report = json.get("report");
        assertEquals(12, report.get("chapters").asInt());
        assertEquals(50, report.get("sections").asInt());
        assertEquals(129, report.get("tasks").asInt());
        assertEquals(123, report.get("tasksByLeadSentence").asInt());
        assertEquals(6, report.get("tasksNamedAfterSection").asInt());
        assertEquals(20, report.get("indicators").asInt());
        assertEquals(11, report.get("indicatorsByAttribute").get("BINDING").asInt());
        assertTrue(report.get("notes").size() > 0);
        assertEquals("import.note.indicatorTargetMerged", report.get("notes").get(0).get("key").asText());
        assertEquals(1, json.get("result").get("planId").asInt());
        assertTrue(json.get("result").get("newPlan").asBoolean());
        assertEquals(129, json.get("result").get("tasksAdded").asInt());
    }

    @Test
    void englishReport() {
        fileOnly("a dry run names no ledger: once is enough");
        CliRun run = CliRun.of("import", CliRun.shippedPlanFile(dir), "--dry-run", "--lang", "en");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("Chapters\\s+12")), run::toString);
        assertTrue(run.lines().stream()
                        .anyMatch(l -> l.matches("Tasks\\s+129 \\(123 opened by a lead sentence, 6 named after their section\\)")),
                run::toString);
        assertTrue(run.out().contains("Section 8.3 \"加强生物多样性保护\" has no lead sentence: imported as one task."),
                run::toString);
        assertTrue(run.out().contains("Preview only (--dry-run): nothing was written to the ledger."), run::toString);
    }

    static LedgerStats stats(TestLedger ledger) {
        try (Ledger l = ledger.open()) {
            return l.plans().stats(0);
        }
    }
}
