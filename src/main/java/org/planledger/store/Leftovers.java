package org.planledger.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files PlanLedger writes before a file takes its final name (a ledger being created,
 * a backup being copied, an export being written) carry the writing process' id, so that what a
 * killed process left behind can be told from what a running one is still writing: a leftover
 * is one whose process is gone (or that comes from a version that did not name its process).
 * Only such names are ever removed; a file under a final name never is.
 */
public final class Leftovers {

    private static final Pattern PROCESS = Pattern.compile("\\.p(\\d+)-");
    private static final String TEMP_PREFIX = "planledger-";

    private Leftovers() {
    }

    /** The part of a temporary name that tells which process writes it: {@code .p<pid>-}. */
    public static String processTag() {
        return ".p" + ProcessHandle.current().pid() + "-";
    }

    /** True when {@code name} (a temporary name) was left by a process that no longer runs. */
    public static boolean stale(String name) {
        // the last tag: the file's own name before it may look like one
        Matcher m = PROCESS.matcher(name);
        String tag = null;
        while (m.find()) {
            tag = m.group(1);
        }
        if (tag == null) {
            return true;
        }
        long pid;
        try {
            pid = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return true;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** The files in {@code dir} whose name {@code temporary} accepts and whose writer is gone. */
    public static List<Path> find(Path dir, Predicate<String> temporary) {
        List<Path> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (temporary.test(name) && stale(name) && Files.isRegularFile(f)) {
                    out.add(f);
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Removes the stale leftovers {@link #find} returns; what cannot be removed stays (and is counted). */
    public static int remove(Path dir, Predicate<String> temporary) {
        int removed = 0;
        for (Path f : find(dir, temporary)) {
            try {
                Files.deleteIfExists(f);
                removed++;
            } catch (IOException e) {
                // in use or not ours to delete: it stays and is still counted where space is shown
            }
        }
        return removed;
    }

    /**
     * A prefix for a temporary folder or file in the system's temp folder (evidence being read, a
     * PDF being made): {@code planledger-<kind>-.p<pid>-}, so that {@link #removeTemporaryFolders}
     * can tell what a killed process left there.
     */
    public static String temporaryPrefix(String kind) {
        return TEMP_PREFIX + kind + "-" + processTag();
    }

    /**
     * Removes from the system's temp folder what PlanLedger processes that no longer run left
     * there (evidence read from a package or report may be in it); only names carrying a process
     * tag, so nothing an older version is still using, and never through a link. Returns how many.
     */
    public static int removeTemporaryFolders() {
        return removeTemporaryFolders(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #removeTemporaryFolders()} in the temp folder {@code tmp}. */
    static int removeTemporaryFolders(Path tmp) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (PROCESS.matcher(name).find() && stale(name) && deleteTree(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the temp folder cannot be read: nothing to tidy that we could reach
        }
        return removed;
    }

    private static boolean deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                        throws IOException {
                    Files.deleteIfExists(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            return false; // not ours to delete, or in use: it stays
        }
    }

    /** The bytes the stale leftovers in {@code dir} take. */
    public static long bytes(Path dir, Predicate<String> temporary) {
        long sum = 0;
        for (Path f : find(dir, temporary)) {
            try {
                sum += Files.size(f);
            } catch (IOException e) {
                // gone meanwhile
            }
        }
        return sum;
    }
}
