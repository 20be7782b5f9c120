package org.planledger.store.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.planledger.ui.progress.EvidenceOpener;

/**
 * Evidence names (and department names in exchange file names) come from users and from foreign
 * files; whatever they say, the name stored and written is one plain file name inside its folder.
 */
class EvidenceNameTest {

    private static final Pattern DEVICE = Pattern.compile("(CON|PRN|AUX|NUL|CLOCK\\$|CONIN\\$|CONOUT\\$|COM[0-9¹²³]|LPT[0-9¹²³])");
    private static final Path FOLDER = Path.of("/tmp/planledger-evidence-test/42").toAbsolutePath();

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("..", ".", "/", "\\", "C:", "\\\\server\\share\\", "CON", "nul", "Com1", "LPT9", "aux.txt",
                        "CONIN$", "com¹", " ", ".", "\u0000", "\n", "\u202E", "\u200B", "\uD800", "\uDC00", "\u0085",
                        "\u2028", "名", "😀", ":", "*", "?", "\"", "<", ">", "|", "~", "$", "%2e%2e", ".pdf", "报告.docx"),
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(4));
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property
    void anyNameBecomesOnePlainFileNameInsideItsFolder(@ForAll("hostile") String raw) {
        assertSafe(raw);
    }

    @Property
    void anyStringAtAll(@ForAll String raw) {
        assertSafe(raw);
    }

    static void assertSafe(String raw) {
        String name = EvidenceFile.safeName(raw);
        assertFalse(name.isEmpty());
        assertFalse(name.contains("/") || name.contains("\\"), name);
        assertFalse(name.equals(".") || name.equals(".."), name);
        assertFalse(name.startsWith("."), name);
        assertFalse(name.endsWith(".") || name.endsWith(" "), name);
        assertTrue(name.chars().noneMatch(c -> c < 0x20 || c == 0x7F || ":*?\"<>|".indexOf(c) >= 0), name);
        assertTrue(name.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL), name);
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        assertFalse(DEVICE.matcher(base.strip().toUpperCase(Locale.ROOT)).matches(), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= EvidenceFile.MAX_NAME_BYTES, name);
        Path file = FOLDER.resolve(name).normalize();
        assertEquals(FOLDER, file.getParent(), name);
        assertEquals(1, Path.of(name).getNameCount());
        assertEquals(name, EvidenceFile.safeName(name), "a safe name stays as it is");
        assertEquals(file, EvidenceOpener.placeIn(FOLDER, raw));
    }

    @Example
    void examples() {
        assertEquals("passwd", EvidenceFile.safeName("../../etc/passwd"));
        assertEquals("passwd", EvidenceFile.safeName("/etc/passwd"));
        assertEquals("x", EvidenceFile.safeName("C:\\Windows\\x"));
        assertEquals("x.pdf", EvidenceFile.safeName("\\\\server\\share\\x.pdf"));
        assertEquals("evidence", EvidenceFile.safeName(".."));
        assertEquals("evidence", EvidenceFile.safeName(""));
        assertEquals("evidence", EvidenceFile.safeName(null));
        assertEquals("evidence", EvidenceFile.safeName(" . . "));
        assertEquals("_CON", EvidenceFile.safeName("CON"));
        assertEquals("_NUL.txt", EvidenceFile.safeName("NUL.txt"));
        assertEquals("_com1", EvidenceFile.safeName("com1"));
        assertEquals("_con .txt", EvidenceFile.safeName("con .txt"));
        assertEquals("_LPT1", EvidenceFile.safeName("LPT1. ."));
        assertEquals("CONSOLE.txt", EvidenceFile.safeName("CONSOLE.txt"));
        assertEquals("a_b", EvidenceFile.safeName("a\u0000b"));
        assertEquals("a_b_", EvidenceFile.safeName("a\nb\u0007"));
        assertEquals("_txt.exe", EvidenceFile.safeName("\u202Etxt.exe"));
        assertEquals("报告.docx", EvidenceFile.safeName("报告.docx"), "an ordinary name is kept");
        assertEquals("现场照片 2023.jpg", EvidenceFile.safeName("现场照片 2023.jpg"));
        String longName = EvidenceFile.safeName("名".repeat(300) + ".pdf");
        assertTrue(longName.endsWith(".pdf") && longName.getBytes(StandardCharsets.UTF_8).length <= 150, longName);
        assertEquals(150, EvidenceFile.safeName("x".repeat(300)).length());
    }

    @Example
    void evidenceIsWrittenInsideItsOwnFolderWhateverItsStoredName() throws IOException {
        Path folder = Files.createTempDirectory("planledger-evidence-open");
        try {
            for (String stored : List.of("../../escape.txt", "/etc/passwd", "C:\\Windows\\x", "..", "", "CON", "a/b/c.pdf",
                    "x".repeat(300), "nul.txt", "\u0000")) {
                Path file = EvidenceOpener.placeIn(folder, stored);
                assertEquals(folder.normalize(), file.getParent(), stored);
                Files.write(file, new byte[] {1});
                assertTrue(Files.isRegularFile(file));
            }
            try (var files = Files.list(folder.getParent())) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("escape")), "nothing escaped");
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
