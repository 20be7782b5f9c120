package org.planledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence read from a report or package is kept in the temp folder while it is read; a process
 * killed meanwhile left it there for ever. The next start removes what ended processes left, and
 * nothing else: not a running process's folder, not an older version's, not what a link points to.
 */
class TemporaryFoldersTest {

    @TempDir
    Path tmp;
    @TempDir
    Path elsewhere;

    @Test
    void whatEndedProcessesLeftIsRemovedAndNothingElse() throws Exception {
        long ended = endedProcess();
        Path killed = Files.createDirectories(tmp.resolve("planledger-evidence-.p" + ended + "-123"));
        Files.write(killed.resolve("0"), "扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path outside = Files.writeString(elsewhere.resolve("keep.txt"), "not ours");
        Files.createSymbolicLink(killed.resolve("link"), outside);
        Path killedPdf = Files.createDirectories(tmp.resolve("planledger-pdf-.p" + ended + "-9"));
        Path running = Files.createDirectories(Files.createTempDirectory(tmp, Leftovers.temporaryPrefix("evidence")));
        Path olderVersion = Files.createDirectories(tmp.resolve("planledger-evidence-4711"));
        Path someoneElses = Files.createDirectories(tmp.resolve("other-.p" + ended + "-1"));

        int removed = Leftovers.removeTemporaryFolders(tmp);

        assertEquals(2, removed);
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedPdf));
        assertTrue(Files.exists(running), "a running process's folder stays");
        assertTrue(Files.exists(olderVersion), "without a process tag it may be in use by an older version");
        assertTrue(Files.exists(someoneElses), "not PlanLedger's");
        assertEquals("not ours", Files.readString(outside), "a link is removed, never followed");
    }

    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
