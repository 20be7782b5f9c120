package org.planledger.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Linux app image that {@code mvn -Pinstaller package} made, when there is one (skipped
 * otherwise): its runtime holds the modules the app needs and no build tools. .ci/run runs this
 * class again after building the image.
 */
class AppImageTest {

    static final Path IMAGE = Path.of("target/installer/planledger");
    static final Path RUNTIME = IMAGE.resolve("lib/runtime");
    static final Path APP = IMAGE.resolve("lib/app");

    @BeforeEach
    void onlyAfterTheInstallerBuild() {
        assumeTrue(Files.isRegularFile(RUNTIME.resolve("release")), "no app image: run mvn -Pinstaller package first");
    }

    @Test
    void theRuntimeHoldsEveryModuleTheAppNeeds() throws IOException {
        Set<String> modules = releaseModules();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("installer/common/modules.txt"), StandardCharsets.UTF_8)) {
            String m = line.replaceFirst("#.*", "").strip();
            if (!m.isEmpty() && !modules.contains(m)) {
                missing.add(m);
            }
        }
        for (String m : List.of("java.base", "javafx.base", "javafx.graphics", "javafx.controls", "java.sql",
                "java.desktop", "java.management", "java.xml", "jdk.charsets", "jdk.localedata", "jdk.unsupported")) {
            if (!modules.contains(m)) {
                missing.add(m);
            }
        }
        assertEquals(List.of(), missing, "modules missing from " + RUNTIME.resolve("release"));
        assertTrue(Files.isRegularFile(RUNTIME.resolve("lib/libglass.so")), "JavaFX's native libraries are copied in");
    }

    @Test
    void theImageCarriesNoBuildTools() throws IOException {
        Set<String> modules = releaseModules();
        for (String m : List.of("jdk.compiler", "jdk.jlink", "jdk.jpackage", "jdk.jartool", "jdk.jdeps", "jdk.javadoc")) {
            assertTrue(!modules.contains(m), m + " is a JDK tool module");
        }
        List<String> found;
        try (Stream<Path> s = Files.walk(IMAGE)) {
            found = s.map(p -> IMAGE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches("lib/runtime/bin/(javac|jlink|jpackage|jar|jdeps|jshell|javadoc)(\\.exe)?")
                            || p.equals("lib/runtime/jmods") || p.contains("maven") || p.matches(".*/mvn[^/]*")
                            || p.matches("lib/app/libs/javafx-.*\\.jar"))
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), found, "JDK or Maven tools, or JavaFX jars twice, in the image");
        assertTrue(Files.isExecutable(IMAGE.resolve("bin/planledger")), "the launcher");
    }

    @Test
    void theLauncherStartsMainWithTheCdsArchive() throws IOException {
        String cfg = Files.readString(APP.resolve("planledger.cfg"), StandardCharsets.UTF_8);
        assertTrue(cfg.contains("app.mainclass=org.planledger.Main"), cfg);
        assertTrue(cfg.contains("java-options=-XX:SharedArchiveFile=$APPDIR/planledger.jsa"), cfg);
        assertTrue(cfg.contains("java-options=-Dfile.encoding=UTF-8"), cfg);
        assertTrue(Files.isRegularFile(APP.resolve("planledger.classlist")) || !Files.exists(APP.resolve("planledger.jsa")),
                "an archive is made from the shipped class list");
        if (Files.isRegularFile(APP.resolve("planledger.classlist"))) {
            List<String> classes = Files.readAllLines(APP.resolve("planledger.classlist"), StandardCharsets.UTF_8);
            assertTrue(classes.contains("org/planledger/ui/MainWindow") && classes.contains("org/planledger/cli/StatsCommand"),
                    "the archive serves the window and the command line");
        }
    }

    /**
     * jpackage's native launcher ran rpm -qf and dpkg -S (installed, also dpkg -L) at every start;
     * the Linux launcher is a script that starts the runtime with every option of the .cfg, and
     * a command (not the window) with the quick compiler only.
     */
    @Test
    void theLinuxLauncherStartsJavaWithTheCfgsOptionsAndAsksNoPackageManager() throws Exception {
        String launcher = Files.readString(IMAGE.resolve("bin/planledger"), StandardCharsets.UTF_8);
        assertTrue(launcher.startsWith("#!/bin/sh\n"), "a shell script");
        String code = launcher.replaceAll("(?m)^#.*$", "");
        assertTrue(!code.contains("dpkg") && !code.contains("rpm "), launcher);
        for (String line : Files.readAllLines(APP.resolve("planledger.cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                assertTrue(launcher.contains("\"" + line.substring("java-options=".length()) + "\""), line + " is passed on");
            }
        }
        Process help = new ProcessBuilder(IMAGE.resolve("bin/planledger").toString(), "stats", "--help")
                .redirectErrorStream(true).start();
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, help.waitFor(), out);
        assertTrue(out.contains("stats"), out);
        assertTrue(launcher.matches("(?s).*\\|stats\\|.*\\) set -- -XX:TieredStopAtLevel=1 .*"), "commands use C1 only");
    }

    @Test
    void sqliteLoadsItsLibraryFromTheImage() throws IOException {
        String cfg = Files.readString(APP.resolve("planledger.cfg"), StandardCharsets.UTF_8);
        assertTrue(cfg.contains("java-options=-Dorg.sqlite.lib.path=$APPDIR/native"), cfg);
        try (Stream<Path> s = Files.list(APP.resolve("native"))) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().contains("sqlitejdbc")).count(), "SQLite's library");
        }
    }

    static Set<String> releaseModules() throws IOException {
        String line = Files.readAllLines(RUNTIME.resolve("release"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        return new TreeSet<>(Arrays.asList(line.substring("MODULES=".length()).replace("\"", "").strip().split("\\s+")));
    }
}
