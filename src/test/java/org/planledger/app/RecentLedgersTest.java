package org.planledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertEquals(master, read.startOn(dir.resolve("default.planledger")), "the next start opens the manager's ledger");
        assertEquals(master, read.managerLedger(water).orElseThrow().file(), "the way back from the department ledger");
        assertEquals(Optional.empty(), read.managerLedger(master), "no way back from the manager's ledger itself");

        // a liaison makes the department ledger their own
        read.makeOwn(water);
        assertEquals(water, read.startOn(master));
        assertEquals(master, read.managerLedger(water).orElseThrow().file(), "the manager's ledger is still listed");
    }

    @Test
    void aGoneOwnLedgerFallsBackAndIsForgotten() throws Exception {
        Path master = Files.createFile(dir.resolve("a.planledger"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        RecentLedgers recent = RecentLedgers.from(settings);
        recent.opened(new RecentLedgers.Entry(master, PLAN, ""));
        Files.delete(master);
        Path fallback = dir.resolve("ledger.planledger");
        assertEquals(fallback, recent.startOn(fallback), "a deleted ledger is never made afresh at start");
        recent.forget(master);
        assertTrue(recent.entries().isEmpty());
        assertEquals(Optional.empty(), recent.own());
    }

    @Test
    void theLedgerAnEarlierVersionOpenedLastIsListedButNotStartedOn() throws Exception {
        Path department = Files.createFile(dir.resolve("部门台账-水务局-1.planledger"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.set(Settings.LAST_LEDGER, department.toString());
        RecentLedgers recent = RecentLedgers.from(settings);
        assertEquals(List.of(department), recent.entries().stream().map(RecentLedgers.Entry::file).toList());
        assertFalse(recent.entries().get(0).known(), "named by its file until it is opened");
        Path fallback = dir.resolve("ledger.planledger");
        assertEquals(fallback, recent.startOn(fallback));
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
        List<Path> files = recent.entries().stream().map(RecentLedgers.Entry::file).toList();
        assertEquals(RecentLedgers.MAX, files.size());
        assertEquals(dir.resolve("d11.planledger"), files.get(0));
        assertTrue(files.contains(own), "the own ledger stays listed: " + files);
        // opening a listed ledger again moves it to the top, once
        recent.opened(new RecentLedgers.Entry(own, PLAN, ""));
        assertEquals(own, recent.entries().get(0).file());
        assertEquals(RecentLedgers.MAX, recent.entries().size());
    }
}
