package org.planledger.cli;

import java.time.ZoneId;
import java.util.Map;
import org.planledger.i18n.Messages;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.BackupReason;

/** How the backup commands name a backup's reason and size, and what a backup holds. */
final class BackupWords {

    private final Messages m;

    BackupWords(Messages m) {
        this.m = m;
    }

    String reason(BackupReason reason) {
        return m.get("backup.reason." + reason.code());
    }

    String when(java.time.LocalDateTime taken) {
        return m.dateTime(taken.atZone(ZoneId.systemDefault()).toInstant());
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MiB", bytes / 1048576.0) : Math.max(1, bytes / 1024) + " KiB";
    }

    /** The lines shown before a restore: when, why, which plans, how much. */
    void describe(BackupInfo info, java.io.PrintWriter out) {
        out.println(m.get("cli.backup.info.file", info.file().toString()));
        out.println(m.get("cli.backup.info.taken", when(info.taken()),
                info.reason().map(this::reason).orElse(m.get("backup.reason.file"))));
        out.println(m.get("cli.backup.info.ledger", info.department().map(d -> m.get("backup.kind.department", d))
                .orElse(m.get("backup.kind.master"))));
        out.println(m.get("cli.backup.info.plans", info.plans().isEmpty() ? m.get("backup.noPlans")
                : String.join("；", info.plans())));
        out.println(m.get("cli.backup.info.counts", info.tasks(), info.progressEntries(), info.evidenceFiles(),
                info.lastEntryWritten().map(m::date).orElse("—")));
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
