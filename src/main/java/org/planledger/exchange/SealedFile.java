package org.planledger.exchange;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.planledger.i18n.Text;
import org.planledger.store.Leftovers;

/**
 * The container of packages and reports: a zip of a manifest, JSON parts and evidence files,
 * closed by an HMAC-SHA256 over every part. Reading checks the names, sizes and count of the
 * parts before trusting any of them, so a hostile or broken file ends in a clear refusal.
 */
public final class SealedFile {

    public static final String MANIFEST = "manifest.json";
    public static final String CONTENT = "content.json";
    public static final String RECORDS = "records.json";
    public static final String EVIDENCE = "evidence/";
    public static final String SIGNATURE = "signature.txt";

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Pattern PART = Pattern.compile(
            "manifest\\.json|content\\.json|records\\.json|signature\\.txt|evidence/[0-9a-f-]{1,64}");
    static final int MAX_PARTS = 100_000;
    /** The records of the largest city-scale department (about a million) take a few hundred MiB. */
    static final long MAX_JSON_BYTES = 1L << 30;
    /** How the name of an export not yet complete begins and ends. */
    private static final String PART_PREFIX = ".planledger";
    private static final String PART_SUFFIX = ".part";
    private static final long MAX_MANIFEST_BYTES = 1L << 20;
    private static final long MAX_SIGNATURE_BYTES = 1L << 10;
    private static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;
    /** Everything is held in memory while it is checked: the whole file must fit a desktop's heap. */
    static final long MAX_TOTAL_BYTES = 2L << 30;
    /**
     * Deflate packs JSON some 5–50 times, photos and PDFs hardly at all; a part that unpacks to
     * more than this many times its packed size (beyond a first few megabytes) is a zip bomb.
     */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FREE_BYTES = 16L << 20;

    private final String fileName;
    private final Map<String, byte[]> parts;
    private final String signature;

    private SealedFile(String fileName, Map<String, byte[]> parts, String signature) {
        this.fileName = fileName;
        this.parts = parts;
        this.signature = signature;
    }

    public String fileName() {
        return fileName;
    }

    public Manifest manifest() {
        return parse(MANIFEST, Manifest.class);
    }

    public <T> T parse(String part, Class<T> type) {
        return parse(part, JSON.getTypeFactory().constructType(type));
    }

    <T> T parse(String part, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return parse(part, JSON.getTypeFactory().constructType(type));
    }

    private <T> T parse(String part, com.fasterxml.jackson.databind.JavaType type) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            throw new ExchangeException(Text.of("exchange.error.partMissing", fileName, part));
        }
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                throw new ExchangeException(Text.of("exchange.error.partBroken", fileName, part));
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(Text.of("exchange.error.partBroken", fileName, part), e);
        }
    }

    public byte[] evidence(String uid) {
        return parts.get(EVIDENCE + uid);
    }

    /** Whether the parts are exactly those the holder of {@code key} sealed. */
    public boolean sealedWith(byte[] key) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(mac(parts, key)), parseSignature());
    }

    /** A fingerprint of the whole content, the same for the same file however often it is read. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                feed(sha::update, p.getKey(), p.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A part name as shown in a message: control characters and overlong names made harmless. */
    private static String printable(String part) {
        String shown = part.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }

    private byte[] parseSignature() {
        try {
            return HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /**
     * Only the manifest, for naming things before the whole file is read and checked (a package
     * of a big department is tens of megabytes); nothing in it is trusted yet.
     */
    static Manifest manifestOnly(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(Text.of("exchange.error.fileMissing", file.toString()));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new ExchangeException(Text.of("exchange.error.notExchangeFile", name));
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes(1 << 20);
            }
            return new SealedFile(name, new TreeMap<>(Map.of(MANIFEST, bytes)), "").manifest();
        } catch (ExchangeException e) {
            throw e;
        } catch (ZipException | java.io.EOFException | RuntimeException e) {
            throw new ExchangeException(Text.of("exchange.error.notExchangeFile", name), e);
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.error.unreadable", name, String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads and checks the container; the manifest's kind and version are the caller's to check. */
    public static SealedFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(Text.of("exchange.error.fileMissing", file.toString()));
        }
        Map<String, byte[]> parts = new TreeMap<>();
        String signature = null;
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_PARTS) {
                throw new ExchangeException(Text.of("exchange.error.tooManyParts", name, MAX_PARTS));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String part = e.getName();
                if (!PART.matcher(part).matches() || parts.containsKey(part) || SIGNATURE.equals(part) && signature != null) {
                    throw new ExchangeException(Text.of("exchange.error.strangePart", name, printable(part)));
                }
                long limit = part.startsWith(EVIDENCE) ? MAX_EVIDENCE_BYTES : MANIFEST.equals(part) ? MAX_MANIFEST_BYTES
                        : SIGNATURE.equals(part) ? MAX_SIGNATURE_BYTES : MAX_JSON_BYTES;
                if (e.getSize() > limit) {
                    throw new ExchangeException(Text.of("exchange.error.partTooLarge", name, part));
                }
                // what the part may unpack to: its limit, and no more than a sane ratio to its packed size
                long packed = e.getCompressedSize() < 0 ? 0 : e.getCompressedSize();
                long cap = Math.min(limit, Math.max(RATIO_FREE_BYTES, packed * MAX_RATIO));
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
                }
                if (bytes.length > cap) {
                    throw new ExchangeException(Text.of(cap < limit ? "exchange.error.hostile.zipBomb"
                            : "exchange.error.partTooLarge", name, part));
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new ExchangeException(Text.of("exchange.error.partTooLarge", name, part));
                }
                if (SIGNATURE.equals(part)) {
                    signature = new String(bytes, StandardCharsets.US_ASCII);
                } else {
                    parts.put(part, bytes);
                }
            }
        } catch (ExchangeException e) {
            throw e;
        } catch (ZipException | java.io.EOFException | RuntimeException e) {
            // a damaged zip can also surface as an unchecked error (a name that is not UTF-8, a bad header)
            throw new ExchangeException(Text.of("exchange.error.notExchangeFile", name), e);
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.error.unreadable", name, String.valueOf(e.getMessage())), e);
        }
        if (!parts.containsKey(MANIFEST) || signature == null) {
            throw new ExchangeException(Text.of("exchange.error.notExchangeFile", name));
        }
        return new SealedFile(name, parts, signature);
    }

    /** Writes the parts and their seal into place, through a temporary file. */
    static void write(Path target, Map<String, byte[]> parts, byte[] key) {
        place(writeTemp(target, parts, key), target);
    }

    /** Writes the parts and their seal to a temporary file beside the target. */
    static Path writeTemp(Path target, Map<String, byte[]> parts, byte[] key) {
        Map<String, byte[]> sorted = new TreeMap<>(parts);
        Path tmp = null;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = newPart(dir);
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> p : sorted.entrySet()) {
                    zip.putNextEntry(new ZipEntry(p.getKey()));
                    zip.write(p.getValue());
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(SIGNATURE));
                zip.write(mac(sorted, key).getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            return tmp;
        } catch (IOException e) {
            discard(tmp);
            throw new ExchangeException(Text.of("exchange.error.cannotWrite", target.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A new temporary file in {@code dir} for an export being written; what killed exports left
     * there is removed first (only hidden {@code .planledger….part} files of processes that are gone).
     */
    static Path newPart(Path dir) throws IOException {
        removeLeftovers(dir);
        return Files.createTempFile(dir, PART_PREFIX + Leftovers.processTag(), PART_SUFFIX);
    }

    /** Removes the parts killed exports left in {@code dir}; never a file under a final name. */
    static void removeLeftovers(Path dir) {
        Leftovers.remove(dir, n -> n.startsWith(PART_PREFIX) && n.endsWith(PART_SUFFIX));
    }

    /** Moves a finished temporary file to its name, replacing an older file of that name. */
    static void place(Path tmp, Path target) {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard(tmp);
            throw new ExchangeException(Text.of("exchange.error.cannotWrite", target.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Removes a failed export's temporary file, and what earlier killed exports left beside it. */
    static void discard(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a stray temporary file beside the target is harmless
            }
            removeLeftovers(tmp.toAbsolutePath().getParent());
        }
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mac(Map<String, byte[]> parts, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (Map.Entry<String, byte[]> p : new TreeMap<>(parts).entrySet()) {
                feed(mac::update, p.getKey(), p.getValue());
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Sink {
        void update(byte[] bytes);
    }

    /** Name, a zero byte, the length, the bytes: no two different part lists feed the same stream. */
    private static void feed(Sink sink, String name, byte[] bytes) {
        sink.update(name.getBytes(StandardCharsets.UTF_8));
        sink.update(new byte[] {0});
        sink.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
        sink.update(bytes);
    }
}
