package org.planledger.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.store.Leftovers;

/**
 * Documents written into one folder all or none: each is first written to a hidden temporary file
 * beside its target ({@link #stage}), then {@link #commit} moves them all into place, each in one
 * step. A failure at any point (a folder not writable, a file open in WPS or Word, a full disk)
 * leaves the folder as it was: temporary files are deleted, documents already moved are taken back
 * and files they replaced are put back. Not thread-safe; one batch per writing.
 */
public final class DocumentBatch implements AutoCloseable {

    /** Writes a document's bytes. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private record Staged(Path temp, Path target) {
    }

    private final Path folder;
    private final List<Staged> staged = new ArrayList<>();
    private final List<Path> moved = new ArrayList<>();
    /** {backup, target} of each file a commit replaced. */
    private final List<Path[]> replaced = new ArrayList<>();

    /** A batch into {@code folder}, which must exist and be writable (checked now, so nothing is built in vain). */
    public DocumentBatch(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.folder)) {
            throw new DocumentException(Text.of(Files.exists(this.folder) ? "document.error.notAFolder"
                    : "document.error.noFolder", this.folder.toString()), null);
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(this.folder, ".~planledger" + Leftovers.processTag(), ".tmp");
        } catch (IOException | SecurityException e) {
            throw new DocumentException(Text.of("document.error.folderNotWritable", this.folder.toString(), detail(e)), e);
        } finally {
            deleteQuietly(probe);
        }
        // what a process killed before its register was written left here (a pending document's file
        // was moved by its ledger's opening already): hidden, and only of processes that are gone
        Leftovers.remove(this.folder, n -> n.startsWith(".~") && n.endsWith(".tmp"));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Writes a document to a temporary file; returns where it will be once committed. A name
     * already staged in this batch, a folder where the file should be, or the file open in WPS
     * or Word (its owner file "~$…" beside it) is refused now.
     */
    public Path stage(String fileName, Content content) {
        Path target = folder.resolve(safeName(fileName));
        String name = target.toString();
        if (staged.stream().anyMatch(s -> s.target().equals(target))) {
            throw new DocumentException(Text.of("document.error.sameName", name), null);
        }
        if (Files.isDirectory(target)) {
            throw new DocumentException(Text.of("document.error.isFolder", name), null);
        }
        if (Files.exists(target) && openElsewhere(target)) {
            throw new DocumentException(Text.of("document.error.inUse", name, ""), null);
        }
        Path temp;
        try {
            temp = folder.resolve(".~" + target.getFileName() + Leftovers.processTag() + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException | SecurityException e) {
            throw new DocumentException(Text.of("document.error.folderNotWritable", folder.toString(), detail(e)), e);
        }
        staged.add(new Staged(temp, target));
        try (OutputStream out = Files.newOutputStream(temp)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            // POI reports a failed write as its own runtime exception, having logged and dropped the
            // IOException ("No space left on device"): a folder with next to no room left is a full disk
            throw new DocumentException(Text.of(diskFull(e) || nearlyFull(folder) ? "document.error.diskFull"
                    : "document.error.write", name, detail(e)), e);
        }
        return target;
    }

    /** Each staged temporary file and the document's name it will take, in staging order. */
    public java.util.Map<Path, Path> staged() {
        java.util.Map<Path, Path> out = new java.util.LinkedHashMap<>();
        for (Staged s : staged) {
            out.put(s.temp(), s.target());
        }
        return out;
    }

    /** Moves every staged document into place, or none (see the class). */
    public List<Path> commit() {
        Path current = null;
        try {
            for (Staged s : staged) {
                current = s.target();
                if (Files.exists(s.target())) {
                    Path backup = s.target().resolveSibling(s.temp().getFileName() + ".old");
                    move(s.target(), backup);
                    replaced.add(new Path[] {backup, s.target()});
                }
                move(s.temp(), s.target());
                moved.add(s.target());
            }
        } catch (IOException e) {
            undo();
            throw new DocumentException(Text.of(e instanceof FileSystemException ? "document.error.inUse" : "document.error.write",
                    String.valueOf(current), detail(e)), e);
        }
        return List.copyOf(moved);
    }

    /**
     * Takes back what {@link #commit} moved into place and puts back the files it replaced: for
     * when the work the documents belong to (the register's transaction) fails after all.
     */
    public void undo() {
        for (Path p : moved) {
            deleteQuietly(p);
        }
        for (Path[] r : replaced) {
            try {
                move(r[0], r[1]);
            } catch (IOException stillThere) {
                // the old file keeps its backup name: better than lost
            }
        }
        moved.clear();
        replaced.clear();
    }

    /** Deletes what was staged and not committed, and the backups of files a commit replaced. */
    @Override
    public void close() {
        for (Staged s : staged) {
            deleteQuietly(s.temp());
        }
        for (Path[] r : replaced) {
            deleteQuietly(r[0]);
        }
    }

    /**
     * Word and WPS keep an owner file "~$name.docx" beside a document they have open (Word drops
     * the name's first two characters when it is long); Windows refuses to replace such a file,
     * other systems would replace it under the program's feet.
     */
    static boolean openElsewhere(Path target) {
        String n = target.getFileName().toString();
        return Files.exists(target.resolveSibling("~$" + n))
                || n.length() > 2 && Files.exists(target.resolveSibling("~$" + n.substring(2)));
    }

    /** The name with what Windows does not allow in a file name replaced. */
    public static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() ? "_" : s;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left: Leftovers removes it once this process is gone
        }
    }

    /** Less room left in the folder's file system than a document takes. */
    private static boolean nearlyFull(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean diskFull(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage();
            if (msg != null && (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("磁盘空间不足"))) {
                return true;
            }
        }
        return false;
    }

    private static String detail(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
