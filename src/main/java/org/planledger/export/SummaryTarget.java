package org.planledger.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.planledger.i18n.Text;
import org.planledger.store.Leftovers;

/**
 * Writing a file safely: into a temporary file beside the target, then moved over it in one step.
 * A failure (not writable, open in another program, disk full) or a cancellation deletes the
 * temporary file and leaves the target as it was; the problem names the target.
 */
final class SummaryTarget {

    /** Writes the content; returns the bytes written. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SummaryTarget() {
    }

    static long write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ExportException(Text.of("export.error.isDirectory", name), null);
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(Text.of("export.error.notWritable", name), null);
        }
        Path temp;
        try {
            removeLeftovers(dir, file);
            temp = dir.resolve(".~" + file.getFileName() + Leftovers.processTag() + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException | SecurityException e) {
            throw new ExportException(Text.of("export.error.notWritable", name, detail(e)), e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            } catch (IOException e) {
                throw new ExportException(Text.of(diskFull(e) ? "export.error.diskFull" : "export.error.write", name,
                        detail(e)), e);
            }
            long bytes = Files.size(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return bytes;
        } catch (AccessDeniedException e) {
            throw new ExportException(Text.of("export.error.inUse", name, detail(e)), e);
        } catch (FileSystemException e) {
            throw new ExportException(Text.of("export.error.inUse", name, detail(e)), e);
        } catch (IOException e) {
            throw new ExportException(Text.of("export.error.write", name, detail(e)), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing more to do: the target was not touched
                }
                removeLeftovers(dir, file);
            }
        }
    }

    /** Removes what killed exports of {@code file} left in {@code dir}: hidden temporary files whose process is gone. */
    private static void removeLeftovers(Path dir, Path file) {
        String prefix = ".~" + file.getFileName() + ".";
        Leftovers.remove(dir, n -> n.startsWith(prefix) && n.endsWith(".tmp"));
    }

    private static boolean diskFull(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage();
            if (msg != null && (msg.contains("No space left") || msg.contains("not enough space")
                    || msg.contains("磁盘空间不足"))) {
                return true;
            }
        }
        return false;
    }

    private static String detail(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
