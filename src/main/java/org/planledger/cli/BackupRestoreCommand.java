package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backup restore FILE [--yes]}: shows what the backup (or a whole ledger from another PC)
 * holds beside what the ledger holds now; with --yes backs the current ledger up and replaces it.
 * FILE is a path, or the name of a file in the backups folder as {@code backup list} shows it.
 */
@Command(name = "restore", description = {"${bundle:cli.backup.restore.summary}", "", "${bundle:cli.backup.restore.description}"})
final class BackupRestoreCommand extends LedgerCommand implements WritesLedger {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.backup.restore.file")
    Path file;

    @Option(names = "--yes", descriptionKey = "cli.backup.restore.yes")
    boolean yes;

    @Override
    public Path ledgerWritten() {
        return yes ? lockTarget() : null;
    }

    @Override
    public Integer call() {
        Path source = source();
        BackupInfo info = Backups.describe(source);
        BackupLines lines = new BackupLines(messages());
        if (team().isEmpty() && Backups.isEmptyFile(ledgerFile())) {
            return restoreOverEmpty(source, info, lines);
        }
        if (!yes) {
            BackupInfo now;
            try (Ledger ledger = openSeeded()) {
                now = Backups.of(ledger).describeCurrent();
            }
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("restored", false);
                o.put("backup", BackupLines.json(info));
                o.put("current", BackupLines.json(now));
                Json.print(out(), o);
                return ExitCodes.OK;
            }
            out().println(text("cli.backup.restore.backupHolds"));
            lines.describe(info, out());
            out().println();
            out().println(text("cli.backup.restore.nowHolds", ledgerLabel()));
            lines.describe(now, out());
            out().println();
            out().println(text("cli.backup.restore.confirm", source.getFileName().toString()));
            return ExitCodes.OK;
        }
        java.util.Optional<Path> before;
        long started = System.nanoTime();
        try (Ledger ledger = openSeeded()) {
            before = Backups.of(ledger).restore(source, Ledger.CopyProgress.NONE);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("restored", true);
            o.put("backup", BackupLines.json(info));
            o.put("previousLedgerSavedAs", before.map(Path::toString).orElse(null));
            o.put("milliseconds", ms);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.backup.restore.done", source.getFileName().toString(), ledgerLabel()));
        lines.describe(info, out());
        out().println(before.map(b -> text("cli.backup.restore.before", b.toString()))
                .orElse(text("cli.backup.restore.damagedNotKept")));
        return ExitCodes.OK;
    }

    /** An empty ledger file (0 bytes) holds nothing to show or keep: the backup simply takes its place. */
    private Integer restoreOverEmpty(Path source, BackupInfo info, BackupLines lines) {
        if (yes) {
            Backups.restoreOverEmpty(ledgerFile(), source);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("restored", yes);
            o.put("backup", BackupLines.json(info));
            o.put("current", null);
            o.put("ledgerEmpty", true);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        if (yes) {
            out().println(text("cli.backup.restore.done", source.getFileName().toString(), ledgerLabel()));
            lines.describe(info, out());
            out().println(text("cli.backup.restore.emptyNotKept"));
            return ExitCodes.OK;
        }
        out().println(text("cli.backup.restore.backupHolds"));
        lines.describe(info, out());
        out().println();
        out().println(text("cli.backup.restore.nowEmpty", ledgerLabel()));
        out().println();
        out().println(text("cli.backup.restore.confirm", source.getFileName().toString()));
        return ExitCodes.OK;
    }

    /** A path as given, or else a name in the ledger's backups folder (a ledger file's only). */
    private Path source() {
        if (Files.isRegularFile(file)) {
            return file.toAbsolutePath().normalize();
        }
        if (team().isPresent()) {
            throw new CliException(Text.of("cli.error.noSuchFile", file.toString()), ExitCodes.BAD_INPUT);
        }
        Path inFolder = Backups.folder(ledgerFile()).resolve(file.getFileName().toString());
        if (Files.isRegularFile(inFolder)) {
            return inFolder;
        }
        throw new CliException(Text.of("cli.backup.restore.error.noFile", file.toString(),
                Backups.folder(ledgerFile()).toString()), ExitCodes.BAD_INPUT);
    }
}
