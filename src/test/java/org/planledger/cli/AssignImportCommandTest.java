package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.assign.table.DivisionTables;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/** {@code assign import FILE}: the dry-run report, then the write; a bad file changes nothing; on both backends. */
@BothBackends
class AssignImportCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String ledger;
    private Path table;

    @BeforeEach
    void ledgerWithTheShippedPlanAndATable() {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        ledger = seeded.argument();
        table = DivisionTables.write(dir, "分工表.xlsx", DivisionTables.separateColumnsXlsx());
    }

    @Test
    void dryRunPrintsTheReportAndWritesNothing() throws Exception {
        List<Object> before = contents();

        CliRun run = CliRun.of("assign", "import", table, "--ledger", ledger, "--dry-run");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        List<String> lines = run.lines();
        assertEquals("分工表导入预览：分工表.xlsx（Excel 工作簿）", lines.get(0), run::toString);
        assertEquals("规划：济南市天桥区“十四五”生态环境保护规划（编号 1）", lines.get(1), run::toString);
        assertEquals("共 7 行任务，匹配 5 行（按编号 2 行，按标题 3 行），未匹配 2 行。", lines.get(2), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("工作表“分工表”第3行\\s+5\\.3\\.6\\s+实施挥发性有机物（VOCs）全过程综合治理"
                + "\\s+生态环境分局\\s+住建局、城管局\\s+编号")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("工作表“分工表”第4行\\s+2\\.2\\.1\\s+推进黄河滩区综合整治\\s+水务局"
                + "\\s+农业农村局\\s+属地\\s+标题")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("6.3.3") && l.contains("区人防办（名录中无）、发改局")), run::toString);
        assertTrue(lines.contains("未能匹配任务的行（2）："), run::toString);
        assertTrue(lines.contains("  - 工作表“分工表”第7行：“加快人工智能产业园建设”——规划中没有标题相符的任务"), run::toString);
        assertTrue(lines.contains("部门名录中没有的单位（1）："), run::toString);
        assertTrue(lines.contains("  - 区人防办（工作表“分工表”第8行、工作表“分工表”第9行）"), run::toString);
        assertTrue(lines.contains("这些单位不会导入；加 --create-departments 可把它们新建为部门（类别“其他”，待核实）。"), run::toString);
        assertTrue(lines.contains("规划中另有 124 项任务不在分工表中，保留原有分工。"), run::toString);
        assertTrue(lines.contains("预览模式（--dry-run）：未写入台账。"), run::toString);
        assertEquals(before, contents(), "a dry run leaves the ledger byte for byte as it was");
    }

    @Test
    void withoutDryRunTheDivisionsAreWrittenConfirmed() {
        CliRun run = CliRun.of("assign", "import", table, "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("已写入 5 项任务的分工（已确认），新建部门 0 个。"), run::toString);
        try (Ledger l = seeded.open()) {
            DivisionRow vocs = l.divisions().rows(0).stream().filter(r -> r.code().equals("5.3.6")).findFirst().orElseThrow();
            assertEquals(DivisionState.CONFIRMED, vocs.division().state());
            assertEquals("市生态环境局天桥分局", vocs.division().lead().name());
            assertEquals(List.of(Text.of("assign.reason.imported", "分工表.xlsx")), vocs.division().reasons());
            assertEquals(5, l.divisions().rows(0).stream().filter(r -> r.division().state() == DivisionState.CONFIRMED).count());
        }
    }

    @Test
    void aRowWhoseLeadIsUnknownIsNotImportedAndTheTaskKeepsItsLead() throws Exception {
        Path unknownLead = DivisionTables.write(dir, "节水.xlsx", DivisionTables.xlsx("分工表", List.of(
                DivisionTables.row("任务编号", "重点任务", "牵头单位", "配合单位"),
                DivisionTables.row("6.3.3", "推进深度节水控水", "区节水办", "区发改局"),
                DivisionTables.row("5.3.6", "实施挥发性有机物（VOCs）全过程综合治理", "生态环境分局", "区住建局"))));
        DivisionRow draftBefore = row("6.3.3");
        assertEquals("区水务局", draftBefore.division().lead().name(), "the draft: 节水 → 水务局");

        CliRun dry = CliRun.of("assign", "import", unknownLead, "--ledger", ledger, "--dry-run");

        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        assertTrue(dry.lines().contains("以下 1 行不导入，否则任务将没有牵头单位；这些任务保留原有分工："), dry::toString);
        assertTrue(dry.lines().contains("  - 工作表“分工表”第2行：6.3.3 推进深度节水控水——牵头单位“区节水办”不在部门名录中，"
                + "也不新建，保留原有分工（牵头单位：水务局）。"), dry::toString);
        assertTrue(dry.lines().contains("分工将改变的任务（1 项，改前 → 改后）："), dry::toString);
        assertTrue(dry.lines().contains("  - 5.3.6 实施挥发性有机物（VOCs）全过程综合治理：配合单位 工信局、市场监管局、新材料产业园区 → 住建局"),
                dry::toString);

        CliRun run = CliRun.of("assign", "import", unknownLead, "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("已写入 1 项任务的分工（已确认），新建部门 0 个。"), "only 5.3.6 is written: " + run);
        assertTrue(run.lines().contains("以下 1 行未导入（否则任务将没有牵头单位），这些任务保留了原有分工："), run::toString);
        assertTrue(run.lines().contains("  - 工作表“分工表”第2行：6.3.3 推进深度节水控水——牵头单位“区节水办”不在部门名录中，"
                + "也不新建，保留原有分工（牵头单位：水务局）。"), run::toString);
        assertTrue(run.lines().contains("分工已改变的任务（1 项，改前 → 改后）："), run::toString);
        assertEquals(draftBefore, row("6.3.3"), "lead, cooperating units and draft state as they were");
        assertEquals(DivisionState.CONFIRMED, row("5.3.6").division().state());

        CliRun created = CliRun.of("assign", "import", unknownLead, "--ledger", ledger, "--create-departments", "--json");

        assertEquals(ExitCodes.OK, created.code(), created::toString);
        JsonNode o = new ObjectMapper().readTree(created.out());
        assertEquals(0, o.get("counts").get("kept").asInt());
        assertEquals(2, o.get("result").get("divisions").asInt());
        assertEquals("区节水办", row("6.3.3").division().lead().name(), "created, it leads");
        assertEquals(DivisionState.CONFIRMED, row("6.3.3").division().state());
    }

    @Test
    void aRowWithoutALeadDoesNotRemoveTheLeadAndJsonSaysWhy() throws Exception {
        Path noLead = DivisionTables.write(dir, "配合.xlsx", DivisionTables.xlsx("分工表", List.of(
                DivisionTables.row("任务编号", "重点任务", "牵头单位", "配合单位"),
                DivisionTables.row("6.3.3", "推进深度节水控水", "", "区发改局"))));
        DivisionRow before = row("6.3.3");

        CliRun run = CliRun.of("assign", "import", noLead, "--ledger", ledger, "--json");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode o = new ObjectMapper().readTree(run.out());
        JsonNode r = o.get("matched").get(0);
        assertEquals(false, r.get("imported").asBoolean());
        assertEquals("noLead", r.get("keptBecause").asText());
        assertEquals("区水务局", r.get("before").get("lead").asText());
        assertEquals("[\"6.3.3\"]", o.get("result").get("kept").toString());
        assertEquals(0, o.get("result").get("divisions").asInt());
        assertEquals(before, row("6.3.3"));
    }

    /** What the ledger holds: every row, and a ledger file's bytes. */
    private List<Object> contents() throws Exception {
        return seeded.isTeam() ? List.of(seeded.digest())
                : List.of(seeded.digest(), java.util.HexFormat.of().formatHex(Files.readAllBytes(seeded.file())));
    }

    private DivisionRow row(String code) {
        try (Ledger l = seeded.open()) {
            return l.divisions().rows(0).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        }
    }

    @Test
    void createDepartmentsInJson() throws Exception {
        CliRun run = CliRun.of("assign", "import", table, "--ledger", ledger, "--create-departments", "--json");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(false, o.get("dryRun").asBoolean());
        assertEquals(7, o.get("counts").get("rows").asInt());
        assertEquals(5, o.get("counts").get("matched").asInt());
        assertEquals(2, o.get("unmatched").size());
        assertEquals("区人防办", o.get("unknownNames").get(0).get("name").asText());
        assertTrue(o.get("unknownNames").get(0).get("created").asBoolean());
        assertTrue(o.get("result").get("createdDepartments").has("区人防办"));
        assertEquals(5, o.get("result").get("divisions").asInt());
        try (Ledger l = seeded.open()) {
            assertTrue(l.departments().all().stream().anyMatch(d -> d.name().equals("区人防办") && !d.verified()));
        }
    }

    @Test
    void inEnglish() {
        CliRun run = CliRun.of("assign", "import", table, "--ledger", ledger, "--dry-run", "--lang", "en");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals("Division-of-work import preview: 分工表.xlsx (Excel workbook)", run.lines().get(0), run::toString);
        assertEquals("7 task rows: 5 matched (2 by code, 3 by title), 2 not matched.", run.lines().get(2), run::toString);
        assertTrue(run.lines().contains("Dry run (--dry-run): nothing written to the ledger."), run::toString);
    }

    @Test
    void aForeignFileIsRefusedAndTheLedgerIsUnchanged() throws Exception {
        Path text = dir.resolve("分工表.txt");
        Files.writeString(text, "序号\t重点任务\t牵头单位\n", StandardCharsets.UTF_8);
        List<Object> before = contents();

        CliRun run = CliRun.of("assign", "import", text, "--ledger", ledger);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertEquals(Messages.chinese().format(Text.of("divisionImport.error.notOffice", "分工表.txt")), run.err().strip());
        assertEquals("", run.out());
        assertEquals(before, contents());
    }

    @Test
    void aMissingFileOrPlanIsBadInput() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("assign", "import", dir.resolve("无.xlsx"), "--ledger", ledger).code());
        CliRun run = CliRun.of("assign", "import", table, "--ledger", ledger, "--plan", "9");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
    }
}
