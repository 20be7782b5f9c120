package org.planledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-instance guard across real processes: a second start on a held ledger is told so and
 * the "show" reaches the first; once the first ends the ledger can be taken again; another ledger
 * is independent; a start that must not ask (a smoke run) just learns the ledger is held.
 */
class LedgerLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartOnTheSameLedgerAsksTheFirstToShowAndNeverTakesIt() throws Exception {
        Path ledger = dir.resolve("台账 一.planledger");
        try (LedgerLockHolder.Running first = LedgerLockHolder.Running.start(ledger)) {
            assertEquals("ACQUIRED", first.nextLine());
            assertTrue(Files.isRegularFile(LedgerLock.lockFileOf(ledger)), "the lock file sits beside the ledger");
            try (LedgerLockHolder.Running second = LedgerLockHolder.Running.start(ledger, "--lang", "en")) {
                assertEquals("SHOWN", second.nextLine());
                assertEquals(0, second.release());
            }
            assertEquals("SHOW --lang en", first.nextLine(), "the first process received the second's show with its arguments");

            // this JVM is a third process: held, and it cannot take it
            assertTrue(LedgerLock.isHeld(ledger));
            assertTrue(LedgerLock.isHeldElsewhere(ledger));
            assertEquals(Optional.empty(), LedgerLock.tryAcquire(ledger, args -> { }));
            assertInstanceOf(LedgerLock.Held.class, LedgerLock.acquire(ledger, null, args -> { }),
                    "a start that may not ask (a smoke run) learns the ledger is held");

            // another ledger beside it is independent
            Path other = dir.resolve("other.planledger");
            try (LedgerLockHolder.Running third = LedgerLockHolder.Running.start(other)) {
                assertEquals("ACQUIRED", third.nextLine());
                assertEquals(0, third.release());
            }
            assertEquals(0, first.release());
        }
        assertFalse(LedgerLock.isHeld(ledger), "the lock went with the process");
        try (LedgerLockHolder.Running again = LedgerLockHolder.Running.start(ledger)) {
            assertEquals("ACQUIRED", again.nextLine(), "after the first ended, a new process takes the ledger");
            assertEquals(0, again.release());
        }
    }

    @Test
    void aCommandLineWriteHoldsTheLedgerAndAStartIsToldNotShown() throws Exception {
        Path ledger = dir.resolve("命令.planledger");
        try (LedgerLock command = LedgerLock.holdForCommand(ledger).orElseThrow()) {
            assertTrue(LedgerLock.heldByCommand(ledger));
            assertEquals(Optional.empty(), LedgerLock.holdForCommand(ledger), "one write at a time");
            try (LedgerLockHolder.Running window = LedgerLockHolder.Running.start(ledger)) {
                assertEquals("HELD", window.nextLine(), "a window's start is told the ledger is busy; nothing to show");
                assertEquals(0, window.release());
            }
        }
        assertFalse(LedgerLock.heldByCommand(ledger));
        try (LedgerLockHolder.Running window = LedgerLockHolder.Running.start(ledger)) {
            assertEquals("ACQUIRED", window.nextLine(), "after the command, the window takes the ledger");
            assertFalse(LedgerLock.heldByCommand(ledger));
            assertEquals(Optional.empty(), LedgerLock.holdForCommand(ledger), "a command does not write under a window");
            assertEquals(0, window.release());
        }
    }

    @Test
    void theOsLetsGoWhenTheHolderDies() throws Exception {
        Path ledger = dir.resolve("crash.planledger");
        try (LedgerLockHolder.Running first = LedgerLockHolder.Running.start(ledger)) {
            assertEquals("ACQUIRED", first.nextLine());
            assertTrue(LedgerLock.isHeld(ledger));
            first.kill();  // no release of its own
        }
        // kill() returns once the process is gone, and the system let go of its lock with it
        Optional<LedgerLock> taken = LedgerLock.tryAcquire(ledger, args -> { });
        assertTrue(taken.isPresent(), "a crashed holder leaves no lock behind");
        taken.get().close();
    }

    @Test
    void withinOneProcessTheLockIsHandedOverAndAsksReachTheHolder() throws Exception {
        Path a = dir.resolve("a.planledger");
        Path b = dir.resolve("b.planledger");
        List<List<String>> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        SingleInstance instance = new SingleInstance();
        instance.onShow(asked::add);
        assertInstanceOf(LedgerLock.Acquired.class, instance.start(a, List.of()));
        assertTrue(instance.holds(a));
        assertInstanceOf(LedgerLock.Shown.class, LedgerLock.acquire(a, List.of("x"), args -> { }),
                "a second start reaches the holder's socket");
        assertEquals(List.of(List.of("x")), asked);
        LedgerLock next = instance.take(b).orElseThrow();
        assertTrue(LedgerLock.isHeld(a), "the old ledger stays held until it is closed");
        instance.replace(next);
        assertFalse(LedgerLock.isHeld(a));
        assertTrue(instance.holds(b) && LedgerLock.isHeld(b));
        instance.close();
        assertFalse(LedgerLock.isHeld(b));
    }
}
