package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zips built to hurt the reader: a bomb, more parts than any package holds, parts named as paths,
 * a second seal, names that are not UTF-8. Each is refused quickly, in words, before anything of
 * it is trusted, and opening it as a package leaves no ledger file behind.
 */
@BothBackends
class ZipHostilityTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private ExchangeException refused(Path file) {
        ExchangeException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ExchangeException.class, () -> SealedFile.read(file)));
        FuzzKit.assertWorded(e);
        Path ledger = dir.resolve(file.getFileName() + ".planledger");
        ExchangeException opened = assertThrows(ExchangeException.class, () -> new PackageOpener(CLOCK).openInto(file, ledger));
        assertEquals(e.problem().key(), opened.problem().key());
        assertTrue(Files.notExists(ledger), "no ledger is left behind");
        return e;
    }

    private Path zip(String name, Writer writer) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            writer.write(zip);
        }
        return file;
    }

    private interface Writer {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static void part(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        long free = Runtime.getRuntime().freeMemory();
        Path bomb = zip("bomb.plpkg", zip -> {
            part(zip, SealedFile.MANIFEST, "{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(SealedFile.CONTENT));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros); // 200 MB of zeros pack to about 200 KB
            }
            zip.closeEntry();
            part(zip, SealedFile.SIGNATURE, "00".getBytes(StandardCharsets.US_ASCII));
        });
        assertTrue(Files.size(bomb) < 1 << 20, "a small file");
        ExchangeException e = refused(bomb);
        assertEquals("exchange.error.hostile.zipBomb", e.problem().key());
        assertTrue(FuzzKit.ZH.format(e.problem()).contains("bomb.plpkg"), FuzzKit.ZH.format(e.problem()));
        assertTrue(FuzzKit.EN.format(e.problem()).contains("content.json"), FuzzKit.EN.format(e.problem()));
        assertTrue(free >= 0);
    }

    @Test
    void aBombAsAReportIsRefusedAsThatFileAlone() throws IOException {
        Path bomb = zip("bomb.plrpt", zip -> {
            part(zip, SealedFile.MANIFEST, "{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(SealedFile.RECORDS));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        });
        FuzzKit.Templates t = FuzzKit.templates(backend);
        try (var master = t.master(dir, "master.planledger").open()) {
            String before = FuzzKit.fingerprint(master);
            ReportImport result = new ReportImporter(master, CLOCK).merge(List.of(bomb, t.report()));
            assertEquals(ReportImport.Verdict.REFUSED, result.files().get(0).verdict());
            assertEquals("exchange.error.hostile.zipBomb", result.files().get(0).problem().key());
            assertEquals(ReportImport.Verdict.MERGED, result.files().get(1).verdict(), "the good report still merges");
            assertTrue(!before.equals(FuzzKit.fingerprint(master)));
        }
    }

    @Test
    void moreFilesThanAnyPackageHoldsAreRefusedBeforeAnyIsRead() throws IOException {
        Path many = zip("many.plpkg", zip -> {
            zip.setLevel(0);
            for (int i = 0; i <= SealedFile.MAX_PARTS; i++) {
                part(zip, SealedFile.EVIDENCE + Integer.toHexString(i), new byte[0]);
            }
        });
        assertEquals("exchange.error.tooManyParts", refused(many).problem().key());
    }

    @Test
    void thousandsOfStrangeEntriesStopAtTheFirst() throws IOException {
        Path strange = zip("strange.plpkg", zip -> {
            for (int i = 0; i < 5000; i++) {
                part(zip, "../../x" + i, new byte[] {1});
            }
        });
        ExchangeException e = refused(strange);
        assertEquals("exchange.error.strangePart", e.problem().key());
        assertTrue(FuzzKit.ZH.format(e.problem()).contains("../../x0"), FuzzKit.ZH.format(e.problem()));
    }

    @Test
    void partsNamedAsPathsAreRefused() throws IOException {
        for (String name : List.of("../manifest.json", "/etc/passwd", "evidence/../../x", "C:\\Windows\\x",
                "evidence\\abc", "\\\\server\\share\\x", "evidence/ab/../cd", "manifest.json/", "evidence/\u0000")) {
            Path file = zip("path" + Math.abs(name.hashCode()) + ".plpkg", zip -> {
                part(zip, SealedFile.MANIFEST, "{}".getBytes(StandardCharsets.UTF_8));
                part(zip, name, new byte[] {1});
            });
            ExchangeException e = refused(file);
            assertEquals("exchange.error.strangePart", e.problem().key(), name);
            assertTrue(!FuzzKit.ZH.format(e.problem()).contains("\u0000"), "no control character in the message");
        }
    }

    @Test
    void aSecondSealIsRefused() throws IOException {
        FuzzKit.Templates t = FuzzKit.templates(backend);
        List<Map.Entry<String, byte[]>> parts = new ArrayList<>();
        ExchangeFixture.parts(t.pkg()).forEach((k, v) -> parts.add(Map.entry(k, v)));
        parts.add(Map.entry(SealedFile.SIGNATURE, "00".getBytes(StandardCharsets.US_ASCII)));
        parts.add(Map.entry(SealedFile.SIGNATURE, "11".getBytes(StandardCharsets.US_ASCII)));
        Path file = FuzzKit.write(dir, "twice.plpkg", FuzzKit.zip(parts, false));
        assertEquals("exchange.error.strangePart", refused(file).problem().key());
    }

    @Test
    void anEntryNameThatIsNotUtf8IsRefusedInWords() throws IOException {
        byte[] bytes = FuzzKit.zip(List.of(Map.entry("manifest.json", "{}".getBytes(StandardCharsets.UTF_8)),
                Map.entry("signature.txt", new byte[] {'0', '0'})), true);
        // turn every "signature.txt" name into bytes that are not UTF-8
        byte[] name = "signature.txt".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + name.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + name.length, name, 0, name.length)) {
                bytes[i] = (byte) 0xC3;
                bytes[i + 1] = (byte) 0x28;
            }
        }
        Path file = FuzzKit.write(dir, "latin.plpkg", bytes);
        ExchangeException e = refused(file);
        assertTrue(List.of("exchange.error.notExchangeFile", "exchange.error.strangePart").contains(e.problem().key()),
                e.problem().key());
    }
}
