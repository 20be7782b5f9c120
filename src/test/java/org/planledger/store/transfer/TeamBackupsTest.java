package org.planledger.store.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.Backups;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * {@code backup create --out} and {@code backup restore} as the app's backups do them on a team
 * ledger: the export is a ledger file this PC reads; a restore keeps the team ledger as it was
 * beside the file restored from, and refuses a department's ledger.
 */
class TeamBackupsTest {

    @TempDir
    Path dir;

    @Test
    void anExportOfATeamLedgerIsALedgerFileThatTellsWhatItHolds() {
        String url = TestPostgres.newLedgerDatabase("export");
        Path out = dir.resolve("全市台账.planledger");
        try (Ledger team = Ledger.openTeam(TestPostgres.address(url), TestClock.get())) {
            LedgerStartup.prepare(team);
            Backups.of(team).exportTo(out, Ledger.CopyProgress.NONE);
            BackupInfo now = Backups.of(team).describeCurrent();

            BackupInfo exported = Backups.describe(out);

            assertEquals(now.plans(), exported.plans());
            assertEquals(129, exported.tasks());
            assertEquals(now.schemaVersion(), exported.schemaVersion());
        }
    }

    @Test
    void aRestoreKeepsTheTeamLedgerAsItWasBesideTheFileAndPutsTheFilesContentIn() {
        String url = TestPostgres.newLedgerDatabase("restore_kept");
        Path backup = dir.resolve("九月.planledger");
        try (Ledger team = Ledger.openTeam(TestPostgres.address(url), TestClock.get())) {
            LedgerStartup.prepare(team);
            Backups.of(team).exportTo(backup, Ledger.CopyProgress.NONE);
            long plan = team.plans().plans().get(0).id();
            long task = team.plans().search(plan, "黑臭水体", 1).get(0).taskId();
            team.progress(TestClock.get()).overrideLight(ItemKey.task(task), Light.RED, TestClock.TODAY, "整改滞后");
            long overridesAfter = HistoryLedger.count(team, "light_override");

            Optional<Path> before = Backups.of(team).restore(backup, Ledger.CopyProgress.NONE);

            assertEquals(overridesAfter - 1, HistoryLedger.count(team, "light_override"), "the file's content");
            assertTrue(before.isPresent() && Files.isRegularFile(before.get()), before::toString);
            assertEquals(dir.resolve("backups"), before.get().getParent());
            assertTrue(before.get().getFileName().toString().endsWith("_restore.planledger"), before.get().toString());
            try (Ledger kept = Ledger.open(before.get(), TestClock.get())) {
                assertEquals(overridesAfter, HistoryLedger.count(kept, "light_override"), "the team ledger as it was");
            }
        }
    }

    @Test
    void aDepartmentsLedgerIsNotRestoredOntoATeamLedger() {
        String url = TestPostgres.newLedgerDatabase("restore_department");
        Path department = dir.resolve("水务局.planledger");
        try (Ledger file = Ledger.open(department, TestClock.get())) {
            LedgerStartup.prepare(file);
            file.inTransaction(c -> org.planledger.store.Sql.update(c, "UPDATE ledger_identity SET role = 'DEPARTMENT', "
                    + "department_id = (SELECT min(id) FROM department), issuer_ledger_id = 'x', secret = 'y'"));
        }
        try (Ledger team = Ledger.openTeam(TestPostgres.address(url), TestClock.get())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Backups.of(team).restore(department, Ledger.CopyProgress.NONE));
            assertEquals("store.transfer.departmentLedger", e.problem().key());
            assertEquals(0, HistoryLedger.count(team, "plan"));
            assertFalse(Files.exists(dir.resolve("backups")) && list(dir.resolve("backups")).size() > 0,
                    "no backup of the team ledger left for a restore that did not happen");
        }
    }

    @Test
    void aLoginWithoutTheRightToReplaceEverythingIsRefusedByTheDatabaseInWords() {
        String url = TestPostgres.newLedgerDatabase("restore_role");
        Path backup = dir.resolve("backup.planledger");
        try (Ledger owner = Ledger.openTeam(TestPostgres.address(url), TestClock.get())) {
            LedgerStartup.prepare(owner);
            Backups.of(owner).exportTo(backup, Ledger.CopyProgress.NONE);
        }
        // a login that may read every table and write none (a department's has less still)
        HistoryLedger.onDatabase(url, "CREATE ROLE reader_only LOGIN PASSWORD 'pw'");
        HistoryLedger.onDatabase(url, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_only");
        try (Ledger reader = Ledger.openTeam(TestPostgres.address(url).as("reader_only", "pw"), TestClock.get())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Backups.of(reader).restore(backup, Ledger.CopyProgress.NONE));

            assertEquals("store.team.refusedByRole", e.problem().key());
            assertEquals(1, HistoryLedger.count(reader, "plan"), "the team ledger as it was");
            assertTrue(list(dir.resolve("backups")).isEmpty(), "the copy kept before the restore is gone with it");
        }
    }

    private static List<Path> list(Path folder) {
        try (var s = Files.list(folder)) {
            return s.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
