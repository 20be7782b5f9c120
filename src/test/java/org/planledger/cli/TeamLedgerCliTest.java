package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * The command line on a team ledger ({@code --ledger postgresql://…}) says what it says on a
 * ledger file holding the same: every read command, and a progress report written through it.
 */
class TeamLedgerCliTest {

    @TempDir
    static Path dir;
    static Path file;
    static String url;

    @BeforeAll
    static void sameLedgerTwice() {
        file = CliRun.seededLedger(dir);
        TeamAddress team = TestPostgres.address(TestPostgres.newLedgerDatabase("cli"));
        try (Ledger ledger = Ledger.openTeam(team, TestClock.get())) {
            LedgerStartup.prepare(ledger);
        }
        url = team.toString();
        assertTrue(url.startsWith("postgresql://"), url);
    }

    @Test
    void everyReadCommandSaysTheSameOnBoth() throws Exception {
        for (List<String> command : List.of(List.of("stats"), List.of("plans"), List.of("lights"), List.of("due"),
                List.of("rollup"), List.of("rollup", "--by", "department"), List.of("indicators"),
                List.of("report", "missing"), List.of("departments"), List.of("rollup", "--by", "year"))) {
            assertEquals(json(command, file.toString()), json(command, url), String.join(" ", command));
        }
    }

    @Test
    void aReportWrittenOnTheTeamLedgerShowsInItsLights() throws Exception {
        for (String ledger : List.of(url, file.toString())) { // both, so the read commands still compare alike
            CliRun added = CliRun.of("report", "add", "--ledger", ledger, "--task", "5.3.6", "--department", "生态环境分局",
                    "--period", "2026-10", "--progress", "完成黑臭水体排查", "--percent", "40");
            assertEquals(ExitCodes.OK, added.code(), added::toString);
        }
        CliRun item = CliRun.of("report", "list", "5.3.6", "--ledger", url, "--json");
        assertEquals(ExitCodes.OK, item.code(), item::toString);
        assertTrue(item.out().contains("完成黑臭水体排查"), item.out());
    }

    @Test
    void theSummaryWorkbookIsWrittenFromTheTeamLedger() throws Exception {
        Path out = dir.resolve("summary.xlsx");
        CliRun run = CliRun.of("export", "summary", "--ledger", url, "--out", out);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(Files.size(out) > 10_000, "a workbook");
    }

    @Test
    void aLedgerFilePushedIntoATeamLedgerComesBackOutWithBackupCreate() throws Exception {
        Path own = Files.copy(file, dir.resolve("own.planledger")); // the other tests compare the shared file
        CliRun report = CliRun.of("report", "add", "--ledger", own, "--task", "5.1.1", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "已完成排查", "--percent", "30");
        assertEquals(ExitCodes.OK, report.code(), report::toString);
        String empty = TestPostgres.address(TestPostgres.newLedgerDatabase("cli_push")).toString();
        CliRun push = CliRun.of("server", "push", "--from", own, "--url", empty);
        assertEquals(ExitCodes.OK, push.code(), push::toString);
        Path back = dir.resolve("back.planledger");
        CliRun out = CliRun.of("backup", "create", "--ledger", empty, "--out", back);
        assertEquals(ExitCodes.OK, out.code(), out::toString);
        for (List<String> command : List.of(List.of("stats"), List.of("lights"), List.of("report", "list", "5.1.1"))) {
            JsonNode original = json(command, own.toString());
            assertEquals(original, json(command, empty), "pushed: " + command);
            assertEquals(original, json(command, back.toString()), "and back out: " + command);
        }
    }

    @Test
    void aFileOnlyCommandSaysSoForATeamLedger() {
        CliRun run = CliRun.of("backup", "list", "--ledger", url);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains("团队台账"), run.err());
    }

    /** A server not running is told in the same words as in the window, never in the driver's. */
    @Test
    void aTeamLedgerNotReachedIsToldInTheUsersWords() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        TeamAddress nowhere = new TeamAddress("127.0.0.1", closed, "ledger", "shuiwu01", null, java.util.Map.of());
        String expected = org.planledger.i18n.Messages.chinese().get("store.team.connect.refused", nowhere.displayName(),
                "127.0.0.1:" + closed);
        CliRun run = CliRun.of("plans", "--ledger", nowhere.toString());
        assertTrue(run.code() != ExitCodes.OK, run::toString);
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(!run.err().contains("Connection") && !run.err().contains("postmaster"), run.err());
    }

    /** When a record was stored ({@code importedAt}, {@code updatedAt}) differs between two ledgers seeded one after the other. */
    private static void withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("importedAt", "updatedAt", "recordedAt"));
        }
        node.forEach(TeamLedgerCliTest::withoutTimes);
    }

    private static JsonNode json(List<String> command, String ledger) throws Exception {
        Object[] args = new Object[command.size() + 3];
        for (int i = 0; i < command.size(); i++) {
            args[i] = command.get(i);
        }
        args[command.size()] = "--ledger";
        args[command.size() + 1] = ledger;
        args[command.size() + 2] = "--json";
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.OK, run.code(), () -> String.join(" ", command) + " on " + ledger + "\n" + run);
        JsonNode node = new ObjectMapper().readTree(run.out());
        if (node instanceof ObjectNode o) {
            o.remove("ledger");
        }
        withoutTimes(node);
        return node;
    }
}
