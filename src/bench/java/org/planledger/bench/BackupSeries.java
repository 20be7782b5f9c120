package org.planledger.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;

/**
 * Backups and restores (issue 9), through the real store: on the shipped plan with five years of
 * monthly progress, and on the city-scale ledger with progress. Each backup is a fresh file (the
 * previous one deleted), each restore replaces the whole ledger from a backup and includes what a
 * user's restore does: checking the file, backing the current ledger up, the copy, the check after.
 */
final class BackupSeries {


    private final BenchLog log;

    private BackupSeries(BenchLog log) {
        this.log = log;
    }

    /** {@code bench --only-backup}: the shipped plan with the runs given, the city-scale ledger with a third of them. */
    static int runOnly(Benchmark.Settings settings, BenchTexts m, PrintWriter out, PrintWriter err) throws Exception {
        OnlyRun.heading(settings, m, out);
        BenchLog log = new BenchLog(m, err, settings.clock());
        BackupSeries series = new BackupSeries(log);
        Map<String, Object> synthetic = new LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("planledger-bench-backup");
        try {
            Path seeded = scratch.resolve("shipped-seeded.planledger");
            try (Ledger l = Ledger.open(seeded, log.clock())) {
                LedgerStartup.prepare(l);
            }
            Path shipped = ProgressLedger.ensure(seeded, scratch.resolve("shipped-progress.planledger"), log.clock()).file();
            series.measure("shipped", shipped, scratch.resolve("shipped"), settings.warmup(), settings.runs());
            if (settings.skipSynthetic()) {
                log.say(log.text("bench.synthetic.skipped"));
                synthetic.put("skipped", "--skip-synthetic");
            } else {
                ProgressLedger.Result built = OnlyRun.cityLedger(settings, log, synthetic);
                Path city = ExchangeSeries.copyLedger(built.file(), scratch.resolve("city.planledger"));
                series.measure("city", city, scratch.resolve("city"), Math.max(0, settings.warmup() / 5),
                        Math.max(1, settings.runs() / 3));
            }
        } finally {
            ExchangeSeries.deleteTree(scratch);
        }
        return OnlyRun.finish(settings, m, log, synthetic, out);
    }

    /** Backup, describe and restore of one ledger file, in a folder of its own. */
    private void measure(String scale, Path source, Path dir, int warmup, int runs) throws Exception {
        Files.createDirectories(dir);
        Path ledgerFile = ExchangeSeries.copyLedger(source, dir.resolve("ledger.planledger"));
        try (Ledger ledger = Ledger.open(ledgerFile, log.clock())) {
            Backups backups = Backups.of(ledger);
            backups.setKeep(Backups.MAX_KEEP);
            Path[] last = new Path[1];
            Series create = log.measure(scale + ".backup.create", log.text("bench.item.backupCreate." + scale), warmup, runs,
                    Series.timed(() -> {
                        if (last[0] != null) {
                            Files.deleteIfExists(last[0]);
                        }
                        last[0] = backups.create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
                    }));
            BackupInfo info = Backups.describe(last[0]);
            create.note(log.text("bench.note.backup", Files.size(ledgerFile) / 1048576.0, info.bytes() / 1048576.0,
                    info.tasks(), info.progressEntries()));
            log.measure(scale + ".backup.describe", log.text("bench.item.backupDescribe." + scale), warmup, runs,
                    Series.timed(() -> Backups.describe(last[0])));
            Path keep = last[0];
            Series restore = log.measure(scale + ".backup.restore", log.text("bench.item.backupRestore." + scale), warmup,
                    runs, Series.timed(() -> {
                        Path before = backups.restore(keep, Ledger.CopyProgress.NONE).orElseThrow();
                        Files.deleteIfExists(before); // the ledger as it was: kept by a user's restore, not by the bench
                    }));
            restore.note(log.text("bench.note.restore"));
        } finally {
            ExchangeSeries.deleteTree(dir);
        }
    }
}
