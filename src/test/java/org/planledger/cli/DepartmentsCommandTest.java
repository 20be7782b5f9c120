package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.Liaison;
import org.planledger.store.Ledger;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/** {@code departments}: the shipped registry by kind and in pinyin order, liaison officers, task counts; on both backends. */
@BothBackends
class DepartmentsCommandTest {

    private static final Collator PINYIN = Messages.chinese().collator();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;


    @Test
    void theShippedRegistryByKindInPinyinOrder() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();

        CliRun run = CliRun.of("departments", "--json", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals("", run.err());
        JsonNode departments = new ObjectMapper().readTree(run.out()).get("departments");
        assertEquals(58, departments.size());
        List<String> kinds = new ArrayList<>();
        String previousName = null;
        DepartmentKind previousKind = null;
        int led = 0;
        int unverified = 0;
        for (JsonNode d : departments) {
            DepartmentKind kind = DepartmentKind.valueOf(d.get("kind").asText());
            String name = d.get("name").asText();
            if (kind == previousKind) {
                assertTrue(PINYIN.compare(previousName, name) <= 0, previousName + " before " + name);
            } else {
                assertTrue(previousKind == null || previousKind.compareTo(kind) < 0, "grouped by kind: " + kind);
                kinds.add(kind.name());
            }
            previousKind = kind;
            previousName = name;
            assertFalse(d.get("retired").asBoolean());
            assertTrue(d.get("liaison").isNull());
            led += d.get("tasksLed").asInt();
            unverified += d.get("verified").asBoolean() ? 0 : 1;
        }
        assertEquals(List.of("DISTRICT_DEPARTMENT", "CITY_BRANCH", "SUBDISTRICT", "PARK", "PARTY", "OTHER"), kinds);
        assertEquals(129, led, "every task has one lead");
        assertEquals(35, unverified);
        assertEquals(129, new ObjectMapper().readTree(run.out()).get("territorialTasks").asInt());

        JsonNode eco = byName(departments, "市生态环境局天桥分局");
        assertEquals("生态环境分局", eco.get("shortName").asText());
        assertEquals("市直部门派驻分局", eco.get("kindName").asText());
        assertTrue(eco.get("verified").asBoolean());
        assertTrue(eco.get("tasksLed").asInt() > 10, eco::toString);
        assertTrue(byName(departments, "区水务局").get("tasksLed").asInt() > 0);
        assertFalse(byName(departments, "区水务局").get("verified").asBoolean());
    }

    @Test
    void aReadableTable() {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();

        CliRun run = CliRun.of("departments", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        List<String> lines = run.lines();
        assertTrue(lines.get(2).matches("类别\\s+名称\\s+简称\\s+状态\\s+联络员\\s+电话\\s+牵头\\s+配合"), run::toString);
        List<String> rows = lines.subList(4, 4 + 58);
        assertTrue(rows.stream().allMatch(r -> r.matches("\\S+\\s+\\S+\\s+\\S+.*\\s\\d+\\s+\\d+")), run::toString);
        String water = row(rows, "区水务局");
        assertTrue(water.matches("区政府部门\\s+区水务局\\s+水务局\\s+待核实\\s+\\d+\\s+\\d+"), water);
        String eco = row(rows, "市生态环境局天桥分局");
        assertTrue(eco.matches("市直部门派驻分局\\s+市生态环境局天桥分局\\s+生态环境分局\\s+\\d+\\s+\\d+"), eco);
        List<String> streets = rows.stream().filter(r -> r.startsWith("街道 ")).map(r -> r.split("\\s+")[1]).toList();
        assertEquals(15, streets.size());
        assertEquals(List.of("宝华街街道", "北坦街道", "北园街道", "大桥街道", "堤口路街道"), streets.subList(0, 5));
        assertTrue(lines.contains("共 58 个部门，其中待核实 35 个。"), run::toString);
        assertTrue(lines.contains("各街道作为属地参与 129 项任务（未计入上表）。"), run::toString);
    }

    @Test
    void onlyOneKind() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();

        CliRun run = CliRun.of("departments", "--kind", "SUBDISTRICT", "--json", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("SUBDISTRICT", json.get("kind").asText());
        JsonNode departments = json.get("departments");
        assertEquals(15, departments.size());
        for (JsonNode d : departments) {
            assertEquals("SUBDISTRICT", d.get("kind").asText());
            assertTrue(d.get("name").asText().endsWith("街道"), d::toString);
        }

        CliRun chinese = CliRun.of("departments", "--kind", "街道", "--ledger", ledger);
        assertEquals(ExitCodes.OK, chinese.code(), chinese::toString);
        assertTrue(chinese.lines().contains("共 15 个部门，其中待核实 0 个。"), chinese::toString);
        CliRun lower = CliRun.of("departments", "--kind", "park", "--ledger", ledger);
        assertTrue(lower.lines().contains("共 2 个部门，其中待核实 2 个。"), lower::toString);
        assertFalse(lower.out().contains("属地"), "no sub-district office listed");

        CliRun bad = CliRun.of("departments", "--kind", "BUREAU", "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().startsWith("没有“BUREAU”这一类部门：请用 DISTRICT_DEPARTMENT (区政府部门), "), bad::toString);
    }

    @Test
    void liaisonsAndRetiredAndMergedDepartments() throws Exception {
        TestLedger seeded = CliRun.seeded(backend, dir, "l.planledger");
        String ledger = seeded.argument();
        int parksLed = tasksLed(ledger, "区园林绿化服务中心");
        int cityLed = tasksLed(ledger, "区城市管理局");
        assertTrue(parksLed > 0);
        try (Ledger l = seeded.open()) {
            Department water = department(l, "区水务局");
            l.departments().setLiaison(water.id(), new Liaison("王芳", "0531-86160000", "", "", ""));
            l.departments().retire(department(l, "区审计局").id());
            l.departments().merge(department(l, "区园林绿化服务中心").id(), department(l, "区城市管理局").id());
        }

        CliRun run = CliRun.of("departments", "--ledger", ledger);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().stream().anyMatch(r -> r.matches("区政府部门\\s+区水务局\\s+水务局\\s+待核实\\s+王芳\\s+0531-86160000\\s+\\d+\\s+\\d+")),
                run::toString);
        assertFalse(run.out().contains("区审计局"), "retired: only with --all");
        assertFalse(run.out().contains("区园林绿化服务中心"), "merged: only with --all");
        assertTrue(run.lines().contains("共 56 个部门，其中待核实 33 个。"), run::toString);
        assertTrue(run.lines().contains("另有 2 个已撤销或已合并的部门未列出（用 --all 列出）。"), run::toString);
        assertEquals(parksLed + cityLed, tasksLed(ledger, "区城市管理局"), "the merged department's tasks moved to the survivor");

        CliRun all = CliRun.of("departments", "--all", "--ledger", ledger);
        assertEquals(ExitCodes.OK, all.code(), all::toString);
        assertTrue(all.lines().stream().anyMatch(r -> r.matches("区政府部门\\s+区审计局\\s+审计局\\s+待核实、已撤销\\s+0\\s+0")), all::toString);
        assertTrue(all.lines().stream().anyMatch(r -> r.matches("其他\\s+区园林绿化服务中心\\s+园林绿化中心\\s+待核实、已合并到城管局\\s+0\\s+0")),
                all::toString);
        assertTrue(all.lines().contains("共 58 个部门，其中待核实 35 个。"), all::toString);

        JsonNode json = new ObjectMapper().readTree(CliRun.of("departments", "--all", "--json", "--ledger", ledger).out());
        JsonNode parks = byName(json.get("departments"), "区园林绿化服务中心");
        assertTrue(parks.get("retired").asBoolean());
        assertEquals(byName(json.get("departments"), "区城市管理局").get("id").asLong(), parks.get("mergedInto").asLong());
        assertTrue(byName(json.get("departments"), "区审计局").get("mergedInto").isNull());
        assertTrue(byName(json.get("departments"), "区水务局").get("mergedInto").isNull());
        assertEquals("王芳", byName(json.get("departments"), "区水务局").get("liaison").get("name").asText());
    }

    @Test
    void inEnglish() {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();

        CliRun run = CliRun.of("departments", "--lang", "en", "--kind", "CITY_BRANCH", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().get(2).matches("Kind\\s+Name\\s+Short name\\s+Status\\s+Liaison\\s+Phone\\s+Leads\\s+Cooperates"),
                run::toString);
        assertTrue(run.lines().contains("7 department(s), 5 of them unverified."), run::toString);
        assertTrue(run.out().contains("unverified"), run::toString);
    }

    private static int tasksLed(String ledger, String name) throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("departments", "--all", "--json", "--ledger", ledger).out());
        return byName(json.get("departments"), name).get("tasksLed").asInt();
    }

    private static JsonNode byName(JsonNode departments, String name) {
        for (JsonNode d : departments) {
            if (d.get("name").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no department " + name);
    }

    private static String row(List<String> rows, String name) {
        return rows.stream().filter(r -> r.split("\\s+")[1].equals(name)).findFirst().orElseThrow();
    }

    private static Department department(Ledger l, String name) {
        return l.departments().all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
