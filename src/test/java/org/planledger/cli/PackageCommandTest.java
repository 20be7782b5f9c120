package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.exchange.PackageOpener;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/**
 * {@code package export / open}: packages per department, opened beside the manager's ledger, never
 * into it; the manager's ledger a file or a team ledger (the department ledger is always a file).
 */
@BothBackends
class PackageCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a package never changes in the ledger it was opened beside. */
    private static final List<String> MASTER_TABLES = List.of("plan", "task", "task_assignment", "progress_entry",
            "status_event", "exchange_batch", "exchange_department");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String master;
    private Path packages;

    @BeforeEach
    void seeded() {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        master = seeded.argument();
        packages = dir.resolve("任务包");
    }

    /** On a ledger file (a department ledger, a backup): the number {@code sql} returns. */
    static long count(Path ledger, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** On a ledger file: the rows in each table. */
    static List<Long> rows(Path ledger, List<String> tables) throws Exception {
        List<Long> out = new ArrayList<>();
        for (String t : tables) {
            out.add(count(ledger, "SELECT count(*) FROM " + t));
        }
        return out;
    }

    /** The one package of the lead of 5.3.6 (生态环境分局), its file. */
    private Path exportOne() throws Exception {
        CliRun run = CliRun.of("package", "export", "--department", "生态环境分局", "--out", packages, "--ledger", master, "--json");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        JsonNode p = JSON.readTree(run.out()).get("packages");
        assertEquals(1, p.size());
        return Path.of(p.get(0).get("file").asText());
    }

    @Test
    void exportingWhileEveryDivisionIsADraftWarnsAndNotOnceTheyAreConfirmed() throws Exception {
        CliRun drafts = CliRun.of("package", "export", "--department", "生态环境分局", "--out", packages, "--ledger", master,
                "--json");
        assertEquals(ExitCodes.OK, drafts.code(), drafts::toString);
        assertTrue(drafts.err().contains("注意：129 项任务的分工都还是草案，没有一项经过确认"), drafts::toString);
        JSON.readTree(drafts.out()); // the warning stays out of the JSON

        try (org.planledger.store.Ledger ledger = seeded.open()) {
            ledger.divisions().confirm(ledger.divisions().rows(0).stream()
                    .map(org.planledger.store.division.DivisionRow::taskId).toList());
        }
        CliRun confirmed = CliRun.of("package", "export", "--department", "生态环境分局", "--out", packages, "--ledger", master);
        assertEquals(ExitCodes.OK, confirmed.code(), confirmed::toString);
        assertFalse(confirmed.err().contains("草案"), confirmed::toString);
    }

    @Test
    void allExportsOnePackagePerDepartmentWithWork() throws Exception {
        long withWork = seeded.count("SELECT count(*) FROM department d WHERE retired = 0 AND (d.id IN (SELECT department_id "
                + "FROM task_assignment) OR d.id IN (SELECT department_id FROM milestone_lead) "
                + "OR d.id IN (SELECT department_id FROM indicator_profile))");
        assertTrue(withWork > 5, "the shipped draft divides the work among many departments: " + withWork);

        CliRun run = CliRun.of("package", "export", "--all", "--out", packages, "--ledger", master);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertEquals(withWork + 2, run.lines().size(), run::toString);
        assertTrue(run.lines().get(run.lines().size() - 2).startsWith("已导出 " + withWork + " 个任务包到 "), run::toString);
        try (var files = Files.list(packages)) {
            assertEquals(withWork, files.filter(f -> f.toString().endsWith(".plpkg")).count());
        }
        String lead = run.lines().stream().filter(l -> l.startsWith("市生态环境局天桥分局：")).findFirst().orElseThrow();
        assertTrue(lead.matches("市生态环境局天桥分局：市生态环境局天桥分局-任务包-2026-11-29-1\\.plpkg（第 1 期，任务 \\d+ 项，记录 \\d+ 条）"),
                lead);

        JsonNode again = JSON.readTree(CliRun.of("package", "export", "--all", "--out", packages, "--ledger", master, "--json")
                .out());
        assertEquals(withWork, again.get("packages").size());
        long tasks = 0;
        for (JsonNode p : again.get("packages")) {
            assertEquals(2, p.get("issue").asInt(), "a second export is the next issue");
            assertTrue(Files.size(Path.of(p.get("file").asText())) == p.get("bytes").asLong());
            tasks += p.get("tasks").asLong();
        }
        assertTrue(tasks >= seeded.count("SELECT count(*) FROM task"), "every task reaches at least its lead: " + tasks);
    }

    @Test
    void openWithoutIntoMakesTheDepartmentLedgerBesideTheManagersAndLeavesItAlone() throws Exception {
        Path pkg = exportOne();
        List<Long> before = seeded.rows(MASTER_TABLES);
        if (seeded.isTeam()) {
            CliRun beside = CliRun.of("package", "open", pkg, "--ledger", master);
            assertEquals(ExitCodes.BAD_INPUT, beside.code(), beside::toString);
            assertTrue(beside.err().contains("本机没有它的文件夹可放部门台账：请用 --into 指定部门台账文件"), beside::toString);
            assertEquals(before, seeded.rows(MASTER_TABLES), "the manager's ledger is not touched");
            return;
        }

        CliRun run = CliRun.of("package", "open", pkg, "--ledger", master);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        Path expected = seeded.file().toAbsolutePath().normalize().resolveSibling(
                PackageOpener.defaultLedgerName(PackageOpener.peek(pkg)));
        assertTrue(Files.exists(expected), run::toString);
        assertEquals(before, seeded.rows(MASTER_TABLES), "the manager's ledger is not touched");
        long tasks = count(expected, "SELECT count(*) FROM task");
        assertTrue(run.lines().get(0).matches("已打开市生态环境局天桥分局的任务包（第 1 期）：任务 " + tasks + " 项，新增记录 \\d+ 条。"),
                run::toString);
        assertEquals("部门台账：" + expected, run.lines().get(1));
        assertTrue(run.lines().get(2).contains("--ledger " + expected), run::toString);
        assertEquals("DEPARTMENT", strings(expected, "SELECT role FROM ledger_identity"));

        // the department ledger is a ledger the other commands use
        CliRun list = CliRun.of("report", "list", "5.3.6", "--ledger", expected);
        assertEquals(ExitCodes.OK, list.code(), list::toString);

        // the same package again: nothing new
        JsonNode again = JSON.readTree(CliRun.of("package", "open", pkg, "--ledger", master, "--json").out());
        assertTrue(again.get("refreshed").asBoolean());
        assertEquals(0, again.get("recordsAdded").asInt());
        assertEquals(expected.toString(), again.get("ledger").asText());
        assertEquals(tasks, again.get("tasks").asLong());
    }

    @Test
    void openingIntoTheManagersLedgerIsRefused() throws Exception {
        Path pkg = exportOne();
        List<Long> before = seeded.rows(MASTER_TABLES);
        CliRun run = CliRun.of("package", "open", pkg, "--into", master, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains(seeded.isTeam() ? "任务包只能打开成本机上的部门台账文件，不能打开到团队台账"
                : "当前台账已有规划或进展，不能变成部门台账"), run::toString);
        assertEquals("", run.out());
        assertEquals(before, seeded.rows(MASTER_TABLES));
        try (var left = Files.list(Path.of(""))) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith("postgresql")), "no file made of the address");
        }
    }

    @Test
    void badInputSaysWhyAndExitsTwo() throws Exception {
        CliRun neither = CliRun.of("package", "export", "--out", packages, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, neither.code(), neither::toString);
        assertTrue(neither.err().contains("--department"), neither::toString);
        CliRun both = CliRun.of("package", "export", "--all", "--department", "生态环境分局", "--out", packages, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, both.code(), both::toString);
        CliRun unknown = CliRun.of("package", "export", "--department", "没有这个局", "--out", packages, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, unknown.code(), unknown::toString);
        assertFalse(Files.exists(packages), "nothing was written");

        CliRun missing = CliRun.of("package", "open", dir.resolve("没有.plpkg"), "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, missing.code(), missing::toString);
        assertTrue(missing.err().contains("没有.plpkg"), missing::toString);
        Path junk = Files.writeString(dir.resolve("坏的.plpkg"), "not a package");
        CliRun damaged = CliRun.of("package", "open", junk, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, damaged.code(), damaged::toString);
        assertTrue(damaged.err().contains("不是 PlanLedger 任务包或进展报告"), damaged::toString);

        Path notALedger = Files.writeString(dir.resolve("x.planledger"), "just text, not a ledger");
        CliRun intoText = CliRun.of("package", "open", exportOne(), "--into", notALedger);
        assertEquals(ExitCodes.LEDGER, intoText.code(), intoText::toString);
    }

    @Test
    void inEnglish() throws Exception {
        CliRun run = CliRun.of("--lang", "en", "package", "export", "--department", "生态环境分局", "--out", packages,
                "--ledger", master);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().get(0).matches("市生态环境局天桥分局: .*\\.plpkg \\(issue 1, \\d+ tasks, \\d+ records\\)"), run::toString);
        assertTrue(run.out().contains("Exported 1 package(s) to "), run::toString);
        CliRun help = CliRun.of("--lang", "en", "package", "--help");
        assertTrue(help.out().contains("export") && help.out().contains("open"), help::toString);
    }

    private static String strings(Path ledger, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
