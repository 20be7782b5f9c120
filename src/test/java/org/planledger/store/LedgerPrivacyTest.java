package org.planledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.testing.TestClock;

/** A ledger holds what departments report: its files are the user's alone. */
class LedgerPrivacyTest {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @TempDir
    Path dir;

    @Test
    void aNewLedgerAndItsWalAndShmAreReadableByTheOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions here");
        Path file = dir.resolve("private.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            ledger.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("CREATE TABLE privacy_probe (x TEXT)");
                }
                return null;
            });
            assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(file), "ledger");
            for (String side : new String[] {"-wal", "-shm"}) {
                Path companion = file.resolveSibling(file.getFileName() + side);
                assertTrue(Files.exists(companion), side + " exists while the ledger is open");
                assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(companion), side);
            }
        }
        assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(file), "ledger after closing");
    }

    @Test
    void anExistingLedgerKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions here");
        Path file = dir.resolve("shared.planledger");
        Ledger.open(file, TestClock.get()).close();
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, chosen);
        Ledger.open(file, TestClock.get()).close();
        assertEquals(chosen, Files.getPosixFilePermissions(file));
    }
}
