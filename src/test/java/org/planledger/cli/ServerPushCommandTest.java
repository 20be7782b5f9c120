package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/** {@code server push --from FILE --url URL}: the shipped plan moved into an empty team ledger, once. */
class ServerPushCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theShippedPlanMovesIntoAnEmptyTeamLedgerAndASecondPushIsRefused() throws Exception {
        Path file = CliRun.seededLedger(dir);
        String jdbc = TestPostgres.newLedgerDatabase("cli_push");
        String url = jdbc.substring("jdbc:".length());

        CliRun push = CliRun.of("server", "push", "--from", file, "--url", url);

        assertEquals(ExitCodes.OK, push.code(), push::toString);
        assertTrue(push.out().contains("移入团队台账") && push.out().contains("一致"), push.out());
        assertTrue(push.out().contains("任务 129 项"), push.out());
        assertTrue(push.err().contains("已复制并核对 100%"), push.err());
        try (Ledger team = Ledger.openTeam(TestPostgres.address(jdbc), TestClock.get())) {
            assertEquals(129, team.plans().outline(team.plans().plans().get(0).id()).chapters().stream()
                    .mapToInt(c -> c.taskCount()).sum());
        }

        CliRun again = CliRun.of("server", "push", "--from", file, "--url", url, "--json");

        assertEquals(ExitCodes.LEDGER, again.code(), again::toString);
        assertTrue(again.err().contains("不是空的") && again.err().contains("1 个规划"), again.err());
        assertEquals("", again.out());
    }

    @Test
    void jsonTellsEveryTablesRows() throws Exception {
        Path file = CliRun.seededLedger(dir);
        String url = TestPostgres.newLedgerDatabase("cli_push_json").substring("jdbc:".length());

        CliRun push = CliRun.of("server", "push", "--from", file, "--url", url, "--json");

        assertEquals(ExitCodes.OK, push.code(), push::toString);
        JsonNode json = JSON.readTree(push.out());
        assertTrue(json.get("pushed").asBoolean());
        assertEquals(129, json.get("tables").get("task").asLong());
        assertEquals(1, json.get("tables").get("ledger_identity").asLong());
    }

    @Test
    void aFileThatIsNoLedgerIsRefusedInWords() {
        String url = TestPostgres.newLedgerDatabase("cli_push_none").substring("jdbc:".length());

        CliRun push = CliRun.of("server", "push", "--from", dir.resolve("nowhere.planledger"), "--url", url);

        assertEquals(ExitCodes.LEDGER, push.code(), push::toString);
        assertTrue(push.err().contains("不是规划任务台账文件"), push.err());
    }
}
