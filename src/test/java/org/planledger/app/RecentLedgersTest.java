package org.planledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which ledger the app starts on and what 最近打开的台账 lists: the first ledger is the user's
 * own, a department ledger looked into afterwards is not, the way back from it is the manager's
 * ledger, and all of it comes back from the settings file.
 */
class RecentLedgersTest {

    private static final String PLAN = "济南市天桥区“十四五”生态环境保护规划";

    @TempDir
    Path dir;

    @Test
    void aDepartmentLedgerLookedIntoDoesNotBecomeTheLedgerTheAppStartsOn() throws Exception {
        Path master = Files.createFile(dir.resolve("ledger.planledger"));
        Path water = Files.createFile(dir.resolve("部门台账-水务局-1.planledger"));
        Path settingsFile = dir.resolve("settings.properties");
        Settings settings = Settings.load(settingsFile);
        RecentLedgers recent = RecentLedgers.from(settings);
        assertEquals(Optional.empty(), recent.own());

        recent.opened(new RecentLedgers.Entry(master, PLAN, ""));
        recent.opened(new RecentLedgers.Entry(water, PLAN, "区水务局"));
        recent.store(settings);
        settings.save();

        RecentLedgers read = RecentLedgers.from(Settings.load(settingsFile));
        assertEquals(List.of(new RecentLedgers.Entry(water, PLAN, "区水务局"), new RecentLedgers.Entry(master, PLAN, "")),
                read.entries(), "newest first, each with its plan and whose it is");
        assertEquals(LedgerPlace.of(master), read.startOn(LedgerPlace.of(dir.resolve("default.planledger"))), "the next start opens the manager's ledger");
        assertEquals(LedgerPlace.of(master), read.managerLedger(LedgerPlace.of(water)).orElseThrow().place(), "the way back from the department ledger");
        assertEquals(Optional.empty(), read.managerLedger(LedgerPlace.of(master)), "no way back from the manager's ledger itself");

        // a liaison makes the department ledger their own
        read.makeOwn(LedgerPlace.of(water));
        assertEquals(LedgerPlace.of(water), read.startOn(LedgerPlace.of(master)));
        assertEquals(LedgerPlace.of(master), read.managerLedger(LedgerPlace.of(water)).orElseThrow().place(), "the manager's ledger is still listed");
    }

    @Test
    void aGoneOwnLedgerFallsBackAndIsForgotten() throws Exception {
        Path master = Files.createFile(dir.resolve("a.planledger"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        RecentLedgers recent = RecentLedgers.from(settings);
        recent.opened(new RecentLedgers.Entry(master, PLAN, ""));
        Files.delete(master);
        Path fallback = dir.resolve("ledger.planledger");
        assertEquals(LedgerPlace.of(fallback), recent.startOn(LedgerPlace.of(fallback)), "a deleted ledger is never made afresh at start");
        recent.forget(LedgerPlace.of(master));
        assertTrue(recent.entries().isEmpty());
        assertEquals(Optional.empty(), recent.own());
    }

    @Test
    void theLedgerAnEarlierVersionOpenedLastIsListedButNotStartedOn() throws Exception {
        Path department = Files.createFile(dir.resolve("部门台账-水务局-1.planledger"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.set(Settings.LAST_LEDGER, department.toString());
        RecentLedgers recent = RecentLedgers.from(settings);
        assertEquals(List.of(LedgerPlace.of(department)), recent.entries().stream().map(RecentLedgers.Entry::place).toList());
        assertFalse(recent.entries().get(0).known(), "named by its file until it is opened");
        Path fallback = dir.resolve("ledger.planledger");
        assertEquals(LedgerPlace.of(fallback), recent.startOn(LedgerPlace.of(fallback)));
        recent.store(settings);
        assertEquals("", settings.get(Settings.LAST_LEDGER), "the old setting is not kept");
    }

    @Test
    void theListKeepsTheNewestEightAndNeverDropsTheOwnLedger() throws Exception {
        RecentLedgers recent = RecentLedgers.from(Settings.load(dir.resolve("settings.properties")));
        Path own = dir.resolve("own.planledger");
        recent.opened(new RecentLedgers.Entry(own, PLAN, ""));
        for (int i = 0; i < 12; i++) {
            recent.opened(new RecentLedgers.Entry(dir.resolve("d" + i + ".planledger"), PLAN, "部门" + i));
        }
        List<LedgerPlace> files = recent.entries().stream().map(RecentLedgers.Entry::place).toList();
        assertEquals(RecentLedgers.MAX, files.size());
        assertEquals(LedgerPlace.of(dir.resolve("d11.planledger")), files.get(0));
        assertTrue(files.contains(LedgerPlace.of(own)), "the own ledger stays listed: " + files);
        // opening a listed ledger again moves it to the top, once
        recent.opened(new RecentLedgers.Entry(own, PLAN, ""));
        assertEquals(LedgerPlace.of(own), recent.entries().get(0).place());
        assertEquals(RecentLedgers.MAX, recent.entries().size());
    }

    @Test
    void aTeamLedgerIsRememberedByItsAddressWithoutItsPasswordBesideTheFiles() throws Exception {
        Path master = Files.createFile(dir.resolve("ledger.planledger"));
        Path settingsFile = dir.resolve("settings.properties");
        Settings settings = Settings.load(settingsFile);
        RecentLedgers recent = RecentLedgers.from(settings);
        recent.opened(new RecentLedgers.Entry(master, PLAN, ""));
        LedgerPlace team = LedgerPlace.team(org.planledger.store.TeamAddress.parse(
                "postgresql://db.tq.gov:5433/ledger?user=guanli01&password=s3cret&sslmode=verify-full", Map.of()));
        recent.opened(new RecentLedgers.Entry(team, PLAN, ""));
        recent.store(settings);
        settings.save();

        String written = Files.readString(settingsFile);
        assertFalse(written.contains("s3cret"), "the password is never stored: " + written);
        RecentLedgers read = RecentLedgers.from(Settings.load(settingsFile));
        assertEquals(List.of(team, LedgerPlace.of(master)), read.entries().stream().map(RecentLedgers.Entry::place).toList(),
                "the team ledger and the file, newest first");
        LedgerPlace.Team back = (LedgerPlace.Team) read.entries().get(0).place();
        assertEquals("db.tq.gov", back.address().host());
        assertEquals(5433, back.address().port());
        assertEquals("guanli01", back.address().user());
        assertEquals("verify-full", back.address().parameters().get("sslmode"));
        assertEquals(Optional.empty(), back.address().passwordGiven(), "asked again when it is reopened");
        assertEquals(LedgerPlace.of(master), read.startOn(LedgerPlace.of(dir.resolve("x.planledger"))),
                "the first ledger stays the one the app starts on");
    }
}
