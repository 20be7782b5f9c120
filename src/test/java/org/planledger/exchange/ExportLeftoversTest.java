package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killed exports leave hidden {@code .planledger….part} files in the output folder; the next export
 * into that folder, and a failed one, remove those whose process is gone. A file under a final name,
 * and the part a running export still writes, stay.
 */
class ExportLeftoversTest {

    private static final byte[] KEY = "a department's key".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, byte[]> PARTS = Map.of("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void theNextExportRemovesWhatKilledExportsLeftAndNothingElse() throws Exception {
        Path older = Files.write(dir.resolve(".planledger-4815162342.part"), new byte[4096]);
        Path killed = Files.write(dir.resolve(".planledger.p" + endedProcess() + "-77.part"), new byte[4096]);
        Path running = Files.write(dir.resolve(".planledger.p" + ProcessHandle.current().parent().orElseThrow().pid()
                + "-78.part"), new byte[10]);
        Path earlier = Files.write(dir.resolve("生态环境分局-第1期.plrpt"), new byte[20]);

        Path target = dir.resolve("生态环境分局-第2期.plrpt");
        SealedFile.write(target, PARTS, KEY);

        assertFalse(Files.exists(older), "an older version's leftover");
        assertFalse(Files.exists(killed), "a killed export's part");
        assertTrue(Files.exists(running), "the part a running export writes");
        assertTrue(Files.exists(earlier), "an earlier report");
        assertTrue(Files.exists(target), "the new report");
        assertEquals(List.of(running.getFileName().toString()), parts());
    }

    @Test
    void aFailedExportLeavesNoPartBehind() throws Exception {
        Files.write(dir.resolve(".planledger.p" + endedProcess() + "-79.part"), new byte[4096]);
        // a folder (not empty) under the report's name: the finished file cannot take it
        Path target = Files.createDirectories(dir.resolve("报告.plrpt"));
        Files.write(target.resolve("inside.txt"), new byte[1]);

        assertThrows(ExchangeException.class, () -> SealedFile.write(target, PARTS, KEY));

        assertEquals(List.of(), parts());
        assertTrue(Files.exists(target.resolve("inside.txt")), "what was in the way is untouched");
    }

    private List<String> parts() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).sorted().toList();
        }
    }

    /** The id of a process that has ended. */
    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
