package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code backup SUBCOMMAND}: the ledger's backups — {@code list} them, {@code create} one now (or
 * export the whole ledger to a file with --out), {@code restore} the ledger from a backup or from
 * a whole ledger brought from another PC, and {@code keep} how many automatic ones are kept.
 */
@Command(name = "backup",
        description = {"${bundle:cli.backup.summary}", "", "${bundle:cli.backup.description}"},
        subcommands = {BackupListCommand.class, BackupCreateCommand.class, BackupRestoreCommand.class,
                BackupKeepCommand.class})
final class BackupCommand extends CommandGroup {
}
