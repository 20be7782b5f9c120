package org.planledger.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damage done to real input the way copying, mail gateways and careless editing do it: bits
 * flipped, the end cut off, a stretch deleted, repeated or overwritten; and for zip-based files
 * the same done to one entry's XML, the zip rebuilt valid around it. Each mutation is a value
 * jqwik generates and prints, so a failing sample says exactly what was done.
 */
public final class Mutations {

    public enum Op { FLIP, TRUNCATE, DELETE, DUPLICATE, INSERT_RANDOM, OVERWRITE, INSERT_TOKEN, SWAP }

    /** {@code at} and {@code to} are fractions of the input's length; {@code length} and {@code value} what the op needs. */
    public record Mutation(Op op, double at, double to, int length, int value) {
    }

    /** Markup, numbers and text that make XML and plans interesting when dropped in at random. */
    public static final List<String> TOKENS = List.of("<", ">", "</", "/>", "&", "&amp;", "&#0;", "&#xFFFF;", "\"", "'", "=",
            "<w:p>", "</w:p>", "<w:r><w:t>第一章 总则</w:t></w:r>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>",
            "</w:tc>", "<w:gridSpan w:val=\"99999999999\"/>", "<w:gridSpan w:val=\"-3\"/>", "<w:vMerge/>",
            "<w:vMerge w:val=\"restart\"/>", "<w:outlineLvl w:val=\"-1\"/>", "<w:outlineLvl w:val=\"99999999999999999999\"/>",
            "<w:gridBefore w:val=\"2147483648\"/>", "<w:b w:val=\"maybe\"/>", "<w:pStyle w:val=\"Heading1\"/>",
            "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<c r=\"XFD1048576\" t=\"s\"><v>99999</v></c>",
            "<c r=\"A1\" t=\"s\"><v>-1</v></c>", "<row r=\"0\">", "<row r=\"2000000\">", "</row>", "<mergeCell ref=\"A1:A1048576\"/>",
            "<mergeCell ref=\"ZZZZ1:A0\"/>", "<v>1e308</v>", "<c t=\"e\"><v>#REF!</v></c>", "<si><t>牵头单位</t></si>",
            "<sheet name=\"x\" sheetId=\"1\" r:id=\"rId999\"/>", "Target=\"../../../../etc/passwd\"", "TargetMode=\"External\"",
            "第十一章", "第一节", "\t", "\n", "\r\n", "\n\t", "\u3000", "（一）", "1.", "2025年", "到2035年", "十四五",
            "\uFEFF", "\uD800", "牵头单位", "配合单位", "区水务局", "、", "；", "5.3.6", "[bookmark: _Toc]",
            "99999999999", "\n第99999999999章 总则\n", "\n第２１４７４８３６４８节 形势\n", "\n\t99999999999.指标\n", "-0", "1e9");

    private Mutations() {
    }

    public static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(Arbitraries.of(Op.values()), fraction, fraction,
                Arbitraries.integers().between(1, 4096), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as(Mutation::new);
    }

    public static Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(6);
    }

    public static byte[] apply(byte[] input, List<Mutation> mutations) {
        byte[] b = input;
        for (Mutation m : mutations) {
            b = apply(b, m);
        }
        return b;
    }

    public static byte[] apply(byte[] b, Mutation m) {
        int n = b.length;
        int at = (int) Math.min(n, Math.floor(m.at() * n));
        int len = Math.min(m.length(), n - at);
        java.util.Random r = new java.util.Random(m.value());
        switch (m.op()) {
            case FLIP -> {
                if (n == 0) {
                    return b;
                }
                byte[] c = b.clone();
                int flips = 1 + m.length() % 16;
                for (int i = 0; i < flips; i++) {
                    int p = (at + r.nextInt(Math.max(1, Math.min(n, 256)))) % n;
                    c[p] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case TRUNCATE -> {
                return Arrays.copyOf(b, at);
            }
            case DELETE -> {
                return concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + len, n));
            }
            case DUPLICATE -> {
                int to = (int) Math.min(n, Math.floor(m.to() * n));
                return concat(Arrays.copyOfRange(b, 0, to), Arrays.copyOfRange(b, at, at + len), Arrays.copyOfRange(b, to, n));
            }
            case INSERT_RANDOM -> {
                byte[] noise = new byte[1 + m.length() % 64];
                r.nextBytes(noise);
                return concat(Arrays.copyOfRange(b, 0, at), noise, Arrays.copyOfRange(b, at, n));
            }
            case OVERWRITE -> {
                byte[] c = b.clone();
                for (int i = at; i < at + Math.min(len, 64); i++) {
                    c[i] = (byte) r.nextInt(256);
                }
                return c;
            }
            case INSERT_TOKEN -> {
                byte[] token = TOKENS.get(m.value() % TOKENS.size()).getBytes(StandardCharsets.UTF_8);
                return concat(Arrays.copyOfRange(b, 0, at), token, Arrays.copyOfRange(b, at, n));
            }
            case SWAP -> {
                int to = (int) Math.min(n, Math.floor(m.to() * n));
                int a = Math.min(at, to);
                int z = Math.max(at, to);
                int l = Math.min(len, z - a);
                byte[] c = b.clone();
                System.arraycopy(b, z, c, a, Math.min(l, n - z));
                System.arraycopy(b, a, c, z, Math.min(l, n - z));
                return c;
            }
            default -> throw new IllegalStateException();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- zip entries ----

    /** The entries of a zip, by name, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A valid zip of these entries. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The zip with one entry (picked by {@code which} among its names) mutated, re-zipped valid. */
    public static byte[] mutateEntry(byte[] zip, int which, List<Mutation> mutations) {
        Map<String, byte[]> entries = entries(zip);
        List<String> names = List.copyOf(entries.keySet());
        String name = names.get(Math.floorMod(which, names.size()));
        entries.put(name, apply(entries.get(name), mutations));
        return zip(entries);
    }

    /** The zip with one entry replaced by {@code content}, or removed when it is null. */
    public static byte[] replaceEntry(byte[] zip, int which, byte[] content) {
        Map<String, byte[]> entries = entries(zip);
        List<String> names = List.copyOf(entries.keySet());
        String name = names.get(Math.floorMod(which, names.size()));
        if (content == null) {
            entries.remove(name);
        } else {
            entries.put(name, content);
        }
        return zip(entries);
    }
}
