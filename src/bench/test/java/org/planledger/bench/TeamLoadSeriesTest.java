package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.TeamAddress;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * The load of issue 18, small: a few department clients for a few seconds on a real PostgreSQL and
 * on a ledger file. Every acknowledged write is on record in its department's name, nothing failed
 * without words, and the manager rolled up meanwhile.
 */
class TeamLoadSeriesTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final BenchLog log = new BenchLog(BenchTexts.chinese(), new PrintWriter(err, true), TestClock.get());

    @Test
    void departmentClientsOnATeamLedgerAndOnALedgerFile() throws Exception {
        TeamLoadSeries series = new TeamLoadSeries(log, TestClock.get(), 4, Duration.ofSeconds(3));
        LoadResult team = series.run(new LoadTarget.Team(TestPostgres.address(TestPostgres.newDatabase("load"))));
        LoadResult file = series.run(new LoadTarget.File(dir.resolve("load.planledger")));

        for (LoadResult r : List.of(team, file)) {
            assertTrue(r.acknowledged() > 10, r::toString);
            assertTrue(r.acknowledgedArePresent(), () -> r.acknowledgedByDepartment() + " vs " + r.presentByDepartment());
            assertEquals(4, r.acknowledgedByDepartment().size(), "each of the four clients wrote in its own department's name");
            assertEquals(0, r.failed(), r.failures()::toString);
            assertEquals(0, r.refusedButRecorded(), () -> "refused, yet on record: " + r.refusalExamples());
            assertTrue(r.allEnded());
            assertTrue(r.elapsedSeconds() >= 3 && r.elapsedSeconds() < 30, () -> "bounded: " + r.elapsedSeconds());
            assertTrue(r.rollupLatenciesMs().size() > 0, "the manager rolled up meanwhile");
            assertTrue(r.writePercentile(50) <= r.writePercentile(95) && r.writePercentile(95) <= r.writePercentile(100));
        }
        assertEquals("PostgreSQL", team.backend());
        assertEquals("SQLite", file.backend());

        StringWriter out = new StringWriter();
        TeamLoadCommand.print(BenchTexts.chinese(), List.of(team, file), new PrintWriter(out, true));
        assertTrue(out.toString().contains("确认的写入 = 记录（逐部门）"), out::toString);
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("确认的写入 ") && l.contains(" " + team.acknowledged())
                && l.endsWith(" " + file.acknowledged())), out::toString);
    }

    @Test
    void moreClientsThanLeadDepartmentsShareLoginsAndADatabaseInUseIsRefused() throws Exception {
        TeamAddress owner = TestPostgres.address(TestPostgres.newDatabase("load_shared"));
        TeamLoadSeries series = new TeamLoadSeries(log, TestClock.get(), 40, Duration.ofSeconds(2));
        LoadResult r = series.run(new LoadTarget.Team(owner));
        assertTrue(r.logins() < 40, "the shipped plan has fewer lead departments than 40 clients: " + r.logins());
        assertEquals(r.logins(), r.acknowledgedByDepartment().size());
        assertTrue(r.acknowledgedArePresent(), () -> r.acknowledgedByDepartment() + " vs " + r.presentByDepartment());
        assertEquals(0, r.failed(), r.failures()::toString);

        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> new TeamLoadSeries(log, TestClock.get(), 2, Duration.ofSeconds(1)).run(new LoadTarget.Team(owner)));
        assertTrue(again.getMessage().contains("已经有规划"), again.getMessage());
    }
}
