package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.app.BackupWords;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.Backups;
import picocli.CommandLine.Command;

/** {@code backup list}: the ledger's backups, newest first, with what each holds. */
@Command(name = "list", description = {"${bundle:cli.backup.list.summary}", "", "${bundle:cli.backup.list.description}"})
final class BackupListCommand extends LedgerCommand {

    @Override
    public Integer call() {
        List<Backups.Entry> entries;
        int keep;
        long used;
        ledgerFile(); // the backups folder sits beside a ledger file: a team ledger is refused in words
        boolean emptyLedger = Backups.isEmptyFile(ledgerFile());
        if (emptyLedger) {
            // the backups are what mends an empty ledger file: they are listed without opening it
            entries = Backups.listBeside(ledgerFile());
            keep = Backups.DEFAULT_KEEP;
            used = Backups.usedBytes(ledgerFile());
            err().println(messages().format(emptyWords(ledgerFile())));
        } else {
            try (Ledger ledger = openSeeded()) {
                Backups backups = Backups.of(ledger);
                entries = backups.list();
                keep = backups.keep();
                used = backups.usedBytes();
            }
        }
        BackupWords words = new BackupWords(messages());
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Backups.Entry e : entries) {
                list.add(BackupLines.json(describe(e)));
            }
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("folder", Backups.folder(ledgerFile()).toString());
            o.put("keep", emptyLedger ? null : keep);
            o.put("ledgerEmpty", emptyLedger);
            o.put("usedBytes", used);
            o.put("backups", list);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(emptyLedger ? text("cli.backup.list.folderOnly", Backups.folder(ledgerFile()).toString())
                : text("cli.backup.list.folder", Backups.folder(ledgerFile()).toString(), keep));
        if (used > 0) {
            out().println(text("cli.backup.list.used", new BackupWords(messages()).size(used)));
        }
        if (entries.isEmpty()) {
            out().println(text("cli.backup.list.none"));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.backup.col.file"), text("cli.backup.col.taken"),
                text("cli.backup.col.reason"), text("cli.backup.col.size"), text("cli.backup.col.plans"),
                text("cli.backup.col.tasks"), text("cli.backup.col.entries"))
                .align(3, TextTable.Align.RIGHT).align(4, TextTable.Align.RIGHT).align(5, TextTable.Align.RIGHT)
                .align(6, TextTable.Align.RIGHT);
        for (Backups.Entry e : entries) {
            BackupInfo info = describe(e);
            t.row(e.file().getFileName().toString(), words.when(e.taken()), words.reason(e.reason()),
                    words.size(e.bytes()), info == null ? "?" : info.plans().size(),
                    info == null ? "?" : info.tasks(), info == null ? "?" : info.progressEntries());
        }
        t.print(out());
        return ExitCodes.OK;
    }

    /** What a backup holds; null for one that cannot be read (listed all the same, so it can be seen). */
    private static BackupInfo describe(Backups.Entry e) {
        try {
            return Backups.describe(e.file());
        } catch (StoreException ex) {
            return null;
        }
    }
}
