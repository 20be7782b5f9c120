package org.planledger.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold the office's record (ledgers, backups, packages) are created readable and
 * writable by their owner only (rw-------) where the file system has POSIX permissions; SQLite
 * gives a ledger's -wal and -shm files the main file's permissions. On Windows the user's
 * profile folder already keeps them private.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates an empty owner-only file; an existing file is left as it is. */
    public static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (Files.exists(file) || !posix(dir)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // created meanwhile by someone else: theirs to protect
        }
    }

    /** Makes an existing file owner-only (a file written by a library that does not take permissions). */
    public static void restrict(Path file) throws IOException {
        if (Files.exists(file) && posix(file.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** Creates a folder only its owner can enter (rwx------), or leaves an existing one as it is. */
    public static void createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (posix(parent)) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(dir);
        }
    }

    private static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
