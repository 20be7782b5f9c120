package org.planledger.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The files under installer/ agree with each other and with what each system wants. */
class InstallerConfigTest {

    static final Path INSTALLER = Path.of("installer");

    static String read(String path) throws IOException {
        return Files.readString(INSTALLER.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void theWindowsUpgradeCodeIsOneFixedUuidAndTheBuildUsesIt() throws IOException {
        String text = read("windows/upgrade-uuid.txt").strip();
        UUID uuid = UUID.fromString(text);
        assertEquals(text, uuid.toString(), "one UUID, lower case, nothing else in the file");
        String build = read("Package.java");
        assertTrue(build.contains("installer/windows/upgrade-uuid.txt"), "Package.java reads the file");
        assertTrue(build.contains("\"--win-upgrade-uuid\", upgradeUuid(project)"), "and passes it to jpackage");
        for (String f : List.of("windows/msi.args", "common/app.args")) {
            assertFalse(read(f).lines().anyMatch(l -> l.strip().startsWith("--win-upgrade-uuid")),
                    f + " must not carry a second upgrade code");
        }
        assertTrue(read("windows/README.md").contains(text), "the README names the code");
    }

    @Test
    void fileAssociationsNameTheDepartmentPackageAndTheReport() throws IOException {
        Map<String, String> expected = Map.of("plpkg", "application/x-planledger-package",
                "plrpt", "application/x-planledger-report");
        String build = read("Package.java");
        String desktop = read("linux/planledger.desktop");
        for (var e : expected.entrySet()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(INSTALLER.resolve("common/" + e.getKey() + ".properties"))) {
                p.load(r);
            }
            assertEquals(e.getKey(), p.getProperty("extension"));
            assertEquals(e.getValue(), p.getProperty("mime-type"));
            assertTrue(p.getProperty("description").startsWith("规划任务台账"), p.getProperty("description"));
            assertTrue(build.contains("installer/common/" + e.getKey() + ".properties"));
            assertTrue(desktop.contains(e.getValue() + ";"), "the desktop entry opens " + e.getValue());
        }
    }

    @Test
    void javaOptionsCarryTheEncodingTheProbeExportAndTheCdsArchive() throws IOException {
        String args = read("common/app.args");
        assertTrue(args.contains("--java-options -Dfile.encoding=UTF-8"));
        assertTrue(args.contains("--java-options -XX:MaxRAMPercentage=50"), "a heap sized to the computer");
        assertTrue(args.contains("--java-options \"--add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED\""));
        assertTrue(args.contains("--java-options -XX:SharedArchiveFile=$APPDIR/planledger.jsa"));
        assertTrue(args.contains("--java-options -Dorg.sqlite.lib.path=$APPDIR/native"), "SQLite's library from the image");
        assertTrue(args.contains("--java-options -XX:Tier4InvocationThreshold=40000"), "C2 for what stays hot");
        assertTrue(args.contains("--main-class org.planledger.Main"));
    }

    @Test
    void theDebDependsOnACjkFont() throws IOException {
        String control = read("linux/control");
        assertTrue(control.lines().anyMatch(l -> l.startsWith("Depends: PACKAGE_DEFAULT_DEPENDENCIES")
                && l.endsWith(", fonts-wqy-microhei | fonts-noto-cjk")), control);
        assertTrue(read("linux/deb.args").contains("--resource-dir installer/linux"));
        assertTrue(read("linux/postinst").contains("DESKTOP_COMMANDS_INSTALL"), "keeps jpackage's menu and MIME setup");
        assertTrue(read("linux/prerm").contains("DESKTOP_COMMANDS_UNINSTALL"));
    }

    @Test
    void linuxIconsExistInEverySizeWithTheirPixelSize() throws IOException {
        for (int n : new int[] {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            byte[] png = Files.readAllBytes(INSTALLER.resolve("linux/icons/planledger-" + n + ".png"));
            assertEquals(List.of(n, n), pngSize(png), "planledger-" + n + ".png");
        }
        assertTrue(Files.isRegularFile(INSTALLER.resolve("icons/planledger.svg")));
        assertTrue(Files.isRegularFile(INSTALLER.resolve("icons/make-icons.sh")));
    }

    @Test
    void theWindowsIcoHoldsEverySize() throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(INSTALLER.resolve("windows/planledger.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "type 1 = icon");
        int count = b.getShort(4);
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int w = b.get(6 + 16 * i) & 0xff;
            int h = b.get(7 + 16 * i) & 0xff;
            assertEquals(w, h);
            sizes.add(w == 0 ? 256 : w);
        }
        assertEquals(new TreeSet<>(List.of(16, 24, 32, 48, 64, 256)), sizes);
    }

    @Test
    void theMacIcnsHoldsEverySize() throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(INSTALLER.resolve("macos/planledger.icns")));
        assertEquals("icns", new String(b.array(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(b.capacity(), b.getInt(4));
        Map<String, Integer> want = Map.of("icp4", 16, "icp5", 32, "ic11", 32, "ic12", 64, "ic07", 128,
                "ic13", 256, "ic08", 256, "ic14", 512, "ic09", 512, "ic10", 1024);
        Map<String, Integer> got = new LinkedHashMap<>();
        for (int at = 8; at < b.capacity(); ) {
            String type = new String(b.array(), at, 4, StandardCharsets.US_ASCII);
            int len = b.getInt(at + 4);
            byte[] png = new byte[len - 8];
            System.arraycopy(b.array(), at + 8, png, 0, png.length);
            List<Integer> wh = pngSize(png);
            assertEquals(wh.get(0), wh.get(1));
            got.put(type, wh.get(0));
            at += len;
        }
        assertEquals(want, got);
    }

    @Test
    void theDesktopEntryIsValid() throws Exception {
        Path desktop = INSTALLER.resolve("linux/planledger.desktop");
        Path validator = Path.of("/usr/bin/desktop-file-validate");
        if (Files.isExecutable(validator)) {
            Process p = new ProcessBuilder(validator.toString(), desktop.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), said);
            assertEquals("", said.strip(), "no warnings either");
        }
        // and by reading it, where the validator is not installed too
        List<String> lines = Files.readAllLines(desktop, StandardCharsets.UTF_8);
        assertEquals("[Desktop Entry]", lines.get(0));
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0 || keys.put(l.substring(0, eq), l.substring(eq + 1)) != null) {
                bad.add(l);
            }
        }
        assertEquals(List.of(), bad, "malformed or repeated lines");
        assertEquals("Application", keys.get("Type"));
        assertEquals("规划任务台账", keys.get("Name"));
        assertEquals("PlanLedger", keys.get("Name[en]"));
        assertTrue(keys.get("Categories").contains("Office;"));
        assertTrue(keys.get("Exec").startsWith("/opt/planledger/bin/planledger "));
        assertEquals("planledger", keys.get("Icon"));
    }

    /** Width and height from a PNG's IHDR chunk. */
    static List<Integer> pngSize(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        assertEquals(0x89504E47, b.getInt(0), "a PNG");
        assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.US_ASCII));
        return List.of(b.getInt(16), b.getInt(20));
    }
}
