package org.planledger.store.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerDigest;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.StoreException;
import org.planledger.testing.TestClock;

/** Backups taken, listed, pruned and restored on the shipped plan; bad files refused with the ledger untouched. */
class BackupsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static Path template;

    @TempDir
    Path dir;

    private Clock clock = at(TODAY, 9);

    @Test
    void aBackupHoldsTheWholeLedgerInOneOwnerOnlyFileAndSaysWhatItHolds() throws Exception {
        try (Ledger ledger = seeded("ledger.planledger")) {
            entry(ledger, "第一次进展", true);
            Path backup = Backups.of(ledger, clock).create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);

            assertEquals(dir.resolve("backups"), backup.getParent());
            assertEquals("ledger_20261129-090000_manual.planledger", backup.getFileName().toString());
            assertFalse(Files.exists(Path.of(backup + "-wal")), "one self-contained file");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())));

            BackupInfo info = Backups.describe(backup);
            assertEquals(List.of("济南市天桥区“十四五”生态环境保护规划"), info.plans());
            assertEquals(129, info.tasks());
            assertEquals(1, info.progressEntries());
            assertEquals(1, info.evidenceFiles());
            assertEquals(Optional.of(BackupReason.MANUAL), info.reason());
            assertEquals(Optional.of(TODAY), info.lastEntryWritten());
            assertEquals(Optional.empty(), info.department());

            String digest = LedgerDigest.of(ledger);
            Path copy = Files.copy(backup, dir.resolve("copy.planledger"));
            try (Ledger reopened = Ledger.open(copy, TestClock.get())) {
                assertEquals(digest, LedgerDigest.of(reopened));
            }
        }
    }

    @Test
    void restoreBringsTheBackupBackAndKeepsTheLedgerItReplaced() {
        try (Ledger ledger = seeded("ledger.planledger")) {
            Backups backups = Backups.of(ledger, clock);
            entry(ledger, "备份前的进展", false);
            String atBackup = LedgerDigest.of(ledger);
            Path backup = backups.create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
            entry(ledger, "备份后的进展", true);
            String afterwards = LedgerDigest.of(ledger);

            List<long[]> steps = new ArrayList<>();
            clock = at(TODAY, 10);
            Path before = Backups.of(ledger, clock).restore(backup, (done, total) -> steps.add(new long[] {done, total})).orElseThrow();

            assertEquals(atBackup, LedgerDigest.of(ledger));
            assertEquals(1, count(ledger, "SELECT count(*) FROM progress_entry"));
            assertFalse(steps.isEmpty(), "restore reports its progress");
            long[] last = steps.get(steps.size() - 1);
            assertEquals(last[1], last[0], "progress ends at all pages");
            assertEquals(BackupReason.RESTORE, Backups.describe(before).reason().orElseThrow());
            assertEquals(2, Backups.describe(before).progressEntries());

            Backups.of(ledger, clock).restore(before, Ledger.CopyProgress.NONE);
            assertEquals(afterwards, LedgerDigest.of(ledger), "the replaced ledger comes back whole");
            entry(ledger, "恢复后还能继续写", false);
            assertEquals(3, count(ledger, "SELECT count(*) FROM progress_entry"));
        }
    }

    @Test
    void filesThatCannotBeRestoredAreRefusedWithTheLedgerUntouched() throws Exception {
        try (Ledger ledger = seeded("ledger.planledger")) {
            entry(ledger, "进展", true);
            Backups backups = Backups.of(ledger, clock);
            Path good = backups.create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
            String digest = LedgerDigest.of(ledger);

            Path text = Files.writeString(dir.resolve("说明.planledger"), "这不是台账");
            Path damaged = Files.copy(good, dir.resolve("damaged.planledger"));
            byte[] bytes = Files.readAllBytes(damaged);
            for (int i = 4096 * 3; i < bytes.length; i += 4096) {
                for (int j = 0; j < 40; j++) {
                    bytes[i + 100 + j] ^= (byte) 0x5a; // inside pages, past the header: only a check finds it
                }
            }
            Files.write(damaged, bytes);
            Path truncated = dir.resolve("truncated.planledger");
            Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(good), 3 * 4096 + 17));
            Path newer = dir.resolve("newer.planledger");
            try (Ledger other = Ledger.open(newer, TestClock.get())) {
                other.inTransaction(c -> c.createStatement().executeUpdate(
                        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, "
                                + "installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99', 'x', "
                                + "'2030-01-01', 1, 1)"));
            }

            for (Path bad : List.of(text, damaged, truncated, newer)) {
                StoreException e = assertThrows(StoreException.class, () -> backups.restore(bad, Ledger.CopyProgress.NONE),
                        bad.getFileName().toString());
                assertTrue(List.of("store.error.notLedger", "store.error.damaged", "store.error.newerLedger")
                        .contains(e.problem().key()), bad + ": " + e.problem().key());
                assertTrue(e.problem().args().contains(bad.getFileName().toString()), "the message names the file");
                assertEquals(digest, LedgerDigest.of(ledger), bad + " left the ledger as it was");
            }
        }
    }

    @Test
    void onlyTheNewestAutomaticBackupsAreKeptAndTheUsersOwnNeverDeleted() {
        try (Ledger ledger = seeded("ledger.planledger")) {
            Backups.of(ledger, clock).setKeep(3);
            Backups.of(ledger, at(TODAY.minusDays(9), 8)).create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
            for (int day = 6; day >= 1; day--) {
                Backups.of(ledger, at(TODAY.minusDays(day), 8)).create(BackupReason.IMPORT, Ledger.CopyProgress.NONE);
            }
            List<Backups.Entry> left = Backups.of(ledger, clock).list();
            assertEquals(4, left.size());
            assertEquals(List.of(TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(3), TODAY.minusDays(9)),
                    left.stream().map(e -> e.taken().toLocalDate()).toList(), "newest first");
            assertEquals(BackupReason.MANUAL, left.get(3).reason());
            assertEquals(3, Backups.of(ledger, clock).keep());
            assertThrows(StoreException.class, () -> Backups.of(ledger, clock).setKeep(0));
        }
    }

    @Test
    void theDailyBackupIsTakenOnceADayAndNotForALedgerWithNothingToLose() {
        try (Ledger empty = Ledger.open(dir.resolve("empty.planledger"), TestClock.get())) {
            assertEquals(Optional.empty(), Backups.of(empty, clock).dailyIfDue());
        }
        try (Ledger ledger = seeded("ledger.planledger")) {
            assertTrue(Backups.of(ledger, clock).dailyIfDue().isPresent());
            assertEquals(Optional.empty(), Backups.of(ledger, at(TODAY, 17)).dailyIfDue());
            assertTrue(Backups.of(ledger, at(TODAY.plusDays(1), 8)).dailyIfDue().isPresent());
            assertEquals(2, Backups.of(ledger, clock).list().size());
        }
    }

    @Test
    void anUpgradeKeepsTheLedgerAsItWasFirst() throws Exception {
        Path file = dir.resolve("old.planledger");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("5").load().migrate();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1347175495");
            st.execute("INSERT INTO plan (title, start_year, end_year, source_name, imported_at, updated_at) "
                    + "VALUES ('旧规划', 2021, 2025, 'old.txt', '2024-01-01', '2024-01-01')");
        }
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            assertEquals(1, count(ledger, "SELECT count(*) FROM ledger_identity"));
            List<Backups.Entry> backups = Backups.of(ledger, clock).list();
            assertEquals(1, backups.size());
            assertEquals(BackupReason.UPGRADE, backups.get(0).reason());
            BackupInfo info = Backups.describe(backups.get(0).file());
            assertEquals(5, info.schemaVersion());
            assertEquals(List.of("旧规划"), info.plans());
        }
    }

    @Test
    void aWholeLedgerExportedOnOnePcIsTheLedgerOnTheNext() {
        Path carried = dir.resolve("U盘").resolve("天桥区台账.planledger");
        String digest;
        try (Ledger ledger = seeded("ledger.planledger")) {
            entry(ledger, "要带到新电脑的进展", true);
            digest = LedgerDigest.of(ledger);
            try {
                Files.createDirectories(carried.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Backups.of(ledger, clock).exportTo(carried, Ledger.CopyProgress.NONE);
            assertThrows(StoreException.class, () -> Backups.of(ledger, clock).exportTo(ledger.file(), Ledger.CopyProgress.NONE));
        }
        Path newPc = dir.resolve("新电脑").resolve("ledger.planledger");
        try (Ledger fresh = Ledger.open(newPc, TestClock.get())) {
            LedgerStartup.prepare(fresh);
            assertNotEquals(digest, LedgerDigest.of(fresh));
            Backups.of(fresh, clock).restore(carried, Ledger.CopyProgress.NONE);
            assertEquals(digest, LedgerDigest.of(fresh));
        }
    }

    // ---- helpers ----

    private Ledger seeded(String name) {
        try {
            synchronized (BackupsTest.class) {
                if (template == null) {
                    Path t = Files.createTempDirectory("planledger-backup").resolve("seeded.planledger");
                    try (Ledger l = Ledger.open(t, TestClock.get())) {
                        LedgerStartup.prepare(l);
                    }
                    template = t;
                }
            }
            return Ledger.open(Files.copy(template, dir.resolve(name)), TestClock.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entry(Ledger ledger, String text, boolean withEvidence) {
        long task = count(ledger, "SELECT min(id) FROM task");
        long dept = count(ledger, "SELECT department_id FROM task_assignment WHERE task_id = " + task + " AND role = 'LEAD'");
        List<EvidenceFile> evidence = new ArrayList<>();
        if (withEvidence) {
            try {
                evidence.add(new EvidenceFile(Files.writeString(dir.resolve(text + ".txt"), "佐证：" + text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ledger.progress(clock).addEntry(new NewEntry(ItemKey.task(task), dept,
                ReportingPeriod.containing(PeriodKind.MONTH, TODAY.minusMonths(1)), TODAY, text, "", "", 50, null, evidence));
    }

    private static long count(Ledger ledger, String sql) {
        return ledger.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }

    /**
     * What killed backups leave (hidden partial copies and their journals, of an older version and
     * of a process that has ended) is gone when the ledger next opens and the backups are listed;
     * a backup, and a copy a running process is still writing, stay; what stays is counted in the
     * space the backups take.
     */
    @Test
    void leftoversOfKilledBackupsAreRemovedAtStartAndCountedUntilThen() throws Exception {
        Path backup;
        try (Ledger ledger = seeded("ledger.planledger")) {
            backup = Backups.of(ledger, clock).create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
        }
        Path folder = backup.getParent();
        long dead = endedProcess();
        Path older = Files.write(folder.resolve(".ledger_20261128-090000_daily.planledger.partial"), new byte[4096]);
        Path killed = Files.write(folder.resolve(".ledger_20261128-100000_import.planledger.p" + dead + "-1f.partial"),
                new byte[8192]);
        Path journal = Files.write(folder.resolve(killed.getFileName() + "-journal"), new byte[512]);
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path writing = Files.write(folder.resolve(".ledger_20261129-100000_manual.planledger.p" + alive + "-2e.partial"),
                new byte[1000]);
        Path otherFile = Files.write(folder.resolve("notes.txt"), new byte[10]);

        try (Ledger ledger = Ledger.open(dir.resolve("ledger.planledger"), TestClock.get())) {
            assertFalse(Files.exists(older), "an older version's leftover");
            assertFalse(Files.exists(killed), "a killed process' partial copy");
            assertFalse(Files.exists(journal), "its journal");
            assertTrue(Files.exists(writing), "a copy a running process writes");
            assertTrue(Files.exists(backup), "the backup");
            assertTrue(Files.exists(otherFile), "a file that is not PlanLedger's");
            Backups backups = Backups.of(ledger, clock);
            assertEquals(1, backups.list().size());
            assertEquals(Files.size(backup) + 1000, backups.usedBytes(), "the copy still there takes space");
        }
    }

    @Test
    void listingTheBackupsRemovesWhatABackupKilledSinceTheStartLeft() throws Exception {
        try (Ledger ledger = seeded("ledger.planledger")) {
            Backups backups = Backups.of(ledger, clock);
            Path backup = backups.create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
            Path killed = Files.write(backup.resolveSibling(".ledger_20261129-100000_manual.planledger.p"
                    + endedProcess() + "-3d.partial"), new byte[2048]);
            assertEquals(List.of(backup), backups.list().stream().map(Backups.Entry::file).toList());
            assertFalse(Files.exists(killed));
            assertEquals(Files.size(backup), backups.usedBytes());
        }
    }

    /** The id of a process that has ended. */
    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    private static Clock at(LocalDate day, int hour) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(day.atStartOfDay(zone).plus(Duration.ofHours(hour)).toInstant(), zone);
    }
}
