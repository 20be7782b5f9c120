package org.planledger.store.progress;

import org.planledger.store.StoreException;
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

    /** The most a stored name holds, in UTF-8 bytes: room for a prefix and suffix under every system's 255. */
    public static final int MAX_NAME_BYTES = 150;

    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile(
            "[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}:*?\"<>|]");
    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile(
            "CON|PRN|AUX|NUL|CLOCK\\$|CONIN\\$|CONOUT\\$|(COM|LPT)[0-9\u00B9\u00B2\u00B3]");

    /**
     * A file name from anything a user or a file brings: one path element, never {@code .} or
     * {@code ..}, no separators, control or invisible format characters, no Windows device name
     * (CON, NUL.txt, com1 …), no trailing dots or spaces, at most {@link #MAX_NAME_BYTES} bytes
     * (the extension kept), never empty.
     */
    public static String safeName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        while (!name.isEmpty() && (name.charAt(0) == '.' || Character.isWhitespace(name.charAt(0)))) {
            name = name.substring(1);
        }
        name = trimEnd(name);
        String base = trimEnd(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
        if (DEVICE.matcher(base.toUpperCase(Locale.ROOT)).matches()) {
            name = "_" + name;
        }
        name = shorten(name);
        return name.isEmpty() ? "evidence" : name;
    }

    /** Without trailing dots and spaces, which Windows drops (so "CON ." is CON and "a." is "a"). */
    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }

    /** At most MAX_NAME_BYTES bytes of UTF-8, cut at a whole character, keeping a short extension. */
    private static String shorten(String name) {
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 12 ? name.substring(dot) : "";
        int room = MAX_NAME_BYTES - ext.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length() - ext.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > room) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return trimEnd(kept.toString()) + ext;
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
