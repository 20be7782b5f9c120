package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.plan.TaskRef;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/** {@code due}: what is overdue or due soon on the shipped plan, computed from the plan's own dates; on both backends. */
@BothBackends
class DueCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    private static String ledger;
    /** The shipped plan's live milestones: id and due date. */
    private static final List<Object[]> MILESTONES = new ArrayList<>();

    @BeforeParameterizedClassInvocation
    static void seeded(Backend backend) {
        TestLedger seeded = CliRun.seeded(backend, dir, backend.name() + ".planledger");
        ledger = seeded.argument();
        MILESTONES.clear();
        try (Ledger l = seeded.open()) {
            Outline outline = l.plans().outline(1);
            for (Outline.Chapter ch : outline.chapters()) {
                for (Outline.Section s : ch.sections()) {
                    for (TaskRef t : s.tasks()) {
                        for (TaskDetail.MilestoneRow m : l.plans().task(t.id()).milestones()) {
                            MILESTONES.add(new Object[] {m.id(), m.dueDate()});
                        }
                    }
                }
            }
        }
        assertEquals(34, MILESTONES.size());
    }

    /** The milestones due on or after {@code from} and on or before {@code to} (null: from the start). */
    private static Set<Long> milestonesDue(LocalDate from, LocalDate to) {
        Set<Long> ids = new TreeSet<>();
        for (Object[] m : MILESTONES) {
            LocalDate due = (LocalDate) m[1];
            if ((from == null || !due.isBefore(from)) && !due.isAfter(to)) {
                ids.add((Long) m[0]);
            }
        }
        return ids;
    }

    private static JsonNode json(Object... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return JSON.readTree(run.out());
    }

    @Test
    void asOfTodayEveryTaskAndMilestoneIsOverdueAndRed() throws Exception {
        JsonNode o = json("due", "--ledger", ledger, "--json");

        assertEquals("2026-11-29", o.get("asOf").asText());
        JsonNode counts = o.get("counts");
        assertEquals(163, counts.get("items").asInt());
        assertEquals(163, counts.get("overdue").asInt());
        assertEquals(0, counts.get("dueSoon").asInt());
        assertEquals(129, counts.get("tasks").asInt());
        assertEquals(34, counts.get("milestones").asInt());
        assertEquals(163, counts.get("byLight").get("RED").asInt());
        JsonNode items = o.get("items");
        assertEquals(163, items.size());
        for (JsonNode i : items) {
            assertEquals("RED", i.get("light").asText(), i::toString);
            assertTrue(i.get("overdue").asBoolean(), i::toString);
            assertEquals("NOT_DONE", i.get("outcome").asText());
            assertTrue(i.get("daysToDue").asInt() < 0);
        }
        // overdue first, the longest overdue at the top: the milestones due at the end of 2022
        assertEquals("2.2.2", items.get(0).get("code").asText());
        assertEquals("2022-12-31", items.get(0).get("due").asText());
        assertEquals(1, items.get(0).get("milestone").asInt());
        assertEquals("2025-12-31", items.get(162).get("due").asText());
    }

    @Test
    void theTableSaysItInChineseWithChineseDates() {
        CliRun run = CliRun.of("due", "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        List<String> lines = run.lines();
        assertTrue(lines.contains("截至2026年11月29日：已逾期 163 项，30 天内到期 0 项（任务 129 项，时间节点 34 项）。"), run::toString);
        assertTrue(lines.contains("共 163 项：红灯 163 项，黄灯 0 项，绿灯 0 项，灰灯 0 项。"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("红灯\\s+2\\.2\\.2 节点1\\s+\\S.*\\s+2022年12月31日\\s+未启动\\s+未完成\\s+"
                + "完成时限2022年12月31日已过，未启动，未销号（逾期1429天）")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("红灯\\s+5\\.3\\.6\\s+实施挥发性有机物（VOCs）全过程综合…\\s+生态环境分局\\s+"
                + "2025年12月31日\\s+未启动\\s+未完成\\s+完成时限2025年12月31日已过.*")), run::toString);
        assertFalse(run.out().contains("2025-12-31"), "no ISO dates in the table");
    }

    @Test
    void midPlanItListsTheMilestonesDueInTheWindowAndThoseOverdue() throws Exception {
        for (String day : List.of("2023-06-01", "2023-12-15", "2022-12-20")) {
            LocalDate asOf = LocalDate.parse(day);
            JsonNode o = json("due", "--ledger", ledger, "--as-of", day, "--within", 30, "--json");

            Set<Long> dueSoon = new TreeSet<>();
            Set<Long> overdue = new TreeSet<>();
            for (JsonNode i : o.get("items")) {
                assertEquals("milestone", i.get("kind").asText(), "no task is due before the end of 2025: " + i);
                (i.get("overdue").asBoolean() ? overdue : dueSoon).add(i.get("milestoneId").asLong());
            }
            assertEquals(milestonesDue(asOf, asOf.plusDays(30)), dueSoon, day);
            assertEquals(milestonesDue(null, asOf.minusDays(1)), overdue, day);
            assertEquals(dueSoon.size(), o.get("counts").get("dueSoon").asInt());
        }
        // the plan's dates: nothing falls due in June 2023, 18 milestones on 31 December 2023
        assertEquals(Set.of(), milestonesDue(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1)));
        assertEquals(18, milestonesDue(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 14)).size());
        assertEquals(5, milestonesDue(null, LocalDate.of(2023, 5, 31)).size(), "the five of 2022");
    }

    @Test
    void dueSoonIsYellowOrGreenAndOverdueIsRed() throws Exception {
        JsonNode o = json("due", "--ledger", ledger, "--as-of", "2023-12-15", "--json");
        for (JsonNode i : o.get("items")) {
            if (i.get("overdue").asBoolean()) {
                assertEquals("RED", i.get("light").asText(), i::toString);
            } else {
                // 16 days to go: not yet within the 15 days of the due-soon rule, but nothing reported for November
                assertEquals(16, i.get("daysToDue").asInt());
                assertEquals("YELLOW", i.get("light").asText(), i::toString);
                assertEquals("light.reason.notReported", i.get("reasons").get(0).get("key").asText());
            }
        }
    }

    @Test
    void filtersByDepartmentAndYear() throws Exception {
        JsonNode water = json("due", "--ledger", ledger, "--department", "区水务局", "--json");
        assertTrue(water.get("items").size() >= 12, water::toString);
        for (JsonNode i : water.get("items")) {
            assertEquals("水务局", i.get("lead").get("shortName").asText());
        }
        assertEquals("区水务局", water.get("department").asText());

        JsonNode y2023 = json("due", "--ledger", ledger, "--year", 2023, "--json");
        assertEquals(18, y2023.get("items").size());
        for (JsonNode i : y2023.get("items")) {
            assertTrue(i.get("due").asText().startsWith("2023-"));
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        CliRun badDate = CliRun.of("due", "--ledger", ledger, "--as-of", "2023-13-40");
        assertEquals(ExitCodes.BAD_INPUT, badDate.code(), badDate::toString);
        assertEquals("--as-of 的日期“2023-13-40”无效，请写成 2023-12-31 或 2023年12月31日。", badDate.err().strip());

        CliRun early = CliRun.of("due", "--ledger", ledger, "--as-of", "2020-12-31");
        assertEquals(ExitCodes.BAD_INPUT, early.code(), early::toString);
        assertTrue(early.err().contains("截至日期2020年12月31日早于规划开始日期2021年1月1日"), early::toString);

        CliRun nobody = CliRun.of("due", "--ledger", ledger, "--department", "火星局");
        assertEquals(ExitCodes.BAD_INPUT, nobody.code(), nobody::toString);
        assertTrue(nobody.err().contains("部门名录中没有“火星局”"), nobody::toString);

        CliRun negative = CliRun.of("due", "--ledger", ledger, "--within", "-1");
        assertEquals(ExitCodes.BAD_INPUT, negative.code(), negative::toString);

        CliRun english = CliRun.of("due", "--ledger", ledger, "--as-of", "2023-13-40", "--lang", "en");
        assertEquals("The date \"2023-13-40\" given to --as-of is not valid: write it as 2023-12-31.", english.err().strip());
        assertEquals("", badDate.out() + early.out() + nobody.out(), "nothing on stdout");
    }

    @Test
    void chineseDatesAreReadToo() throws Exception {
        JsonNode o = json("due", "--ledger", ledger, "--as-of", "2023年12月15日", "--json");
        assertEquals("2023-12-15", o.get("asOf").asText());
    }

    @Test
    void englishSaysItInEnglish() {
        CliRun run = CliRun.of("due", "--ledger", ledger, "--lang", "en");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("As of 29 Nov 2026: 163 overdue, 0 due within 30 days (129 tasks, 34 milestones)."),
                run::toString);
        assertTrue(run.lines().contains("163 items: Red 163, Yellow 0, Green 0, Grey 0."), run::toString);
    }

    @Test
    void theNewCommandsRunWithoutAWindow() {
        assertTrue(Cli.isCommand(new String[] {"due", "--within", "10"}));
        assertTrue(Cli.isCommand(new String[] {"--ledger", "x.planledger", "lights", "--explain", "5.3.6"}));
        assertTrue(Cli.isCommand(new String[] {"report", "missing"}));
    }
}
