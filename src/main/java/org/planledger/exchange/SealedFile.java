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
 * parts before trusting any of them, so a hostile or broken file ends in a clear refusal. Only the
 * JSON parts are held in memory; evidence waits in temporary files until {@link #close()}, so an
 * unsealed file of many big parts cannot fill the heap before its seal is checked.
 */
public final class SealedFile implements AutoCloseable {

    public static final String MANIFEST = "manifest.json";
    public static final String CONTENT = "content.json";
    public static final String RECORDS = "records.json";
    public static final String EVIDENCE = "evidence/";
    /** A report's 签收 of the documents sent to its department; absent in reports of earlier releases. */
    public static final String RECEIPTS = "receipts.json";
    /** A report's outcomes of the items its department leads, for the evaluation under way; absent in earlier reports. */
    public static final String EVALUATION = "evaluation.json";
    public static final String SIGNATURE = "signature.txt";

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Pattern PART = Pattern.compile(
            "manifest\\.json|content\\.json|records\\.json|receipts\\.json|evaluation\\.json|signature\\.txt|evidence/[0-9a-f-]{1,64}");
    static final int MAX_PARTS = 100_000;
    /** The records of the largest city-scale department (about a million) take a few hundred MiB. */
    static final long MAX_JSON_BYTES = 1L << 30;
    /** How the name of an export not yet complete begins and ends. */
    private static final String PART_PREFIX = ".planledger";
    private static final String PART_SUFFIX = ".part";
    private static final long MAX_MANIFEST_BYTES = 1L << 20;
    private static final long MAX_SIGNATURE_BYTES = 1L << 10;
    private static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;
    /** All parts together, evidence on disk included. */
    static final long MAX_TOTAL_BYTES = 2L << 30;
    /**
     * Deflate packs JSON some 5–50 times, photos and PDFs hardly at all; a part that unpacks to
     * more than this many times its packed size (beyond its first few kilobytes) is a zip bomb.
     */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FREE_BYTES = 64L << 10;
    /**
     * The JSON parts are parsed into objects several times their size: what is held in memory
     * stays within this share of the heap, and a bigger file is refused with the figure.
     */
    private static final int HEAP_SHARE = 8;

    private final String fileName;
    private final Map<String, byte[]> parts;
    private final Map<String, Spooled> spooled;
    private final Path spool;
    private final String signature;

    /** An evidence part in a temporary file, with its length. */
    private record Spooled(Path file, long length) {
    }

    private SealedFile(String fileName, Map<String, byte[]> parts, String signature) {
        this(fileName, parts, Map.of(), null, signature);
    }

    private SealedFile(String fileName, Map<String, byte[]> parts, Map<String, Spooled> spooled, Path spool,
            String signature) {
        this.fileName = fileName;
        this.parts = parts;
        this.spooled = spooled;
        this.spool = spool;
        this.signature = signature;
    }

    /** Deletes the evidence parts waiting on disk. */
    @Override
    public void close() {
        deleteSpool(spool);
    }

    private static void deleteSpool(Path spool) {
        if (spool == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(spool)) {
            files.forEach(SealedFile::discard);
        } catch (IOException ignored) {
            // the folder is in the system's temporary folder, which the system clears
        }
        discard(spool);
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
            // a list part with a null in it ([null]) is no list a PlanLedger wrote: refused here, not as a crash later
            if (value == null || value instanceof Object[] items && java.util.Arrays.asList(items).contains(null)) {
                throw new ExchangeException(Text.of("exchange.error.partBroken", fileName, part));
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(Text.of("exchange.error.partBroken", fileName, part), e);
        }
    }

    /** Whether the file carries this part. */
    public boolean has(String part) {
        return parts.containsKey(part);
    }

    /** Whether the file carries the evidence part of this uid (read from disk only by {@link #evidence}). */
    public boolean hasEvidence(String uid) {
        return spooled.containsKey(EVIDENCE + uid);
    }

    public byte[] evidence(String uid) {
        Spooled s = spooled.get(EVIDENCE + uid);
        if (s == null) {
            return null;
        }
        try {
            return Files.readAllBytes(s.file());
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.error.unreadable", fileName, String.valueOf(e.getMessage())), e);
        }
    }

    /** Whether the parts are exactly those the holder of {@code key} sealed. */
    public boolean sealedWith(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            feedAll(mac::update);
            return MessageDigest.isEqual(mac.doFinal(), parseSignature());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint of the whole content, the same for the same file however often it is read. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            feedAll(sha::update);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every part in name order, as the seal covers them; evidence streamed from its temporary file. */
    private void feedAll(Sink sink) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(parts.keySet());
        names.addAll(spooled.keySet());
        byte[] buffer = new byte[1 << 16];
        for (String name : names) {
            byte[] bytes = parts.get(name);
            if (bytes != null) {
                feed(sink, name, bytes);
                continue;
            }
            Spooled s = spooled.get(name);
            head(sink, name, s.length());
            try (InputStream in = Files.newInputStream(s.file())) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sink.update(n == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, n));
                }
            } catch (IOException e) {
                throw new ExchangeException(Text.of("exchange.error.unreadable", fileName, String.valueOf(e.getMessage())), e);
            }
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

    /**
     * Reads and checks the container; the manifest's kind and version are the caller's to check.
     * The caller closes it, which deletes the evidence kept on disk meanwhile.
     */
    public static SealedFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(Text.of("exchange.error.fileMissing", file.toString()));
        }
        Map<String, byte[]> parts = new TreeMap<>();
        Map<String, Spooled> spooled = new TreeMap<>();
        Path spool = null;
        String signature = null;
        long total = 0;
        long inMemory = 0;
        long packedTotal = 0;
        long memoryLimit = Runtime.getRuntime().maxMemory() / HEAP_SHARE;
        boolean done = false;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_PARTS) {
                throw new ExchangeException(Text.of("exchange.error.tooManyParts", name, MAX_PARTS));
            }
            long fileSize = Files.size(file);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String part = e.getName();
                if (!PART.matcher(part).matches() || parts.containsKey(part) || spooled.containsKey(part)
                        || SIGNATURE.equals(part) && signature != null) {
                    throw new ExchangeException(Text.of("exchange.error.strangePart", name, printable(part)));
                }
                boolean evidence = part.startsWith(EVIDENCE);
                long limit = evidence ? MAX_EVIDENCE_BYTES : MANIFEST.equals(part) ? MAX_MANIFEST_BYTES
                        : SIGNATURE.equals(part) ? MAX_SIGNATURE_BYTES : MAX_JSON_BYTES;
                if (e.getSize() > limit) {
                    throw new ExchangeException(Text.of("exchange.error.partTooLarge", name, part));
                }
                // parts that claim more packed bytes than the file has overlap: a bomb made of one deflate stream
                long packed = e.getCompressedSize() < 0 ? 0 : e.getCompressedSize();
                packedTotal += packed;
                if (packedTotal > fileSize) {
                    throw new ExchangeException(Text.of("exchange.error.hostile.zipBomb", name, part));
                }
                // what the part may unpack to: its limit, and from the first byte no more than a sane ratio;
                // a JSON part also no more than the heap's share still free of the parts before it
                long ratioCap = Math.max(RATIO_FREE_BYTES, packed * MAX_RATIO);
                long cap = Math.min(limit, ratioCap);
                long memoryLeft = memoryLimit - inMemory;
                long readCap = evidence ? cap : Math.min(cap, memoryLeft);
                Bounded in = new Bounded(zip.getInputStream(e), readCap);
                byte[] bytes = null;
                long length;
                try (in) {
                    if (evidence) {
                        if (spool == null) {
                            spool = Files.createTempDirectory(Leftovers.temporaryPrefix("evidence"));
                        }
                        Path target = spool.resolve(Integer.toString(spooled.size()));
                        spooled.put(part, new Spooled(target, 0));
                        length = Files.copy(in, target);
                        spooled.put(part, new Spooled(target, length));
                    } else {
                        bytes = in.readNBytes((int) Math.min(readCap + 1, Integer.MAX_VALUE - 8));
                        length = bytes.length;
                    }
                } catch (Bounded.Over over) {
                    length = readCap + 1;
                }
                if (length > readCap) {
                    if (readCap < cap) {
                        throw new ExchangeException(Text.of("exchange.error.tooBigForMemory", name, part,
                                Math.max(1, memoryLimit >> 20)));
                    }
                    throw new ExchangeException(Text.of(ratioCap < limit ? "exchange.error.hostile.zipBomb"
                            : "exchange.error.partTooLarge", name, part));
                }
                if (SIGNATURE.equals(part)) {
                    signature = new String(bytes, StandardCharsets.US_ASCII);
                } else if (!evidence) {
                    parts.put(part, bytes);
                }
                if (!evidence) {
                    inMemory += length;
                }
                total += length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new ExchangeException(Text.of("exchange.error.partTooLarge", name, part));
                }
            }
            if (!parts.containsKey(MANIFEST) || signature == null) {
                throw new ExchangeException(Text.of("exchange.error.notExchangeFile", name));
            }
            done = true;
            return new SealedFile(name, parts, spooled, spool, signature);
        } catch (ExchangeException e) {
            throw e;
        } catch (ZipException | java.io.EOFException | RuntimeException e) {
            // a damaged zip can also surface as an unchecked error (a name that is not UTF-8, a bad header)
            throw new ExchangeException(Text.of("exchange.error.notExchangeFile", name), e);
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.error.unreadable", name, String.valueOf(e.getMessage())), e);
        } finally {
            if (!done) {
                deleteSpool(spool);
            }
        }
    }

    /** A part's bytes, stopped at the first byte past its cap: a bomb is never unpacked further. */
    private static final class Bounded extends java.io.FilterInputStream {
        /** Ends a copy to disk at the cap. */
        static final class Over extends IOException {
            Over() {
                super(null, null);
            }
        }

        private final long cap;
        private long count;

        Bounded(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (count > cap) {
                throw new Over();
            }
            int n = super.read(b, off, (int) Math.min(len, cap + 1 - count));
            if (n > 0) {
                count += n;
            }
            return n;
        }
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
        head(sink, name, bytes.length);
        sink.update(bytes);
    }

    private static void head(Sink sink, String name, long length) {
        sink.update(name.getBytes(StandardCharsets.UTF_8));
        sink.update(new byte[] {0});
        sink.update(ByteBuffer.allocate(8).putLong(length).array());
    }
}
