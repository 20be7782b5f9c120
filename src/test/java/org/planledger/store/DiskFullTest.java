package org.planledger.store;

import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.app.PlanImport;
import org.planledger.app.ShippedPlans;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Plan;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.backup.Backups;
import org.planledger.testing.TestClock;

/**
 * A disk that fills up under a write (issue 16, item 6), made by capping the ledger's own
 * connection ({@code PRAGMA max_page_count}: SQLite then answers SQLITE_FULL as on a full disk):
 * the user reads "磁盘已满", the ledger is as it was, and a failed import leaves no ledger-sized
 * backup behind to fill the disk further.
 */
class DiskFullTest {

    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void seeded() {
        file = dir.resolve("台账.planledger");
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(l);
        }
    }

    @Test
    void aReportWithEvidenceOnAFullDiskSaysSoAndWritesNothing() throws Exception {
        Path scan = Files.write(dir.resolve("验收报告.pdf"), randomBytes(512 * 1024));
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            long task = id(ledger, "SELECT id FROM task WHERE code = '5.3.6'");
            long lead = id(ledger, "SELECT department_id FROM task_assignment WHERE task_id = " + task + " AND role = 'LEAD'");
            String before = LedgerDigest.of(ledger);
            diskFullFromNow(ledger);

            StoreException e = assertThrows(StoreException.class, () -> ledger.progress(TestClock.get()).addEntry(
                    new NewEntry(ItemKey.task(task), lead, ReportingPeriod.parse("2026-10"), LocalDate.of(2026, 11, 3),
                            "完成两家企业源头替代", "", "", 60, null, List.of(new EvidenceFile(scan)))));
            String words = ZH.format(e.problem());
            assertTrue(words.startsWith("磁盘已满") && words.contains("台账.planledger") && words.contains("没有改动"), words);
            assertFalse(words.contains("SQLITE") || words.contains("transaction"), words);
            assertEquals(before, LedgerDigest.of(ledger), "nothing of the entry was written");
        }
    }

    @Test
    void aPlanImportThatFillsTheDiskLeavesNoBackupBehind() throws Exception {
        Plan shipped = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
        Plan revised = new Plan(shipped.title() + "（修订稿）", shipped.documentNumber(), shipped.startYear(), shipped.endYear(),
                shipped.chapters(), shipped.indicators(), shipped.indicatorNote());
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            String before = LedgerDigest.of(ledger);
            diskFullFromNow(ledger);

            StoreException e = assertThrows(StoreException.class, () -> PlanImport.run(ledger, revised, "修订稿.txt"));
            assertTrue(ZH.format(e.problem()).startsWith("磁盘已满"), ZH.format(e.problem()));
            assertEquals(before, LedgerDigest.of(ledger));
            assertEquals(List.of(), filesIn(Backups.folder(file)), "the backup taken before the failed import is gone");
        }
    }

    /** From here on the ledger may not grow by a single page. */
    private static void diskFullFromNow(Ledger ledger) {
        ledger.read(c -> {
            try (Statement st = c.createStatement()) {
                long pages;
                try (var rs = st.executeQuery("PRAGMA page_count")) {
                    pages = rs.getLong(1);
                }
                st.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    private static long id(Ledger ledger, String sql) {
        return ledger.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                return rs.getLong(1);
            }
        });
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(6).nextBytes(b);
        return b;
    }
}
