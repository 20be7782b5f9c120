package org.planledger.cli;

import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup keep [N]}: how many automatic backups are kept; with N, sets it (older ones are deleted). */
@Command(name = "keep", description = {"${bundle:cli.backup.keep.summary}", "", "${bundle:cli.backup.keep.description}"})
final class BackupKeepCommand extends LedgerCommand implements WritesLedger {

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", descriptionKey = "cli.backup.keep.count")
    Integer count;

    @Override
    public java.nio.file.Path ledgerWritten() {
        return count == null ? null : ledgerFile();
    }

    @Override
    public Integer call() {
        if (count != null && (count < 1 || count > Backups.MAX_KEEP)) {
            throw new CliException(org.planledger.i18n.Text.of("backup.error.keep", count, Backups.MAX_KEEP), ExitCodes.BAD_INPUT);
        }
        ledgerFile(); // the backups folder sits beside a ledger file: a team ledger is refused in words
        int keep;
        try (Ledger ledger = openSeeded()) {
            Backups backups = Backups.of(ledger);
            if (count != null) {
                backups.setKeep(count);
            }
            keep = backups.keep();
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("keep", keep);
            Json.print(out(), o);
        } else {
            out().println(text(count == null ? "cli.backup.keep.is" : "cli.backup.keep.set", keep));
        }
        return ExitCodes.OK;
    }
}
