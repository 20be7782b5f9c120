package org.planledger.cli;

import java.util.Map;
import org.planledger.app.BackupWords;
import org.planledger.i18n.Messages;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.BackupReason;

/** What the backup commands print of a backup: the lines shown before a restore, and its JSON. */
final class BackupLines {

    private final Messages m;
    private final BackupWords words;

    BackupLines(Messages m) {
        this.m = m;
        this.words = new BackupWords(m);
    }

    /** The lines shown before a restore: when, why, which plans, how much. */
    void describe(BackupInfo info, java.io.PrintWriter out) {
        out.println(m.get("cli.backup.info.file", info.file().toString()));
        out.println(m.get("cli.backup.info.taken", words.when(info.taken()), words.reasonOf(info)));
        out.println(m.get("cli.backup.info.ledger", words.kind(info)));
        out.println(m.get("cli.backup.info.plans", words.plans(info, "；")));
        out.println(m.get("cli.backup.info.counts", info.tasks(), info.progressEntries(), info.evidenceFiles(),
                words.lastEntry(info)));
    }

    static Map<String, Object> json(BackupInfo info) {
        Map<String, Object> o = Json.object();
        o.put("file", info.file().toString());
        o.put("taken", info.taken().toString());
        o.put("reason", info.reason().map(BackupReason::code).orElse(null));
        o.put("bytes", info.bytes());
        o.put("schemaVersion", info.schemaVersion());
        o.put("department", info.department().orElse(null));
        o.put("plans", info.plans());
        o.put("tasks", info.tasks());
        o.put("progressEntries", info.progressEntries());
        o.put("evidenceFiles", info.evidenceFiles());
        o.put("lastEntryWritten", info.lastEntryWritten().map(Object::toString).orElse(null));
        return o;
    }
}
