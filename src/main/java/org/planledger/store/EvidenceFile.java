package org.planledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.planledger.i18n.Text;

/** A file the user attaches as evidence (佐证材料), read into the ledger when the entry is written. */
public record EvidenceFile(Path path) {

    /** The most a single evidence file may hold: scans and photos fit, videos do not. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The name to store: the file's own name, never a path, never a device name. */
    public String storedName() {
        return safeName(path.getFileName() == null ? "" : path.getFileName().toString());
    }

    public static String safeName(String raw) {
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (base.toUpperCase(Locale.ROOT).matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]")) {
            name = "_" + name;
        }
        return name.isEmpty() ? "evidence" : name;
    }

    /** Reads the file, refusing one that is missing, unreadable, empty or over the limit. */
    Loaded load() {
        String name = storedName();
        try {
            if (!Files.isRegularFile(path)) {
                throw new StoreException(Text.of("progress.error.evidenceMissing", path.toString()));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new StoreException(Text.of("progress.error.evidenceTooLarge", name, megabytes(size), megabytes(MAX_BYTES)));
            }
            if (size == 0) {
                throw new StoreException(Text.of("progress.error.evidenceEmpty", name));
            }
            byte[] bytes = Files.readAllBytes(path);
            return new Loaded(name, bytes, sha256(bytes));
        } catch (IOException e) {
            throw new StoreException(Text.of("progress.error.evidenceUnreadable", path.toString(), e.getMessage()), e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Loaded(String name, byte[] bytes, String sha256) {
    }
}
