package org.planledger.ui.backup;

import org.planledger.store.backup.BackupInfo;
import org.planledger.store.backup.Backups;

/** One line of the backups table: the file as its name tells, and what it holds (null when unreadable). */
record BackupRow(Backups.Entry entry, BackupInfo info) {
}
