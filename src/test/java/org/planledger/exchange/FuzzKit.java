package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.testing.Backend;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * What the hostile-input properties share: real files made once from a seeded master (a package,
 * the department ledger it opened, a report with evidence, a filled-in workbook), copied per try;
 * byte, zip and JSON mutations; re-sealing with the department key; and the check that a failure
 * is the exchange's own worded refusal.
 */
final class FuzzKit {

    static final Messages ZH = Messages.chinese();
    static final Messages EN = new Messages(Messages.ENGLISH);

    /**
     * The tries a property runs by default (cheap enough for {@code mvn verify}); a run with
     * {@code -Djqwik.tries.default=N} runs N tries instead.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface DefaultTries {
        int value();
    }

    /** Applies {@link DefaultTries} unless the run asks for its own number of tries. */
    static final class Tries implements AroundPropertyHook {
        /** Outside jqwik's own hooks, so the tries are set before the property is configured. */
        @Override
        public int aroundPropertyProximity() {
            return -100;
        }

        /** To the properties of the class that names it. */
        @Override
        public net.jqwik.api.lifecycle.PropagationMode propagateTo() {
            return net.jqwik.api.lifecycle.PropagationMode.DIRECT_DESCENDANTS;
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.findAnnotation(DefaultTries.class).ifPresent(d -> {
                String asked = System.getProperty("jqwik.tries.default");
                context.attributes().setTries(asked == null || asked.isBlank() ? d.value() : Integer.parseInt(asked.strip()));
            });
            return property.execute();
        }
    }

    /**
     * The real files every try starts from: the master ledger (on {@code backend}; copied per try by
     * {@link #master}) that issued the package and the workbook, the department ledger file the
     * package opened into, and the report it wrote.
     */
    record Templates(Backend backend, LedgerTemplate masterTemplate, Path department, Path pkg, Path pkgNext, Path report,
                     Path workbook, byte[] key, long departmentId) {

        /** A fresh copy of the master ledger. */
        TestLedger master(Path dir, String name) {
            return backend.copyOf(masterTemplate, dir, name);
        }
    }

    private static final Map<Backend, Templates> TEMPLATES = new EnumMap<>(Backend.class);

    private FuzzKit() {
    }

    /** The templates with a ledger file as the master. */
    static Templates templates() {
        return templates(Backend.SQLITE);
    }

    static synchronized Templates templates(Backend backend) {
        Templates made = TEMPLATES.get(backend);
        if (made == null) {
            made = makeTemplates(backend);
            TEMPLATES.put(backend, made);
        }
        return made;
    }

    private static Templates makeTemplates(Backend backend) {
        try {
            Path dir = Files.createTempDirectory("planledger-fuzz-template");
            Path out = Files.createDirectories(dir.resolve("out"));
            Path deptFile = dir.resolve("dept.planledger");
            Path[] made = new Path[3];
            long[] lead = new long[1];
            LedgerTemplate issued = new LedgerTemplate("fuzz-master", master -> {
                LedgerStartup.prepare(master);
                try {
                    lead[0] = ExchangeFixture.lead(master, "5.3.6");
                    made[0] = new PackageExporter(master, CLOCK).export(List.of(lead[0]), out).get(0).file();
                    new PackageOpener(CLOCK).openInto(made[0], deptFile);
                    try (Ledger dept = Ledger.open(deptFile, TestClock.get())) {
                        long task = ExchangeFixture.task(dept, "5.3.6");
                        ExchangeFixture.entry(dept, task, lead[0], "本月完成摸底", List.of(
                                ExchangeFixture.evidence(dir, "现场照片.txt", "照片"),
                                ExchangeFixture.evidence(dir, "台账.txt", "台账内容")));
                        made[1] = new ReportExporter(dept, CLOCK).export(out).file();
                    }
                    Path workbook = new FillInWorkbookExporter(master, CLOCK).export(lead[0], out, ZH).file();
                    made[2] = fillWorkbook(workbook, out.resolve("filled.xlsx"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            backend.prepare(issued);
            Path pkg = made[0];
            byte[] key = HexFormat.of().parseHex(PackageOpener.peek(pkg).secret());
            // the same package as issue 2, so a refresh of the department ledger really runs
            Map<String, byte[]> parts = ExchangeFixture.parts(pkg);
            ObjectNode manifest = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.MANIFEST));
            manifest.put("serial", 2);
            parts.put(SealedFile.MANIFEST, SealedFile.JSON.writeValueAsBytes(manifest));
            Path next = out.resolve("next.plpkg");
            SealedFile.write(next, parts, key);
            return new Templates(backend, issued, deptFile, pkg, next, made[1], made[2], key, lead[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issued workbook with its first rows filled: progress, a percent, a close-out request. */
    private static Path fillWorkbook(Path issued, Path target) throws IOException {
        return editWorkbook(issued, target, wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            int filled = 0;
            for (int r = FillInWorkbookExporter.FIRST_ROW; r <= sheet.getLastRowNum() && filled < 3; r++, filled++) {
                Row row = sheet.getRow(r);
                row.getCell(FillInWorkbookExporter.PROGRESS).setCellValue("推进中" + r);
                row.getCell(FillInWorkbookExporter.PERCENT).setCellValue(20 + r);
                if (filled == 0) {
                    row.getCell(FillInWorkbookExporter.CLOSE_OUT).setCellValue("是");
                }
            }
        });
    }

    static Path editWorkbook(Path from, Path target, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(from))) {
            edit.accept(wb);
            try (var out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    /** A copy of a ledger file (closed, so the file is the whole ledger). */
    static Path copy(Path ledger, Path dir, String name) {
        try {
            return Files.copy(ledger, dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("planledger-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- what every outcome must be ----

    /** An exception the exchange may end in: its own, or the store's, worded in both languages. */
    static void assertWorded(Throwable t) {
        Text problem;
        if (t instanceof ExchangeException e) {
            problem = e.problem();
        } else if (t instanceof StoreException e) {
            problem = e.problem();
        } else {
            throw new AssertionError("not a worded refusal: " + t, t);
        }
        assertWorded(problem);
    }

    static void assertWorded(Text problem) {
        assertTrue(ZH.bundle().containsKey(problem.key()), "no such message: " + problem.key());
        assertTrue(EN.bundle().containsKey(problem.key()), "no such message: " + problem.key());
        assertTrue(!ZH.format(problem).isBlank() && !EN.format(problem).isBlank());
    }

    /** Every table's rows, hashed: equal fingerprints, unchanged ledger. */
    static String fingerprint(Ledger ledger) {
        return ledger.read(c -> {
            MessageDigest sha = sha();
            List<String> tables = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    ledger.isTeam() ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                            + "AND table_type = 'BASE TABLE' ORDER BY table_name"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                            + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            byte[] b = rs.getBytes(i);
                            sha.update(b == null ? new byte[] {1} : b);
                            sha.update((byte) 0);
                        }
                    }
                }
            }
            return ExchangeFixture.fingerprint(ledger) + HexFormat.of().formatHex(sha.digest());
        });
    }

    /** Every evidence name in the ledger is a name safeName leaves as it is. */
    static void assertEvidenceNamesSafe(Ledger ledger) {
        for (String name : ExchangeFixture.strings(ledger, "SELECT name FROM evidence")) {
            assertEquals(EvidenceFile.safeName(name), name, "a stored evidence name is neutral");
        }
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- byte mutations ----

    static byte[] mutateBytes(byte[] in, Random r) {
        byte[] b = in.clone();
        int rounds = 1 + r.nextInt(3);
        for (int i = 0; i < rounds && b.length > 0; i++) {
            int kind = r.nextInt(6);
            int at = r.nextInt(b.length);
            switch (kind) {
                case 0 -> b[at] ^= (byte) (1 + r.nextInt(255));
                case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
                case 2 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] n = new byte[b.length - len];
                    System.arraycopy(b, 0, n, 0, at);
                    System.arraycopy(b, at + len, n, at, b.length - at - len);
                    b = n;
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(256));
                    byte[] n = new byte[b.length + len];
                    System.arraycopy(b, 0, n, 0, at + len);
                    System.arraycopy(b, at, n, at + len, b.length - at);
                    b = n;
                }
                case 4 -> {
                    byte[] chunk = new byte[1 + r.nextInt(128)];
                    r.nextBytes(chunk);
                    byte[] n = new byte[b.length + chunk.length];
                    System.arraycopy(b, 0, n, 0, at);
                    System.arraycopy(chunk, 0, n, at, chunk.length);
                    System.arraycopy(b, at, n, at + chunk.length, b.length - at);
                    b = n;
                }
                default -> {
                    // a run of bytes overwritten with one value (zeroed headers, 0xFF sizes)
                    byte v = r.nextBoolean() ? 0 : (byte) 0xFF;
                    for (int j = at; j < Math.min(b.length, at + 1 + r.nextInt(16)); j++) {
                        b[j] = v;
                    }
                }
            }
        }
        return b;
    }

    static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(4096)];
        r.nextBytes(b);
        if (b.length > 4 && r.nextBoolean()) {
            b[0] = 'P';
            b[1] = 'K';
            b[2] = 3;
            b[3] = 4;
        }
        return b;
    }

    // ---- zip building, duplicates allowed ----

    /** A zip of the entries in order; the same name may occur twice. */
    static byte[] zip(List<Map.Entry<String, byte[]>> entries, boolean stored) {
        List<String[]> patches = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Map.Entry<String, byte[]> e : entries) {
                String name = e.getKey();
                if (!used.add(name)) {
                    // ZipOutputStream refuses a second entry of a name: write a stand-in, patch it below
                    String stand = String.format("~%0" + Math.max(1, name.length() - 1) + "d", n++);
                    if (stand.length() != name.length() || name.isEmpty()) {
                        continue;
                    }
                    patches.add(new String[] {stand, name});
                    name = stand;
                }
                ZipEntry z = new ZipEntry(name);
                if (stored) {
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(e.getValue().length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = bytes.toByteArray();
        for (String[] p : patches) {
            byte[] from = p[0].getBytes(StandardCharsets.UTF_8);
            byte[] to = p[1].getBytes(StandardCharsets.UTF_8);
            if (from.length != to.length) {
                continue;
            }
            for (int i = 0; i + from.length <= out.length; i++) {
                if (java.util.Arrays.equals(out, i, i + from.length, from, 0, from.length)) {
                    System.arraycopy(to, 0, out, i, to.length);
                }
            }
        }
        return out;
    }

    static final List<String> HOSTILE_PART_NAMES = List.of("../manifest.json", "/etc/passwd", "evidence/../../x",
            "evidence/../records.json", "C:\\Windows\\x", "evidence\\abc", "EVIDENCE/abc", "evidence/", "evidence/ABC",
            "manifest.json/", "./manifest.json", "\\\\server\\share\\x", "evidence/" + "a".repeat(65), "CON", "nul.txt",
            "records.json\u0000", "content.json.bak", "签名.txt", "");

    /** The parts of a real file with its structure broken: parts dropped, doubled, renamed, added, garbled. */
    static List<Map.Entry<String, byte[]>> mutateParts(Path file, Random r) {
        List<Map.Entry<String, byte[]>> parts = new ArrayList<>();
        for (Map.Entry<String, byte[]> p : ExchangeFixture.parts(file).entrySet()) {
            parts.add(Map.entry(p.getKey(), p.getValue()));
        }
        parts.add(Map.entry(SealedFile.SIGNATURE, signature(file)));
        int rounds = 1 + r.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int at = r.nextInt(parts.size());
            Map.Entry<String, byte[]> p = parts.get(at);
            switch (r.nextInt(7)) {
                case 0 -> parts.remove(at);
                case 1 -> parts.add(r.nextInt(parts.size() + 1), p);
                case 2 -> parts.set(at, Map.entry(HOSTILE_PART_NAMES.get(r.nextInt(HOSTILE_PART_NAMES.size())), p.getValue()));
                case 3 -> parts.add(Map.entry(r.nextBoolean() ? "evidence/" + UUID.randomUUID()
                        : HOSTILE_PART_NAMES.get(r.nextInt(HOSTILE_PART_NAMES.size())), randomBytes(r)));
                case 4 -> parts.set(at, Map.entry(p.getKey(), mutateBytes(p.getValue(), r)));
                case 5 -> parts.set(at, Map.entry(p.getKey(), hostileJson(r).getBytes(StandardCharsets.UTF_8)));
                default -> java.util.Collections.shuffle(parts, r);
            }
            if (parts.isEmpty()) {
                break;
            }
        }
        return parts;
    }

    private static byte[] signature(Path file) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            return z.getInputStream(z.getEntry(SealedFile.SIGNATURE)).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hostileJson(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "{\"entries\": 5, \"format\": [1, 2]}";
            case 4 -> "{\"a\":".repeat(2000);
            case 5 -> "[".repeat(5000) + "]".repeat(5000);
            case 6 -> "{\"version\": 99999999999999999999999, \"departmentId\": -1}";
            default -> "\"" + "长".repeat(10_000) + "\"";
        };
    }

    // ---- hostile JSON inside a correctly sealed file ----

    static final List<String> HOSTILE_NAMES = List.of("..", "../../etc/passwd", "/etc/passwd", "C:\\Windows\\x",
            "\\\\server\\share\\x", "CON", "NUL.txt", "com1", "LPT9.pdf", "aux", "a\u0000b", "a\nb\u0007",
            "x".repeat(300), "名".repeat(300), "trailing. . .", ".", "", " ", "\u202Etxt.exe", "a/b/c.pdf",
            "con .txt", "\uD800", "..\\..\\boot.ini", "~$x.xlsx");

    static final List<String> HOSTILE_DATES = List.of("2023-02-30", "2026-13-01", "9999-12-31", "0000-00-00",
            "-999999999-01-01", "+1000000000-01-01", "2026-11-29T25:00:00Z", "", "昨天", "2026-11-30", "1899-01-01");

    static JsonNode hostileValue(Random r, JsonNode old) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(14)) {
            case 0 -> f.nullNode();
            case 1 -> f.textNode(HOSTILE_DATES.get(r.nextInt(HOSTILE_DATES.size())));
            case 2 -> f.textNode(HOSTILE_NAMES.get(r.nextInt(HOSTILE_NAMES.size())));
            case 3 -> f.numberNode(Long.MAX_VALUE);
            case 4 -> f.numberNode(-1L - r.nextInt(1000));
            case 5 -> f.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 6 -> f.numberNode(1e308);
            case 7 -> f.textNode("长".repeat(1 + r.nextInt(100_000)));
            case 8 -> f.booleanNode(r.nextBoolean());
            case 9 -> f.arrayNode().add(old == null ? f.nullNode() : old);
            case 10 -> f.objectNode().put("x", 1);
            case 11 -> f.textNode(UUID.randomUUID().toString());
            case 12 -> f.numberNode(r.nextInt(5000));
            default -> f.textNode(old == null ? "1" : old.asText() + "x");
        };
    }

    /** Changes a few random places of the tree: values replaced, fields removed, rows doubled. */
    static JsonNode mutateJson(JsonNode root, Random r) {
        JsonNode copy = root.deepCopy();
        int rounds = 1 + r.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            if (containers.isEmpty()) {
                return copy;
            }
            JsonNode c = containers.get(r.nextInt(containers.size()));
            if (c instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                switch (r.nextInt(4)) {
                    case 0 -> o.remove(name);
                    case 1 -> o.put("unknown" + r.nextInt(10), "?");
                    default -> o.set(name, hostileValue(r, o.get(name)));
                }
            } else if (c instanceof ArrayNode a && a.size() > 0) {
                int at = r.nextInt(a.size());
                switch (r.nextInt(4)) {
                    case 0 -> a.remove(at);
                    case 1 -> a.add(a.get(at).deepCopy());
                    case 2 -> a.insertNull(at);
                    default -> a.set(at, hostileValue(r, a.get(at)));
                }
            }
        }
        return copy;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    /** Evidence with a hostile name added to a report's or package's records, its bytes in place. */
    static void addHostileEvidence(ObjectNode records, Map<String, byte[]> parts, Random r) {
        ArrayNode evidence = records.withArray("evidence");
        String owner = null;
        String ownerField = "entry";
        JsonNode entries = records.get("entries");
        if (entries != null && entries.size() > 0 && entries.get(0).hasNonNull("uid")) {
            owner = entries.get(0).get("uid").asText();
        }
        String uid = UUID.randomUUID().toString();
        byte[] bytes = ("佐证" + r.nextInt()).getBytes(StandardCharsets.UTF_8);
        ObjectNode e = evidence.addObject();
        e.put("uid", uid);
        e.put(ownerField, owner);
        e.put("name", HOSTILE_NAMES.get(r.nextInt(HOSTILE_NAMES.size())));
        e.put("size", bytes.length);
        e.put("sha256", r.nextInt(4) == 0 ? EvidenceFile.sha256(new byte[] {1}) : EvidenceFile.sha256(bytes));
        if (r.nextInt(6) != 0) {
            parts.put(SealedFile.EVIDENCE + uid, bytes);
        }
    }

    /** The real file's parts with its JSON made hostile, sealed again with the right key. */
    static Path resealedHostile(Path file, byte[] key, Path target, Random r) {
        Map<String, byte[]> parts = ExchangeFixture.parts(file);
        try {
            ObjectNode records = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.RECORDS));
            if (r.nextInt(3) == 0) {
                addHostileEvidence(records, parts, r);
            }
            int target0 = r.nextInt(10);
            String part = target0 < 2 ? SealedFile.MANIFEST : target0 < 4 && parts.containsKey(SealedFile.CONTENT)
                    ? SealedFile.CONTENT : SealedFile.RECORDS;
            if (part.equals(SealedFile.RECORDS)) {
                parts.put(part, SealedFile.JSON.writeValueAsBytes(mutateJson(records, r)));
            } else {
                parts.put(SealedFile.RECORDS, SealedFile.JSON.writeValueAsBytes(records));
                JsonNode tree = SealedFile.JSON.readTree(parts.get(part));
                JsonNode mutated = mutateJson(tree, r);
                if (part.equals(SealedFile.MANIFEST) && mutated instanceof ObjectNode m && m.hasNonNull("secret")
                        && !m.get("secret").asText().equals(HexFormat.of().formatHex(key))) {
                    // the secret itself was changed: seal with what it now says, where that is a key
                    try {
                        byte[] k = HexFormat.of().parseHex(m.get("secret").asText());
                        if (k.length > 0) {
                            key = k;
                        }
                    } catch (IllegalArgumentException ignored) {
                        // not hex: the seal stays the department's
                    }
                }
                parts.put(part, SealedFile.JSON.writeValueAsBytes(mutated));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SealedFile.write(target, parts, key);
        return target;
    }
}
