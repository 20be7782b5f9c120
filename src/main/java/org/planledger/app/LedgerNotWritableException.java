package org.planledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.planledger.i18n.Text;

/**
 * The file beside the ledger that guards it ({@code <ledger>.lock}) cannot be made or written,
 * so nothing is written: the folder is read-only, the disk is full, or something is in the way.
 */
public final class LedgerNotWritableException extends UncheckedIOException {

    private final transient Text problem;

    private LedgerNotWritableException(Text problem, IOException cause) {
        super("cannot lock the ledger: " + problem, cause);
        this.problem = problem;
    }

    /** The problem in the user's words, naming the path that is in the way. */
    public Text problem() {
        return problem;
    }

    /** Why {@code lockFile} could not be made or locked, told from what is on disk and what the system said. */
    static LedgerNotWritableException of(Path lockFile, IOException cause) {
        Path folder = lockFile.getParent();
        String said = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        Text problem;
        if (Files.isDirectory(lockFile)) {
            problem = Text.of("app.lock.blocked", lockFile.toString());
        } else if (cause instanceof FileAlreadyExistsException || said.contains("not a directory")) {
            problem = Text.of("app.lock.notFolder", firstNonFolder(folder).toString());
        } else if (said.contains("no space left") || said.contains("disk quota") || said.contains("not enough space")) {
            problem = Text.of("app.lock.diskFull", folder.toString());
        } else if (cause instanceof AccessDeniedException || said.contains("read-only")
                || said.contains("permission denied") || said.contains("access is denied")) {
            problem = Text.of("app.lock.readOnly", folder.toString());
        } else {
            problem = Text.of("app.lock.cannot", lockFile.toString(), String.valueOf(cause.getMessage()));
        }
        return new LedgerNotWritableException(problem, cause);
    }

    /** The nearest of {@code folder} and its parents that exists but is a file, else {@code folder}. */
    private static Path firstNonFolder(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return folder;
    }
}
