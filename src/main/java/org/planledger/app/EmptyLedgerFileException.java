package org.planledger.app;

import java.nio.file.Path;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.Backups;

/**
 * The ledger file is there but empty (0 bytes): a copy or a save cut short leaves one. It is
 * never filled with a new ledger unasked, which would hide that the office's ledger is gone;
 * the newest backup that passes the check is named so it can be restored in its place.
 */
public final class EmptyLedgerFileException extends RuntimeException {

    private final transient Path file;
    private final transient Path newestBackup;
    private final transient BackupInfo backupHolds;

    private EmptyLedgerFileException(Path file, Path newestBackup, BackupInfo backupHolds) {
        super("the ledger file is empty: " + file);
        this.file = file;
        this.newestBackup = newestBackup;
        this.backupHolds = backupHolds;
    }

    /** Refuses {@code file} when it is empty, looking up (on the caller's thread) the backup that would mend it. */
    static void refuseIfEmpty(Path file) {
        if (Backups.isEmptyFile(file)) {
            Path newest = Backups.newestIntact(file).orElse(null);
            throw new EmptyLedgerFileException(file, newest, newest == null ? null : Backups.describe(newest));
        }
    }

    public Path file() {
        return file;
    }

    /** The newest backup of this ledger that passes SQLite's check; empty when there is none. */
    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }

    /** What the newest backup holds (plans, tasks, entries, when it was taken); empty when there is none. */
    public Optional<BackupInfo> backupHolds() {
        return Optional.ofNullable(backupHolds);
    }

    /** What is wrong and what can be done, in the user's words. */
    public Text problem() {
        return newestBackup == null ? Text.of("app.ledger.empty", file.toString())
                : Text.of("app.ledger.emptyWithBackup", file.toString(), newestBackup.getFileName().toString());
    }
}
