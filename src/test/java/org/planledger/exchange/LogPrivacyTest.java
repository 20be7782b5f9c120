package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.entry;
import static org.planledger.exchange.ExchangeFixture.evidence;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.task;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.Ledger;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;
import org.planledger.testing.TestClock;

/**
 * What a department writes stays in the ledger and the files made for it: nothing the program
 * or its libraries log — at any level, on stderr or through java.util.logging — carries progress
 * text or evidence contents, through writing, packages, reports, a refused report, a merge, a
 * backup and a restore. And what holds them on disk is readable by its owner only.
 */
class LogPrivacyTest {

    private static final String SECRET_PROGRESS = "机密进展-排污口整治名单-3F9A";
    private static final String SECRET_EVIDENCE = "机密佐证内容-企业名单-7C21";

    @TempDir
    Path dir;

    @Test
    void nothingLoggedCarriesProgressOrEvidenceAndTheFilesAreOwnerOnly() throws Exception {
        StringBuilder logged = new StringBuilder();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.append(r.getLoggerName()).append(' ').append(r.getMessage()).append(' ')
                        .append(r.getParameters() == null ? "" : List.of(r.getParameters())).append(' ')
                        .append(r.getThrown() == null ? "" : r.getThrown()).append('\n');
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        PrintStream err = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report;
        Path pkg;
        try (Ledger master = Ledger.open(ExchangeFixture.master(dir, "master.planledger"), TestClock.get())) {
            long leadId = lead(master, "5.3.6");
            pkg = new PackageExporter(master, CLOCK).export(List.of(leadId), out).get(0).file();
            Path deptFile = dir.resolve("dept.planledger");
            new PackageOpener(CLOCK).openInto(pkg, deptFile);
            try (Ledger dept = Ledger.open(deptFile, TestClock.get())) {
                entry(dept, task(dept, "5.3.6"), leadId, SECRET_PROGRESS, List.of(evidence(dir, "名单.txt", SECRET_EVIDENCE)));
                report = new ReportExporter(dept, CLOCK).export(out).file();
            }
            Path tampered = Files.write(out.resolve("改过的报告.plrpt"), flipped(Files.readAllBytes(report)));
            ReportImport refused = new ReportImporter(master, CLOCK).merge(List.of(tampered, pkg));
            assertTrue(refused.files().stream().allMatch(f -> f.verdict() == ReportImport.Verdict.REFUSED),
                    "a tampered report and a package given as a report are refused");
            new ReportImporter(master, CLOCK).preview(List.of(report));
            new ReportImporter(master, CLOCK).merge(List.of(report));
            Backups backups = Backups.of(master, CLOCK);
            Path backup = backups.create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
            backups.restore(backup, Ledger.CopyProgress.NONE);
            assertTrue(ExchangeFixture.count(master, "SELECT count(*) FROM progress_entry WHERE progress = '"
                    + SECRET_PROGRESS + "'") == 1, "the merge and the restore kept the entry");

            for (Path f : List.of(master.file(), deptFile, backup, report, pkg)) {
                assertTrue(Files.exists(f), f.toString());
                assertTrue(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)).equals("rw-------"),
                        f.getFileName() + " is " + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
            }
        } finally {
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(level);
        }
        String all = logged + stderr.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains(SECRET_PROGRESS), "progress text was logged:\n" + all);
        assertFalse(all.contains(SECRET_EVIDENCE), "evidence contents were logged:\n" + all);
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x40;
        return copy;
    }
}
