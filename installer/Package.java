import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds PlanLedger's installers: {@code mvn -Pinstaller package} runs it after the jar and
 * target/libs are made (or by hand: {@code java installer/Package.java --version 0.1.0}).
 *
 * <ol>
 *   <li>jlink: a trimmed runtime from the JDK's jmods and the JavaFX {@code -<os>.jar} modules
 *       (installer/common/modules.txt) and the JavaFX native libraries copied into it; no base CDS
 *       archive of its own (the app's archive below holds the JDK classes it uses too);</li>
 *   <li>jpackage --type app-image: target/installer/planledger (Linux), PlanLedger (Windows) or
 *       PlanLedger.app (macOS), the app's jars without the JavaFX ones (they are in the runtime);</li>
 *   <li>the AppCDS archive {@code planledger.jsa}: the classes loaded by one training start of the
 *       image's own runtime with {@code --smoke} (or the first-frame probe) on a scratch ledger, under
 *       {@code xvfb-run -a} on Linux without a display, and by the commands {@code stats},
 *       {@code stats --json} and {@code --help}. Without Xvfb it is skipped with a warning; the
 *       launcher then starts without the archive;</li>
 *   <li>the installer of this system from that app image: .deb (Linux), .msi (Windows, WiX 3 on
 *       PATH) or .dmg (macOS).</li>
 * </ol>
 * Options: {@code --version V} (from the pom; -SNAPSHOT is dropped), {@code --types auto|app-image}
 * (auto = the app image and this system's installer), {@code --project DIR} (default: the working
 * directory).
 */
public class Package {

    enum Os { LINUX, WINDOWS, MAC }

    static final Os OS = detect();
    static Path project;
    static Path target;
    static Path out;
    static final Path JDK = Path.of(System.getProperty("java.home"));

    public static void main(String[] args) throws Exception {
        String version = null;
        String types = "auto";
        project = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = args[++i];
                case "--types" -> types = args[++i];
                case "--project" -> project = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("--version is required (mvn -Pinstaller package passes the pom's)");
        }
        String appVersion = version.replaceFirst("-.*$", "");
        target = project.resolve("target");
        out = target.resolve("installer");
        long t0 = System.nanoTime();
        Path jar = target.resolve("planledger.jar");
        Path libs = target.resolve("libs");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(libs)) {
            fail("target/planledger.jar and target/libs/ are missing: run mvn package (the profile does) first");
        }
        deleteTree(out);
        Files.createDirectories(out);

        Path runtime = out.resolve("runtime");
        List<Path> fxJars = javafxPlatformJars(libs);
        jlink(runtime, fxJars);
        copyNativeLibraries(fxJars, runtime);

        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("libs"));
        Files.copy(jar, input.resolve("planledger.jar"));
        try (Stream<Path> s = Files.list(libs)) {
            for (Path p : s.sorted().toList()) {
                // JavaFX is in the runtime as modules; its class-path copies would only add 20 MB
                if (p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().startsWith("javafx-")) {
                    Files.copy(p, input.resolve("libs").resolve(p.getFileName()));
                }
            }
        }
        copySqliteLibrary(libs, input.resolve("native"));

        Args common = Args.read(project.resolve("installer/common/app.args"));
        Args system = Args.read(project.resolve(switch (OS) {
            case LINUX -> "installer/linux/deb.args";
            case WINDOWS -> "installer/windows/msi.args";
            case MAC -> "installer/macos/dmg.args";
        }));
        String name = system.value("--name");
        List<String> fileAssociations = List.of(
                "--file-associations", project.resolve("installer/common/plpkg.properties").toString(),
                "--file-associations", project.resolve("installer/common/plrpt.properties").toString());

        List<String> image = new ArrayList<>(List.of(jpackage(), "--type", "app-image", "--dest", out.toString(),
                "--input", input.toString(), "--runtime-image", runtime.toString(), "--app-version", appVersion));
        image.addAll(common.all());
        image.addAll(system.imageOnly());
        if (OS == Os.MAC) {
            image.addAll(fileAssociations);  // they live in the .app's Info.plist
        }
        run(image, 600, null);
        Path appImage = out.resolve(OS == Os.MAC ? name + ".app" : name);
        Path appDir = appDir(appImage);
        if (OS == Os.LINUX) {
            // every hicolor size, for the .deb's postinst (xdg-icon-resource)
            Path icons = appImage.resolve("lib/icons");
            Files.createDirectories(icons);
            try (Stream<Path> s = Files.list(project.resolve("installer/linux/icons"))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".png")).toList()) {
                    Files.copy(p, icons.resolve(p.getFileName()));
                }
            }
        }
        if (OS == Os.LINUX) {
            writeLinuxLauncher(appImage, appDir, name);
        }
        trainCds(appImage, appDir, name);
        deleteTree(input);
        say("app image: " + appImage + " (" + mib(size(appImage)) + ")");

        if (types.equals("auto")) {
            List<String> installer = new ArrayList<>(List.of(jpackage(), "--dest", out.toString(),
                    "--app-image", appImage.toString(), "--app-version", appVersion));
            installer.addAll(common.except("--main-jar", "--main-class", "--java-options"));
            installer.addAll(system.all());
            if (OS != Os.MAC) {
                installer.addAll(fileAssociations);
            }
            switch (OS) {
                case LINUX -> {
                    for (String tool : List.of("dpkg-deb", "fakeroot")) {
                        if (!onPath(tool)) {
                            fail(tool + " is needed for the .deb: apt-get install -y dpkg-dev fakeroot");
                        }
                    }
                    installer.addAll(1, List.of("--type", "deb"));
                }
                case WINDOWS -> {
                    if (!onPath("candle.exe") || !onPath("light.exe")) {
                        fail("WiX 3 (candle.exe, light.exe) must be on PATH for the .msi: see installer/windows/README.md");
                    }
                    installer.addAll(1, List.of("--type", "msi", "--win-upgrade-uuid", upgradeUuid(project).toString()));
                }
                case MAC -> installer.addAll(1, List.of("--type", "dmg"));
            }
            // the archive holds this folder's absolute paths: installed elsewhere it would be refused, so it
            // stays out of the package; the .deb's postinst makes it where it is installed (lib/make-cds-archive.sh)
            Path jsa = appDir.resolve("planledger.jsa");
            Path aside = out.resolve("planledger.jsa.aside");
            if (Files.exists(jsa)) {
                Files.move(jsa, aside);
            }
            try {
                run(installer, 1200, null);
            } finally {
                if (Files.exists(aside)) {
                    Files.move(aside, jsa);
                }
            }
            try (Stream<Path> s = Files.list(out)) {
                for (Path p : s.filter(p -> p.toString().matches(".*\\.(deb|msi|dmg)$")).toList()) {
                    say("installer: " + p + " (" + mib(Files.size(p)) + ")");
                }
            }
        }
        say(String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - t0) / 1e9));
    }

    /** The fixed upgrade code of the Windows installer: the one line of installer/windows/upgrade-uuid.txt. */
    static UUID upgradeUuid(Path project) throws IOException {
        return UUID.fromString(Files.readString(project.resolve("installer/windows/upgrade-uuid.txt")).strip());
    }

    // ---------------------------------------------------------------- runtime

    static List<Path> javafxPlatformJars(Path libs) throws IOException {
        String classifier = switch (OS) {
            case LINUX -> "linux";
            case WINDOWS -> "win";
            case MAC -> System.getProperty("os.arch").contains("aarch64") ? "mac-aarch64" : "mac";
        };
        try (Stream<Path> s = Files.list(libs)) {
            List<Path> jars = s.filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-.*-" + classifier + "\\.jar"))
                    .sorted().toList();
            if (jars.isEmpty()) {
                fail("no javafx-*-" + classifier + ".jar in target/libs");
            }
            return jars;
        }
    }

    static void jlink(Path runtime, List<Path> fxJars) throws Exception {
        Path jmods = JDK.resolve("jmods");
        if (!Files.isDirectory(jmods)) {
            fail(jmods + " is missing: jlink needs a full JDK with jmods (Debian: openjdk-17-jdk; others: a JDK, not a JRE)");
        }
        List<String> modules = new ArrayList<>();
        for (String line : Files.readAllLines(project.resolve("installer/common/modules.txt"), StandardCharsets.UTF_8)) {
            String m = line.replaceFirst("#.*", "").strip();
            if (!m.isEmpty()) {
                modules.add(m);
            }
        }
        StringBuilder path = new StringBuilder(jmods.toString());
        for (Path j : fxJars) {
            path.append(java.io.File.pathSeparator).append(j);
        }
        run(List.of(tool("jlink"), "--module-path", path.toString(), "--add-modules", String.join(",", modules),
                "--include-locales=en,zh", "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--output", runtime.toString()), 600, null);
    }

    /** JavaFX keeps its native libraries inside the jars; without copies it unpacks them to ~/.openjfx/cache. */
    static void copyNativeLibraries(List<Path> fxJars, Path runtime) throws IOException {
        Path dest = runtime.resolve(OS == Os.WINDOWS ? "bin" : "lib");
        int n = 0;
        for (Path j : fxJars) {
            try (ZipFile z = new ZipFile(j.toFile())) {
                for (ZipEntry e : z.stream().toList()) {
                    String name = e.getName();
                    if (!e.isDirectory() && !name.contains("/") && name.matches(".*\\.(so|dll|dylib)$")) {
                        try (InputStream in = z.getInputStream(e)) {
                            Files.copy(in, dest.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                            n++;
                        }
                    }
                }
            }
        }
        if (n == 0) {
            fail("no JavaFX native library found in " + fxJars);
        }
    }

    /**
     * SQLite's native library of this system, taken out of the sqlite-jdbc jar into lib/app/native,
     * where the launcher points sqlite-jdbc ({@code -Dorg.sqlite.lib.path=$APPDIR/native}, app.args).
     * Otherwise every start, each command included, asks {@code uname} which system it is on and
     * copies the 1 MB library into the temporary folder before it can open a ledger. Where the
     * library cannot be found, sqlite-jdbc does as before.
     */
    static void copySqliteLibrary(Path libs, Path nativeDir) throws IOException {
        Path jar;
        try (Stream<Path> s = Files.list(libs)) {
            jar = s.filter(p -> p.getFileName().toString().matches("sqlite-jdbc-.*\\.jar")).findFirst().orElse(null);
        }
        String arch = System.getProperty("os.arch");
        arch = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        boolean musl = OS == Os.LINUX && Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1"));
        String entry = "org/sqlite/native/" + switch (OS) {
            case LINUX -> musl ? "Linux-Musl" : "Linux";
            case WINDOWS -> "Windows";
            case MAC -> "Mac";
        } + "/" + arch + "/" + switch (OS) {
            case LINUX -> "libsqlitejdbc.so";
            case WINDOWS -> "sqlitejdbc.dll";
            case MAC -> "libsqlitejdbc.dylib";
        };
        if (jar == null) {
            warn("no sqlite-jdbc jar in " + libs + ": SQLite's library stays in the jar");
            return;
        }
        try (ZipFile z = new ZipFile(jar.toFile())) {
            ZipEntry e = z.getEntry(entry);
            if (e == null) {
                warn(entry + " is not in " + jar.getFileName() + ": SQLite's library stays in the jar");
                return;
            }
            Files.createDirectories(nativeDir);
            try (InputStream in = z.getInputStream(e)) {
                Files.copy(in, nativeDir.resolve(entry.substring(entry.lastIndexOf('/') + 1)));
            }
        }
    }

    // ---------------------------------------------------------------- AppCDS

    /**
     * Makes planledger.jsa, a static AppCDS archive, for the image where it stands: a training start
     * of the image's own runtime, with exactly the class path and options of its launcher (read from
     * its .cfg), writes the class list (-XX:DumpLoadedClassList), then {@code java -Xshare:dump}
     * archives those classes. JDK 17 ties an archive to the absolute paths of the jars it was made
     * from (an archive made with -XX:ArchiveClassesAtExit in target/ is refused under /opt), so the
     * class list is shipped and the .deb's postinst makes the archive again where it is installed,
     * with lib/make-cds-archive.sh; no display is needed for that step.
     */
    static void trainCds(Path appImage, Path appDir, String name) throws Exception {
        Map<String, List<String>> c = readCfg(appDir.resolve(name + ".cfg"), appDir);
        Path runtime = runtimeOf(appImage);
        List<String> options = new ArrayList<>();
        for (String o : c.getOrDefault("java-options", List.of())) {
            if (!o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-Xlog:")) {
                options.add(o);
            }
        }
        String classPath = String.join(java.io.File.pathSeparator, c.get("app.classpath"));
        String mainClass = c.get("app.mainclass").get(0);
        Path classList = appDir.resolve("planledger.classlist");
        Path jsa = appDir.resolve("planledger.jsa");
        if (OS == Os.LINUX) {
            writeArchiveScript(appImage, options, c.get("app.classpath"));
        }

        Path scratch = Files.createTempDirectory("planledger-cds");
        try {
            Path ledger = scratch.resolve("training.planledger");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("HOME", scratch.toString());            // never the builder's own ledger or settings
            env.put("XDG_DATA_HOME", scratch.resolve("data").toString());
            env.put("APPDATA", scratch.resolve("data").toString());
            List<String> base = new ArrayList<>(List.of(java(runtime)));
            base.addAll(options);
            // a normal start opens an existing ledger: create it first (not recorded), then train on it
            List<String> stats = new ArrayList<>(base);
            stats.addAll(List.of("-Xshare:off", "-cp", classPath, mainClass, "stats", "--ledger", ledger.toString()));
            run(stats, 300, env);

            boolean smoke = jarContains(appDir.resolve("planledger.jar"), "PLANLEDGER_SMOKE");
            List<String> train = new ArrayList<>();
            if (OS == Os.LINUX && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) {
                if (!onPath("xvfb-run")) {
                    warn("no DISPLAY and no xvfb-run: the AppCDS archive is NOT made (apt-get install -y xvfb);"
                            + " the app still starts, only slower");
                    return;
                }
                train.addAll(List.of("xvfb-run", "-a"));
            }
            train.addAll(base);
            train.add("-Xshare:off");
            train.add("-XX:DumpLoadedClassList=" + classList);
            if (!smoke) {
                train.add("-Dplanledger.firstFrameProbe=true");
            }
            train.addAll(List.of("-cp", classPath, mainClass, "--ledger", ledger.toString()));
            if (smoke) {
                train.add("--smoke");
            }
            say("AppCDS training start (" + (smoke ? "--smoke" : "first-frame probe") + ")");
            run(train, 300, env);
            // and the command line: most of a command's start is loading classes, picocli's and the app's
            List<Path> more = new ArrayList<>();
            for (List<String> command : List.of(List.of("stats", "--ledger", ledger.toString()),
                    List.of("stats", "--json", "--ledger", ledger.toString()), List.of("--help"))) {
                Path list = scratch.resolve("command-" + more.size() + ".classlist");
                List<String> cli = new ArrayList<>(base);
                cli.addAll(List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + list, "-cp", classPath, mainClass));
                cli.addAll(command);
                say("AppCDS training command: " + String.join(" ", command));
                run(cli, 300, env);
                more.add(list);
            }
            mergeClassLists(classList, more);
            List<String> dump = new ArrayList<>(base);
            dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+heap=off", "-cp", classPath));
            run(dump, 300, null);
            if (!Files.isRegularFile(jsa) || Files.size(jsa) == 0) {
                fail("-Xshare:dump ended but wrote no " + jsa);
            }
            say("AppCDS archive: " + jsa + " (" + mib(Files.size(jsa)) + ", "
                    + Files.readAllLines(classList).stream().filter(l -> !l.startsWith("@")).count() + " classes listed)");
        } finally {
            deleteTree(scratch);
        }
    }

    /** Adds the classes the {@code more} lists name and {@code into} does not, in their order. */
    static void mergeClassLists(Path into, List<Path> more) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(into, StandardCharsets.UTF_8));
        java.util.Set<String> seen = new java.util.HashSet<>(lines);
        for (Path list : more) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && seen.add(line)) {
                    lines.add(line);
                }
            }
        }
        Files.write(into, lines, StandardCharsets.UTF_8);
    }

    /** lib/make-cds-archive.sh: the same -Xshare:dump, for the image wherever it stands (the .deb's postinst). */
    static void writeArchiveScript(Path appImage, List<String> options, List<String> classPath) throws IOException {
        Path appDir = appDir(appImage);
        StringBuilder cp = new StringBuilder();
        for (String entry : classPath) {
            cp.append(cp.length() == 0 ? "" : ":").append("$APPDIR/").append(appDir.relativize(Path.of(entry)));
        }
        StringBuilder opts = new StringBuilder();
        for (String o : options) {
            opts.append(" '").append(o).append("'");
        }
        String script = "#!/bin/sh\n"
                + "# Made by installer/Package.java. (Re)makes the AppCDS archive lib/app/planledger.jsa for this\n"
                + "# image where it now stands: JDK 17 binds an archive to the jars' absolute paths. Needs no display.\n"
                + "set -e\n"
                + "APPDIR=$(cd \"$(dirname \"$0\")/app\" && pwd)\n"
                + "RUNTIME=$(cd \"$(dirname \"$0\")/runtime\" && pwd)\n"
                + "rm -f \"$APPDIR/planledger.jsa\"\n"
                + "\"$RUNTIME/bin/java\"" + opts + " -Xshare:dump -Xlog:cds=off -Xlog:cds+heap=off \\\n"
                + "  -XX:SharedClassListFile=\"$APPDIR/planledger.classlist\" -XX:SharedArchiveFile=\"$APPDIR/planledger.jsa\" \\\n"
                + "  -cp \"" + cp + "\" >/dev/null\n";
        Path f = appImage.resolve("lib/make-cds-archive.sh");
        Files.writeString(f, script);
        f.toFile().setExecutable(true, false);
    }

    /**
     * bin/NAME on Linux becomes a shell script that starts the image's runtime with exactly the
     * class path and options of the .cfg. jpackage's own launcher asks rpm and dpkg who owns it at
     * every start, four processes (installed, dpkg -S and dpkg -L read the whole package database):
     * 0.12 s of CPU here, more than a command like {@code stats} needs itself. A command (its first
     * argument one of the CLI's commands) also stops at the quick compiler: it ends before the
     * optimising one pays for itself.
     */
    static void writeLinuxLauncher(Path appImage, Path appDir, String name) throws Exception {
        Path cfg = appDir.resolve(name + ".cfg");
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("[") && eq > 0) {
                raw.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
            }
        }
        StringBuilder options = new StringBuilder();
        for (String o : raw.getOrDefault("java-options", List.of())) {
            options.append(" \\\n    ").append(shellWord(o));
        }
        String classPath = shellWord(String.join(":", raw.get("app.classpath")));
        String script = "#!/bin/sh\n"
                + "# PlanLedger, made by installer/Package.java from lib/app/" + name + ".cfg. jpackage's own launcher\n"
                + "# asks rpm and dpkg who owns it at every start; this one starts the same runtime with the same\n"
                + "# options at once. A command stops at the quick compiler: it ends before the optimising one\n"
                + "# would pay for itself.\n"
                + "self=$(readlink -f \"$0\") || exit 1\n"
                + "image=${self%/bin/*}\n"
                + "APPDIR=\"$image/lib/app\"\n"
                + "case \"$1\" in\n"
                + "    " + String.join("|", cliCommands(appDir)) + "|--help) set -- -XX:TieredStopAtLevel=1 \"$@\" ;;\n"
                + "    *) set -- -XX:+TieredCompilation \"$@\" ;;\n"
                + "esac\n"
                + "compiler=$1\n"
                + "shift\n"
                + "exec \"$image/lib/runtime/bin/java\"" + options + " \\\n    \"$compiler\" -cp " + classPath + " \\\n    "
                + shellWord(raw.get("app.mainclass").get(0)) + " \"$@\"\n";
        Path launcher = appImage.resolve("bin").resolve(name);
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true, false);
    }

    /** A .cfg value as one word of sh: in double quotes, so $APPDIR is expanded and nothing else. */
    static String shellWord(String value) {
        if (value.matches(".*[\"`\\\\].*|.*\\$(?!APPDIR).*")) {
            throw new IllegalArgumentException("an option the Linux launcher cannot pass as it is: " + value);
        }
        return "\"" + value + "\"";
    }

    /** The command line's commands, read from the built jar (org.planledger.cli.Cli.COMMANDS), sorted. */
    static List<String> cliCommands(Path appDir) throws Exception {
        List<java.net.URL> jars = new ArrayList<>(List.of(appDir.resolve("planledger.jar").toUri().toURL()));
        try (Stream<Path> s = Files.list(appDir.resolve("libs"))) {
            for (Path p : s.toList()) {
                jars.add(p.toUri().toURL());
            }
        }
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(jars.toArray(new java.net.URL[0]), null)) {
            Object commands = Class.forName("org.planledger.cli.Cli", true, loader).getField("COMMANDS").get(null);
            List<String> sorted = new ArrayList<>();
            for (Object c : (java.util.Collection<?>) commands) {
                String word = c.toString();
                if (!word.matches("[a-z][a-z-]*")) {
                    throw new IllegalStateException("a command the launcher cannot name in sh: " + word);
                }
                sorted.add(word);
            }
            java.util.Collections.sort(sorted);
            return sorted;
        }
    }

    /** The launcher's .cfg: app.classpath, app.mainclass and java-options, with $APPDIR expanded. */
    static Map<String, List<String>> readCfg(Path cfg, Path appDir) throws IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (line.startsWith("[") || eq < 0) {
                continue;
            }
            String value = line.substring(eq + 1).replace("$APPDIR", appDir.toString());
            m.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(value);
        }
        if (!m.containsKey("app.classpath") || !m.containsKey("app.mainclass")) {
            fail(cfg + " has no app.classpath or app.mainclass");
        }
        return m;
    }

    static Path appDir(Path appImage) {
        return switch (OS) {
            case LINUX -> appImage.resolve("lib/app");
            case WINDOWS -> appImage.resolve("app");
            case MAC -> appImage.resolve("Contents/app");
        };
    }

    static Path runtimeOf(Path appImage) {
        return switch (OS) {
            case LINUX -> appImage.resolve("lib/runtime");
            case WINDOWS -> appImage.resolve("runtime");
            case MAC -> appImage.resolve("Contents/runtime/Contents/Home");
        };
    }

    static boolean jarContains(Path jar, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : z.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                try (InputStream in = z.getInputStream(e)) {
                    byte[] b = in.readAllBytes();
                    outer:
                    for (int i = 0; i + needle.length <= b.length; i++) {
                        for (int k = 0; k < needle.length; k++) {
                            if (b[i + k] != needle[k]) {
                                continue outer;
                            }
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- argument files

    /** An installer/…/*.args file: options with their values, split at the "installer only" marker. */
    record Args(List<List<String>> image, List<List<String>> installerOnly) {

        static Args read(Path file) throws IOException {
            List<List<String>> image = new ArrayList<>();
            List<List<String>> inst = new ArrayList<>();
            List<List<String>> into = image;
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.startsWith("# --- installer only")) {
                    into = inst;
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                List<String> opt = new ArrayList<>();
                opt.add(sp < 0 ? line : line.substring(0, sp));
                if (sp > 0) {
                    String v = line.substring(sp + 1).strip();
                    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                        v = v.substring(1, v.length() - 1);
                    }
                    if (v.startsWith("installer/")) {
                        v = project.resolve(v).toString();
                    }
                    opt.add(v);
                }
                into.add(opt);
            }
            return new Args(image, inst);
        }

        List<String> imageOnly() {
            return flat(image);
        }

        List<String> all() {
            List<String> l = flat(image);
            l.addAll(flat(installerOnly));
            return l;
        }

        List<String> except(String... options) {
            List<String> skip = Arrays.asList(options);
            return flat(Stream.concat(image.stream(), installerOnly.stream())
                    .filter(o -> !skip.contains(o.get(0))).toList());
        }

        String value(String option) {
            return Stream.concat(image.stream(), installerOnly.stream()).filter(o -> o.get(0).equals(option))
                    .map(o -> o.get(1)).findFirst().orElseThrow(() -> new IllegalStateException("no " + option));
        }

        private static List<String> flat(List<List<String>> opts) {
            List<String> l = new ArrayList<>();
            opts.forEach(l::addAll);
            return l;
        }
    }

    // ---------------------------------------------------------------- helpers

    static void run(List<String> cmd, long timeoutSeconds, Map<String, String> env) throws Exception {
        say("$ " + String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (env != null) {
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(cmd.get(0) + " did not finish in " + timeoutSeconds + " s");
        }
        if (p.exitValue() != 0) {
            fail(Path.of(cmd.get(0)).getFileName() + " exited with " + p.exitValue());
        }
    }

    static String tool(String name) {
        Path p = JDK.resolve("bin").resolve(OS == Os.WINDOWS ? name + ".exe" : name);
        if (!Files.isExecutable(p)) {
            fail(p + " is missing: build with a full JDK 17 (jlink and jpackage)");
        }
        return p.toString();
    }

    static String jpackage() {
        return tool("jpackage");
    }

    static String java(Path runtime) {
        return runtime.resolve("bin").resolve(OS == Os.WINDOWS ? "java.exe" : "java").toString();
    }

    static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static Os detect() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("win") ? Os.WINDOWS : os.contains("mac") ? Os.MAC : Os.LINUX;
    }

    static void say(String s) {
        System.out.println("[installer] " + s);
        System.out.flush();
    }

    static void warn(String s) {
        System.out.println("[installer] WARNING: " + s);
        System.out.flush();
    }

    static void fail(String s) {
        System.out.println("[installer] ERROR: " + s);
        System.out.flush();
        System.exit(1);
    }
}
