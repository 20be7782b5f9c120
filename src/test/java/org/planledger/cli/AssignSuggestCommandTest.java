package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import org.planledger.store.division.TaskDivision;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/**
 * {@code assign suggest}: a proposal with its reasons for every task of the shipped plan; --apply
 * writes drafts; on a ledger file and a team ledger.
 */
@BothBackends
class AssignSuggestCommandTest {

    private static final String CODE = "\\d+\\.\\d+\\.\\d+";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;

    private String seededLedger() {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        return seeded.argument();
    }

    /** The ledger as the output names it: the absolute file, or the team ledger's address. */
    private String label() {
        return seeded.isTeam() ? seeded.argument() : seeded.file().toAbsolutePath().normalize().toString();
    }


    @Test
    void everyTaskOfTheShippedPlanGetsAProposalWithItsReasons() {
        String ledger = seededLedger();
        int draftsWritten = draftRecords(ledger);

        CliRun run = CliRun.of("assign", "suggest", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals("", run.err());
        List<String> lines = run.lines();
        assertEquals("台账：" + label(), lines.get(0));
        assertTrue(lines.contains("范围：规划 1“济南市天桥区“十四五”生态环境保护规划”"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("编号\\s+任务\\s+牵头单位\\s+配合单位\\s+属地")), run::toString);

        Map<String, String[]> rows = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(CODE + "\\s.*")) {
                String[] cells = lines.get(i).split("\\s{2,}");
                rows.put(cells[0], cells);
                String next = lines.get(i + 1);
                assertTrue(next.matches("\\s+依据：\\S.*"), "the reasons follow on an indented line: " + next);
                reasons.put(cells[0], next.strip());
            }
        }
        assertEquals(129, rows.size(), run::toString);
        for (String[] cells : rows.values()) {
            assertTrue(cells.length >= 4, () -> String.join("|", cells));
            assertFalse(cells[2].isBlank(), "every task has a lead: " + cells[0]);
            assertEquals("属地", cells[cells.length - 1], "sub-district offices carry every task out locally");
        }

        // the lead by short name, and why: the more specific keyword wins
        assertEquals("实施农村黑臭水体治理", rows.get("7.4.3")[1]);
        assertEquals("生态环境分局", rows.get("7.4.3")[2]);
        assertEquals("依据：任务标题含“农村黑臭水体”", reasons.get("7.4.3"));
        assertEquals("水务局", rows.get("6.2.4")[2]);
        assertEquals("依据：任务标题含“黑臭水体”", reasons.get("6.2.4"));
        assertTrue(rows.get("6.2.4")[3].contains("住建局"), String.join("|", rows.get("6.2.4")));
        assertEquals("依据：任务标题含“黄河滩区”", reasons.get("2.2.1"));
        // the plan's own words win over the table
        assertEquals("生态环境分局", rows.get("8.1.1")[2]);
        assertTrue(reasons.get("8.1.1").contains("规划原文写明“生态环境部门会同有关部门”（牵头）"), reasons.get("8.1.1"));
        assertTrue(reasons.get("7.2.3").contains("规划原文写明“自然资源主管部门”（配合）"), reasons.get("7.2.3"));
        assertTrue(rows.get("7.2.3")[3].contains("自然资源和规划分局"), String.join("|", rows.get("7.2.3")));
        assertTrue(rows.get("10.1.2")[3].contains("公安天桥区分局"), String.join("|", rows.get("10.1.2")));
        assertEquals(1, occurrences(reasons.get("8.1.1"), "自然资源和规划、城乡水务等相关部门"), "each reason once");

        String total = lines.stream().filter(l -> l.startsWith("共 129 项任务的分工建议")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("共 129 项任务的分工建议：牵头单位按关键词表 (\\d+) 项，按规划原文 (\\d+) 项，"
                + "按默认规则 (\\d+) 项。").matcher(total);
        assertTrue(m.matches(), total);
        int keyword = Integer.parseInt(m.group(1));
        int planWords = Integer.parseInt(m.group(2));
        int fallback = Integer.parseInt(m.group(3));
        assertEquals(129, keyword + planWords + fallback);
        assertTrue(keyword > 100 && planWords >= 1 && fallback >= 1, total);
        assertTrue(lines.contains("以上只是建议，未写入台账；用 --apply 作为草案写入（已确认的分工不会被改动）。"), run::toString);
        assertEquals(draftsWritten, draftRecords(ledger), "without --apply nothing is written");
    }

    @Test
    void jsonForScripts() throws Exception {
        String ledger = seededLedger();

        CliRun run = CliRun.of("assign", "suggest", "--plan", 1, "--json", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("planId").asInt());
        assertEquals(129, json.get("tasks").asInt());
        assertTrue(json.get("applied").isNull());
        JsonNode proposals = json.get("proposals");
        assertEquals(129, proposals.size());
        Set<String> codes = new HashSet<>();
        Map<String, Integer> byBasis = new HashMap<>();
        for (JsonNode p : proposals) {
            assertTrue(codes.add(p.get("code").asText()), "one entry per task");
            assertEquals(1, p.get("planId").asInt());
            JsonNode lead = p.get("lead");
            assertTrue(lead.get("id").isNumber(), p::toString);
            assertFalse(lead.get("name").asText().isBlank(), p::toString);
            assertFalse(lead.get("shortName").asText().isBlank(), p::toString);
            assertTrue(p.get("reasons").size() >= 1, p::toString);
            for (JsonNode reason : p.get("reasons")) {
                assertTrue(reason.get("key").asText().startsWith("assign.reason."), reason::toString);
                assertFalse(reason.get("message").asText().isBlank(), reason::toString);
            }
            for (JsonNode c : p.get("cooperating")) {
                assertTrue(c.get("id").isNumber(), p::toString);
            }
            assertTrue(p.get("territorial").asBoolean());
            byBasis.merge(p.get("basis").asText(), 1, Integer::sum);
        }
        JsonNode leadBy = json.get("leadBy");
        assertEquals(129, leadBy.get("keyword").asInt() + leadBy.get("planWords").asInt() + leadBy.get("fallback").asInt());
        assertEquals(leadBy.get("keyword").asInt(), byBasis.getOrDefault("keyword", 0));
        assertEquals(leadBy.get("planWords").asInt(), byBasis.getOrDefault("planWords", 0));
        assertEquals(leadBy.get("fallback").asInt(), byBasis.getOrDefault("fallback", 0));

        JsonNode p743 = proposal(proposals, "7.4.3");
        assertEquals("市生态环境局天桥分局", p743.get("lead").get("name").asText());
        assertEquals("生态环境分局", p743.get("lead").get("shortName").asText());
        assertEquals("keyword", p743.get("basis").asText());
        assertEquals("assign.reason.keywordInTitle", p743.get("reasons").get(0).get("key").asText());
        assertEquals("任务标题含“农村黑臭水体”", p743.get("reasons").get(0).get("message").asText());
        assertEquals("planWords", proposal(proposals, "8.1.1").get("basis").asText());
    }

    @Test
    void applyWritesDraftsAndLeavesAConfirmedDivisionAlone() {
        String ledger = seededLedger();
        long confirmedTask;
        long clearedTask;
        long water;
        try (Ledger l = seeded.open()) {
            water = department(l, "区水务局").id();
            confirmedTask = row(l, "7.4.3").taskId();
            clearedTask = row(l, "2.1.1").taskId();
            // the manager gives 7.4.3 to the water bureau (the rules say 生态环境分局)
            l.divisions().assign(List.of(confirmedTask), water, List.of(), false);
            // and 2.1.1 has no division at all, so a written draft shows
            l.divisions().restore(List.of(TaskDivision.none(clearedTask)));
            assertFalse(l.divisions().division(clearedTask).assigned());
        }
        int draftsWritten = draftRecords(ledger);

        CliRun run = CliRun.of("assign", "suggest", "--apply", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("已将 128 项建议作为草案写入台账；1 项已确认的分工未改动。"), run::toString);
        assertEquals(draftsWritten + 1, draftRecords(ledger));
        try (Ledger l = seeded.open()) {
            TaskDivision confirmed = l.divisions().division(confirmedTask);
            assertEquals(DivisionState.CONFIRMED, confirmed.state());
            assertEquals(water, confirmed.lead().id(), "a confirmed division is never overwritten");
            assertTrue(confirmed.cooperating().isEmpty());
            assertFalse(confirmed.territorial());

            TaskDivision drafted = l.divisions().division(clearedTask);
            assertEquals(DivisionState.DRAFT, drafted.state());
            assertEquals("市自然资源和规划局天桥分局", drafted.lead().name());
            assertEquals(List.of("市生态环境局天桥分局"), drafted.cooperating().stream().map(DeptRef::name).toList());
            assertTrue(drafted.territorial());
            assertEquals("assign.reason.keywordInText", drafted.reasons().get(0).key());

            List<DivisionRow> rows = l.divisions().rows(0);
            assertEquals(129, rows.size());
            assertEquals(128, rows.stream().filter(r -> r.division().state() == DivisionState.DRAFT).count());
            assertTrue(rows.stream().allMatch(r -> r.division().lead() != null));
        }

        CliRun json = CliRun.of("assign", "suggest", "--apply", "--json", "--ledger", ledger);
        assertEquals(ExitCodes.OK, json.code(), json::toString);
        assertTrue(json.out().contains("\"written\" : 128"), json::toString);
        assertTrue(json.out().contains("\"confirmedKept\" : 1"), json::toString);
    }

    @Test
    void inEnglishWithTheLedgerGivenBeforeTheCommand() {
        String ledger = seededLedger();

        CliRun run = CliRun.of("--ledger", ledger, "--lang", "en", "assign", "suggest");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("Code\\s+Task\\s+Lead\\s+Cooperating\\s+Local")), run::toString);
        assertTrue(run.out().contains("Why: the task"), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.startsWith("129 task(s) proposed: lead by the keyword table ")
                && l.contains("by the plan's own words")), run::toString);
    }

    @Test
    void anUnknownPlanIsRefused() {
        String ledger = seededLedger();

        CliRun run = CliRun.of("assign", "suggest", "--plan", 7, "--ledger", ledger);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertEquals("台账“" + label() + "”中没有编号为 7 的规划（用 plans 命令查看编号）。",
                run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void assignAloneListsItsSubcommands() {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == Backend.SQLITE, "names no ledger: once is enough");
        CliRun run = CliRun.of("assign");

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.out().startsWith("用法：planledger assign"), run::toString);
        assertTrue(run.out().contains("  suggest  "), run::toString);
        assertTrue(Cli.isCommand(new String[] {"--lang", "en", "assign", "suggest"}));
        assertTrue(Cli.isCommand(new String[] {"departments"}));
    }

    /** How many times drafts were written to the ledger (each write is one change-log entry). */
    private int draftRecords(String ledger) {
        try (Ledger l = seeded.open()) {
            return l.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM change_log WHERE subject = 'division' AND action = 'draft'");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
        }
    }

    private static JsonNode proposal(JsonNode proposals, String code) {
        List<JsonNode> found = new ArrayList<>();
        proposals.forEach(p -> {
            if (p.get("code").asText().equals(code)) {
                found.add(p);
            }
        });
        assertEquals(1, found.size(), code);
        assertNotNull(found.get(0));
        return found.get(0);
    }

    private static Department department(Ledger l, String name) {
        return l.departments().all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static DivisionRow row(Ledger l, String code) {
        return l.divisions().rows(0).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
