package org.planledger.app;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.planledger.i18n.Messages;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.BackupReason;

/** A backup's time, reason, size and content in the user's words, for the app and the command line. */
public final class BackupWords {

    private final Messages m;

    public BackupWords(Messages m) {
        this.m = m;
    }

    public String when(LocalDateTime taken) {
        return m.dateTime(taken.atZone(ZoneId.systemDefault()).toInstant());
    }

    public String reason(BackupReason reason) {
        return m.get("backup.reason." + reason.code());
    }

    public String reasonOf(BackupInfo info) {
        return info.reason().map(this::reason).orElse(m.get("backup.reason.file"));
    }

    public String kind(BackupInfo info) {
        return info.department().map(d -> m.get("backup.kind.department", d)).orElse(m.get("backup.kind.master"));
    }

    /** The plans' titles joined by {@code separator}, or that there is none. */
    public String plans(BackupInfo info, String separator) {
        return info.plans().isEmpty() ? m.get("backup.noPlans") : String.join(separator, info.plans());
    }

    public String lastEntry(BackupInfo info) {
        return info.lastEntryWritten().map(m::date).orElse("—");
    }

    public String size(long bytes) {
        return org.planledger.i18n.FileSizes.text(m, bytes);
    }
}
