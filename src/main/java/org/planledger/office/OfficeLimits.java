package org.planledger.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits every Office file (.docx, .xlsx) PlanLedger opens with Apache POI is held to, so a
 * hostile file is refused before it can exhaust memory, stack or time. {@link #apply()} sets them
 * (idempotent; call it before POI opens anything); {@link #refusal(Throwable)} tells which limit
 * a failure hit, so the readers can say so in words.
 *
 * <p>What POI 5.5.1 already does, checked by OfficeLimitsTest rather than assumed: every XML
 * part is parsed with DOCTYPE declarations disallowed (POIXMLTypeLoader's XmlOptions and
 * XMLHelper's parsers), so external entities and entity expansion ("billion laughs") are refused
 * before any entity is resolved. What it does not: its own depth check on parsed parts recurses
 * once per level and overflows the stack on a part nested a few thousand elements deep; the
 * JDK's parser depth limit set here refuses such a part while it is being read.
 */
public final class OfficeLimits {

    /**
     * Smallest compressed/uncompressed ratio of an entry: POI's default (1 : 100) kept. Real
     * Office XML compresses 5–30 times; much more is a zip bomb (200 MB of zeros is 200 KB).
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Largest uncompressed part: 64 MiB instead of POI's 4 GiB. Plans and 分工表 are a few
     * hundred kilobytes (their files are capped at 50 and 20 MB); a parsed part takes about ten
     * times its size in memory. Below IOUtils' own 100,000,000-byte cap, so this limit is the
     * one that trips and says what happened.
     */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** Most parts in one package: 500 instead of 1000. A document or workbook has a few dozen. */
    static final long MAX_FILE_COUNT = 500;
    /** Most characters POI's text extraction returns: 5 Mi instead of 10 Mi; a plan has ~100 K. */
    static final long MAX_TEXT_SIZE = 5L * 1024 * 1024;
    /**
     * Deepest element nesting the JDK's XML parser accepts in any part. Word nests ~10 levels,
     * tables in tables and text boxes a few dozen more; POI itself refuses parts deeper than
     * 1000, but its check recurses and overflows a 1 MB thread stack at ~2000 levels.
     */
    static final int MAX_ELEMENT_DEPTH = 500;
    static final String ELEMENT_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";
    /** How much of an XML part's start {@link #inspect} reads: its prolog, where a DOCTYPE must be. */
    private static final int PROLOG_BYTES = 2048;

    // IOUtils.setByteArrayMaxOverride is left alone on purpose: the override replaces every
    // per-record limit of POI, including the many that are smaller than any value sensible here.

    /** Which limit a file broke, for the user's message. */
    public enum Refusal {
        /** an entry inflates far more than real Office XML does */
        ZIP_BOMB,
        /** an entry is larger than {@link #MAX_ENTRY_SIZE} uncompressed */
        ENTRY_TOO_LARGE,
        /** more than {@link #MAX_FILE_COUNT} parts */
        TOO_MANY_PARTS,
        /** a DOCTYPE declaration, an entity, an external reference */
        DOCTYPE,
        /** nesting deeper than {@link #MAX_ELEMENT_DEPTH} */
        TOO_DEEP;

        /** The limit as the message states it: times, MB, parts or levels ({@code {1}}); 0 for DOCTYPE. */
        public long limit() {
            return switch (this) {
                case ZIP_BOMB -> Math.round(1 / MIN_INFLATE_RATIO);
                case ENTRY_TOO_LARGE -> MAX_ENTRY_SIZE / (1024 * 1024);
                case TOO_MANY_PARTS -> MAX_FILE_COUNT;
                case DOCTYPE -> 0;
                case TOO_DEEP -> MAX_ELEMENT_DEPTH;
            };
        }

        /** The message key, under {@code import.error.office.}; the message takes the file name and {@link #limit()}. */
        public String key() {
            return switch (this) {
                case ZIP_BOMB -> "import.error.office.zipBomb";
                case ENTRY_TOO_LARGE -> "import.error.office.entryTooLarge";
                case TOO_MANY_PARTS -> "import.error.office.tooManyParts";
                case DOCTYPE -> "import.error.office.doctype";
                case TOO_DEEP -> "import.error.office.tooDeep";
            };
        }
    }

    private static volatile boolean applied;

    private OfficeLimits() {
    }

    /** Sets the limits; safe to call any number of times, from any thread. */
    public static void apply() {
        if (applied) {
            return;
        }
        synchronized (OfficeLimits.class) {
            if (applied) {
                return;
            }
            ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
            ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_SIZE));
            ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_FILE_COUNT));
            ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), MAX_TEXT_SIZE));
            // read by the JDK's parsers each time one is created; a stricter setting is kept
            Integer set = Integer.getInteger(ELEMENT_DEPTH_PROPERTY);
            if (set == null || set <= 0 || set > MAX_ELEMENT_DEPTH) {
                System.setProperty(ELEMENT_DEPTH_PROPERTY, String.valueOf(MAX_ELEMENT_DEPTH));
            }
            applied = true;
        }
    }

    /**
     * Looks at a package before POI opens it, from its central directory and the first bytes
     * of each XML part: more parts than allowed, a part that says it is larger than allowed,
     * or a DOCTYPE in a part's prolog. POI would refuse most of these too, but it skips a
     * relationship part it cannot parse and so would call such a file merely "not a document";
     * and the sizes a zip declares may lie, which POI's own limits catch while reading.
     */
    public static Optional<Refusal> inspect(ZipFile zip) {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_FILE_COUNT) {
            return Optional.of(Refusal.TOO_MANY_PARTS);
        }
        for (ZipArchiveEntry e : entries) {
            if (e.getSize() > MAX_ENTRY_SIZE) {
                boolean bomb = e.getCompressedSize() >= 0 && e.getCompressedSize() < e.getSize() * MIN_INFLATE_RATIO;
                return Optional.of(bomb ? Refusal.ZIP_BOMB : Refusal.ENTRY_TOO_LARGE);
            }
        }
        for (ZipArchiveEntry e : entries) {
            String name = e.getName().toLowerCase(Locale.ROOT);
            if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresDoctype(zip, e)) {
                return Optional.of(Refusal.DOCTYPE);
            }
        }
        return Optional.empty();
    }

    /** Whether the part's prolog has a DOCTYPE, in UTF-8 or UTF-16; an unreadable part is left to POI. */
    private static boolean declaresDoctype(ZipFile zip, ZipArchiveEntry e) {
        byte[] start;
        try (InputStream in = zip.getInputStream(e)) {
            start = in.readNBytes(PROLOG_BYTES);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        return new String(start, StandardCharsets.UTF_8).contains("<!DOCTYPE")
                || new String(start, StandardCharsets.UTF_16LE).contains("<!DOCTYPE")
                || new String(start, StandardCharsets.UTF_16BE).contains("<!DOCTYPE");
    }

    /**
     * The limit {@code failure} (anything POI threw while opening or reading a file, with its
     * causes) reports having hit, or empty when it is some other kind of damage.
     */
    public static Optional<Refusal> refusal(Throwable failure) {
        int hops = 0;
        for (Throwable t = failure; t != null && hops < 20; t = t.getCause(), hops++) {
            if (t instanceof StackOverflowError) {
                return Optional.of(Refusal.TOO_DEEP);
            }
            String m = String.valueOf(t.getMessage());
            // POI's ZipSecureFile messages name the limit they hit
            if (m.contains("MIN_INFLATE_RATIO")) {
                return Optional.of(Refusal.ZIP_BOMB);
            }
            if (m.contains("MAX_ENTRY_SIZE")) {
                return Optional.of(Refusal.ENTRY_TOO_LARGE);
            }
            if (m.contains("MAX_FILE_COUNT")) {
                return Optional.of(Refusal.TOO_MANY_PARTS);
            }
            if (m.contains("maximum length for this record type") || m.contains("ZIP entry size is too large")) {
                return Optional.of(Refusal.ENTRY_TOO_LARGE);
            }
            if (m.contains("DOCTYPE is disallowed") || m.contains("disallow-doctype-decl")
                    || m.contains("External Entity") || m.contains("entity expansion")) {
                return Optional.of(Refusal.DOCTYPE);
            }
            if (m.contains("maxElementDepth") || m.contains("Node depth exceeds")) {
                return Optional.of(Refusal.TOO_DEEP);
            }
        }
        return Optional.empty();
    }
}
