package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.Main;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * Issue 16, item 3: a 2 MB exchange file of 120 zero-filled 16 MiB "evidence" parts and a bogus
 * seal, dropped into the report folder, is refused in words by the command line running with a
 * 256 MiB heap — it used to end the merge (and a package open) with an OutOfMemoryError.
 */
class UnsealedBombHeapTest {

    @TempDir
    static Path dir;
    static Path report;
    static Path pack;

    @BeforeAll
    static void bombs() throws IOException {
        report = bomb("水务局-进展报告-2026-11-29-1.plrpt", Manifest.REPORT);
        pack = bomb("水务局-任务包-2026-11-29-1.plpkg", Manifest.PACKAGE);
    }

    private static Path bomb(String name, String kind) throws IOException {
        Path file = dir.resolve(name);
        Manifest m = new Manifest(Manifest.FORMAT, Manifest.VERSION, kind, UUID.randomUUID().toString(), 1, "水务局", 1,
                null, null, "2026-11-29T08:00:00Z", "00".repeat(32));
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, SealedFile.MANIFEST, SealedFile.json(m));
            part(zip, SealedFile.RECORDS, "{}".getBytes(StandardCharsets.UTF_8));
            if (Manifest.PACKAGE.equals(kind)) {
                part(zip, SealedFile.CONTENT, "{}".getBytes(StandardCharsets.UTF_8));
            }
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 120; i++) {
                zip.putNextEntry(new ZipEntry(SealedFile.EVIDENCE + new UUID(0, i)));
                for (int mib = 0; mib < 16; mib++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            part(zip, SealedFile.SIGNATURE, "ab".repeat(32).getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(Files.size(file) < 3 << 20, "a small file: " + Files.size(file));
        return file;
    }

    private static void part(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private record Run(int exit, String out) {
    }

    /** The command line in its own JVM with a 256 MiB heap. */
    private static Run cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dplanledger.today=2026-11-29",
                "-Duser.language=zh", "-Duser.country=CN", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "cli-", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("planledger-evidence-")).toList(),
                    "no temporary evidence is left behind");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void refusedInWords(Run run, String fileName) {
        assertFalse(run.out().contains("OutOfMemoryError"), run.out());
        assertFalse(run.out().contains("程序内部错误"), run.out());
        assertTrue(run.out().contains("恶意构造的压缩包") && run.out().contains(fileName), run.out());
        assertEquals(2, run.exit(), run.out());
    }

    private static Path masterLedger() {
        Path ledger = dir.resolve("master-" + UUID.randomUUID() + ".planledger");
        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            assertTrue(Files.exists(ledger));
        }
        return ledger;
    }

    @Test
    void reportImportRefusesTheBombInWords() throws Exception {
        refusedInWords(cli("report", "import", report.toString(), "--ledger", masterLedger().toString()),
                report.getFileName().toString());
    }

    @Test
    void aDryRunRefusesTheBombInWords() throws Exception {
        refusedInWords(cli("report", "import", report.toString(), "--dry-run", "--ledger", masterLedger().toString()),
                report.getFileName().toString());
    }

    @Test
    void packageOpenRefusesTheBombInWordsAndLeavesNoLedger() throws Exception {
        Path into = dir.resolve("dept-" + UUID.randomUUID() + ".planledger");
        refusedInWords(cli("package", "open", pack.toString(), "--into", into.toString()), pack.getFileName().toString());
        assertTrue(Files.notExists(into), "no ledger is left behind");
    }
}
