package org.planledger.docs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where LibreOffice's {@code soffice} may be: the folders on PATH, then where its installers put
 * it — {@code C:\Program Files\LibreOffice\program} (and the x86 one) on Windows, {@code /usr/bin},
 * {@code /usr/lib/libreoffice/program} and {@code /opt/libreoffice*}{@code /program} (the download
 * from libreoffice.org, as on UOS) on Linux, the app bundle on a Mac.
 */
public final class LibreOfficeSearch {

    private static final List<String> NAMES = List.of("soffice", "soffice.exe", "libreoffice");

    private final List<Path> folders;

    /** Looks in exactly these folders, in this order (tests give none: LibreOffice is then not installed). */
    public LibreOfficeSearch(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** This PC's folders. */
    public static LibreOfficeSearch system() {
        List<Path> folders = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String p : path.split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    folders.add(Path.of(p.strip()));
                }
            }
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        if (windows) {
            for (String env : List.of("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")) {
                String root = System.getenv(env);
                if (root != null && !root.isBlank()) {
                    folders.add(Path.of(root, "LibreOffice", "program"));
                }
            }
            folders.add(Path.of("C:\\Program Files\\LibreOffice\\program"));
            folders.add(Path.of("C:\\Program Files (x86)\\LibreOffice\\program"));
        } else {
            folders.add(Path.of("/usr/bin"));
            folders.add(Path.of("/usr/local/bin"));
            folders.add(Path.of("/usr/lib/libreoffice/program"));
            folders.addAll(optFolders(Path.of("/opt")));
            folders.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS"));
        }
        return new LibreOfficeSearch(folders);
    }

    /** /opt/libreoffice7.6/program and the like, newest name last as the directory lists them. */
    static List<Path> optFolders(Path opt) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(opt)) {
            return found;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(opt, "libreoffice*")) {
            for (Path d : dirs) {
                found.add(d.resolve("program"));
            }
        } catch (IOException | SecurityException e) {
            return found; // an unreadable /opt: LibreOffice is looked for elsewhere
        }
        found.sort(java.util.Comparator.reverseOrder());
        return found;
    }

    /** The first soffice found, or empty: LibreOffice is not installed here. */
    public Optional<Path> find() {
        for (Path folder : folders) {
            for (String name : NAMES) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
