package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.planledger.app.BackupWords;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup create [--out FILE]}: a backup now, into the backups folder (never pruned), or
 * with --out the whole ledger as one file to carry to another PC. A team ledger is backed up
 * with --out only: a ledger file that opens and restores on any PC.
 */
@Command(name = "create", description = {"${bundle:cli.backup.create.summary}", "", "${bundle:cli.backup.create.description}"})
final class BackupCreateCommand extends LedgerCommand {

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.backup.create.out")
    Path out;

    @Override
    public Integer call() {
        Path written;
        long started = System.nanoTime();
        if (out == null) {
            ledgerFile(); // the backups folder sits beside a ledger file: a team ledger's backup needs --out
        }
        try (Ledger ledger = openSeeded()) {
            Backups backups = Backups.of(ledger);
            if (out != null) {
                written = out.toAbsolutePath().normalize();
                if (Files.isDirectory(written)) {
                    throw new CliException(Text.of("cli.backup.create.error.folder", written.toString()), ExitCodes.BAD_INPUT);
                }
                backups.exportTo(written, Ledger.CopyProgress.NONE);
            } else {
                written = backups.create(BackupReason.MANUAL, Ledger.CopyProgress.NONE);
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        var info = Backups.describe(written);
        if (json) {
            Map<String, Object> o = BackupLines.json(info);
            o.put("milliseconds", ms);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text(out != null ? "cli.backup.create.exported" : "cli.backup.create.done", written.toString(),
                new BackupWords(messages()).size(info.bytes())));
        new BackupLines(messages()).describe(info, out());
        if (out != null) {
            out().println(text("cli.backup.create.hint", written.getFileName().toString()));
        }
        return ExitCodes.OK;
    }
}
