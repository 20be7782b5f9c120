package org.planledger.ui.backup;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.planledger.i18n.Messages;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.BackupReason;

/** A backup's time, reason, size and content in the user's words. */
final class BackupWords {

    private final Messages m;

    BackupWords(Messages m) {
        this.m = m;
    }

    String when(LocalDateTime taken) {
        return m.dateTime(taken.atZone(ZoneId.systemDefault()).toInstant());
    }

    String reason(BackupReason reason) {
        return m.get("backup.reason." + reason.code());
    }

    String reasonOf(BackupInfo info) {
        return info.reason().map(this::reason).orElse(m.get("backup.reason.file"));
    }

    String kind(BackupInfo info) {
        return info.department().map(d -> m.get("backup.kind.department", d)).orElse(m.get("backup.kind.master"));
    }

    String plans(BackupInfo info) {
        return info.plans().isEmpty() ? m.get("backup.noPlans") : String.join("\n", info.plans());
    }

    String lastEntry(BackupInfo info) {
        return info.lastEntryWritten().map(m::date).orElse("—");
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MiB", bytes / 1048576.0) : Math.max(1, bytes / 1024) + " KiB";
    }
}
