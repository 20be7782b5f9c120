package org.planledger.store.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a backup (or any ledger file) holds, read without changing it: shown before a restore so
 * the user sees what they will get back.
 *
 * @param taken      when the backup was made (from its name; the file's time for other files)
 * @param reason     why it was made; empty for a file that is not one of this ledger's backups
 * @param department the department of a department ledger; empty for the manager's ledger
 */
public record BackupInfo(Path file, LocalDateTime taken, Optional<BackupReason> reason, long bytes,
                         int schemaVersion, Optional<String> department, List<String> plans, long tasks,
                         long progressEntries, long evidenceFiles, Optional<java.time.LocalDate> lastEntryWritten) {

    public BackupInfo {
        plans = List.copyOf(plans);
    }
}
