package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.planledger.app.TextTable;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/** {@code plans} and {@code stats} on the shipped plan imported into a new ledger file or an empty team ledger. */
@BothBackends
class PlansAndStatsTest {

    private static final String TITLE = "济南市天桥区“十四五”生态环境保护规划";

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    /** The shipped plan imported once per backend: the tests only read it. */
    private static TestLedger imported;

    @BeforeParameterizedClassInvocation
    static void importOnce(Backend backend) throws Exception {
        Path own = Files.createDirectories(dir.resolve(backend.name()));
        imported = backend.newLedger(own, "l.planledger");
        CliRun run = CliRun.of("import", CliRun.shippedPlanFile(own), "--ledger", imported.argument());
        assertEquals(ExitCodes.OK, run.code(), run::toString);
    }

    private static String importedLedger() {
        return imported.argument();
    }

    private void fileOnly(String why) {
        Assumptions.assumeTrue(backend == Backend.SQLITE, why);
    }

    @Test
    void statsJson() throws Exception {
        String ledger = importedLedger();

        CliRun run = CliRun.of("stats", "--ledger", ledger, "--json");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals("", run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("plans").asInt());
        assertEquals(12, json.get("chapters").asInt());
        assertEquals(50, json.get("sections").asInt());
        assertEquals(129, json.get("tasks").asInt());
        assertEquals(0, json.get("withdrawnTasks").asInt());
        assertEquals(20, json.get("indicators").asInt());
        assertEquals(11, json.get("indicatorsByAttribute").get("BINDING").asInt());
        assertEquals(9, json.get("indicatorsByAttribute").get("EXPECTED").asInt());
        assertEquals(129, json.get("tasksByStatus").get("NOT_STARTED").asInt());

        JsonNode byYear = json.get("milestonesByYear");
        List<String> years = new ArrayList<>();
        byYear.fieldNames().forEachRemaining(years::add);
        assertEquals(List.of("2022", "2023", "2025"), years, "the ban of 9.5.3 that starts in 2021 is no milestone");
        int sum = 0;
        for (String y : years) {
            sum += byYear.get(y).asInt();
        }
        assertEquals(json.get("milestones").asInt(), sum);
        assertTrue(byYear.get("2023").asInt() > byYear.get("2022").asInt(), "most milestones fall in 2023");
    }

    @Test
    void statsOfOnePlanInText() {
        String ledger = importedLedger();

        CliRun run = CliRun.of("stats", "--plan", 1, "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        List<String> lines = run.lines();
        assertEquals("台账：" + (imported.isTeam() ? ledger : imported.file().toAbsolutePath().normalize()), lines.get(0));
        assertEquals("范围：规划 1“" + TITLE + "”", lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("章\\s+12")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("节\\s+50")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("任务\\s+129")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("主要指标\\s+20")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+未启动\\s+129")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+2025年\\s+\\d+")), run::toString);
    }

    @Test
    void statsInEnglish() {
        String ledger = importedLedger();

        CliRun run = CliRun.of("--lang", "en", "stats", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("Scope: all plans (1)"), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("Tasks\\s+129")), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("\\s+Not started\\s+129")), run::toString);
    }

    @Test
    void plansTableAndJson() throws Exception {
        String ledger = importedLedger();

        CliRun text = CliRun.of("plans", "--ledger", ledger);
        assertEquals(ExitCodes.OK, text.code(), text::toString);
        assertTrue(text.lines().get(2).startsWith("编号  规划名称"), text::toString);
        String row = text.lines().get(4);
        assertTrue(row.matches("\\s*1  " + TITLE + "  济天政字〔2023〕11号  2021—2025\\s+129  执行中  .*"), row);
        assertTrue(text.lines().contains("共 1 个规划。"), text::toString);
        // the header and the row line up in terminal columns (a Chinese character takes two)
        String header = text.lines().get(2);
        int taskColumn = TextTable.width(header.substring(0, header.indexOf("任务") + 2));
        assertEquals(taskColumn, TextTable.width(row.substring(0, row.indexOf("129") + 3)));

        CliRun json = CliRun.of("plans", "--ledger", ledger, "--json");
        assertEquals(ExitCodes.OK, json.code(), json::toString);
        JsonNode plans = new ObjectMapper().readTree(json.out()).get("plans");
        assertEquals(1, plans.size());
        assertEquals(TITLE, plans.get(0).get("title").asText());
        assertEquals("济天政字〔2023〕11号", plans.get(0).get("documentNumber").asText());
        assertEquals(2021, plans.get(0).get("startYear").asInt());
        assertEquals(2025, plans.get(0).get("endYear").asInt());
        assertEquals(129, plans.get(0).get("tasks").asInt());
        assertEquals("ACTIVE", plans.get(0).get("state").asText());
        assertEquals(CliRun.SHIPPED_NAME, plans.get(0).get("sourceName").asText());
    }

    @Test
    void aNewLedgerIsCreatedWithTheShippedPlan() throws Exception {
        fileOnly("about creating a ledger file (a team ledger is made by server init and filled by server push)");
        Path ledger = dir.resolve("first-start").resolve("ledger.planledger");

        CliRun run = CliRun.of("plans", "--ledger", ledger, "--json");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(Files.exists(ledger));
        assertTrue(run.err().contains("已新建台账"), run::toString);
        JsonNode json = new ObjectMapper().readTree(run.out());  // stdout is JSON only
        assertEquals(129, json.get("plans").get(0).get("tasks").asInt());

        CliRun again = CliRun.of("stats", "--ledger", ledger);
        assertEquals(ExitCodes.OK, again.code(), again::toString);
        assertEquals("", again.err(), "seeded only once");
    }

    @Test
    void optionsMayComeBeforeTheCommand() {
        String ledger = importedLedger();

        CliRun run = CliRun.of("--ledger", ledger, "--lang", "en", "plans");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("1 plan(s)."), run::toString);
    }

    @Test
    void helpInBothLanguages() {
        fileOnly("help names no ledger: once is enough");
        CliRun zh = CliRun.of("--help");
        assertEquals(ExitCodes.OK, zh.code(), zh::toString);
        assertTrue(zh.out().startsWith("用法：planledger"), zh::toString);
        for (String command : List.of("import", "plans", "stats", "export")) {
            assertTrue(zh.out().contains("  " + command + "  ") || zh.out().contains("  " + command + "   "), command);
        }
        assertFalse(zh.out().contains("Usage"), zh::toString);

        CliRun en = CliRun.of("import", "--help", "--lang", "en");
        assertEquals(ExitCodes.OK, en.code(), en::toString);
        assertTrue(en.out().startsWith("Usage: planledger import"), en::toString);
        assertTrue(en.out().contains("--dry-run"), en::toString);
    }
}
