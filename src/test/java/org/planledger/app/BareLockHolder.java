package org.planledger.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The other process of a lock-wording test: {@code BareLockHolder LOCKFILE} holds the OS lock on
 * a ledger's lock file without writing anything into it, as a command does in the moment between
 * taking the lock and writing its line, prints LOCKED, and holds it until its stdin closes.
 */
public final class BareLockHolder {

    private BareLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock(1L << 30, 1, false)) {
            System.out.println(lock == null ? "HELD" : "LOCKED");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test closes our stdin
            }
        }
    }
}
