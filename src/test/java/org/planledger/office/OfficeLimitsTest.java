package org.planledger.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planledger.assign.table.DivisionTable;
import org.planledger.assign.table.DivisionTableException;
import org.planledger.assign.table.DivisionTableImport;
import org.planledger.assign.table.DivisionTableReader;
import org.planledger.assign.table.DivisionTables;
import org.planledger.i18n.Messages;
import org.planledger.planimport.PlainTextToDocx;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.planimport.PlanImportException;
import org.planledger.planimport.ShippedPlan;
import org.planledger.store.Ledger;

/**
 * Hostile Office files, built here: zip bombs, an oversized part, too many parts, XML nested
 * ten thousand levels deep, DOCTYPEs with external entities and entity expansion ("billion
 * laughs"). The plan reader and the 分工表 reader refuse each quickly, with a message that names
 * the file and says what is wrong; the ledger is unchanged and nothing of /etc/passwd gets in.
 */
class OfficeLimitsTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Refused "quickly": well under what reading the part would take, with room for a slow CI machine. */
    private static final long QUICK_MS = 10_000;

    private static final Messages ZH = Messages.chinese();
    private static byte[] docx;
    private static byte[] xlsx;
    private static byte[] divisionDocx;
    private static FuzzLedger ledgers;

    @BeforeAll
    static void samples() {
        docx = PlainTextToDocx.convert(ShippedPlan.text());
        xlsx = DivisionTables.separateColumnsXlsx();
        divisionDocx = DivisionTables.markedLeadDocx();
        ledgers = new FuzzLedger();
    }

    @AfterAll
    static void close() {
        ledgers.close();
    }

    // ---- the limits themselves ----

    @Test
    void applyTightensPoisLimitsAndIsIdempotent() {
        OfficeLimits.apply();
        OfficeLimits.apply();
        assertTrue(ZipSecureFile.getMinInflateRatio() >= 0.01);
        assertEquals(64L * 1024 * 1024, ZipSecureFile.getMaxEntrySize());
        assertEquals(500, ZipSecureFile.getMaxFileCount());
        assertEquals(5L * 1024 * 1024, ZipSecureFile.getMaxTextSize());
        assertEquals("500", System.getProperty(OfficeLimits.ELEMENT_DEPTH_PROPERTY));
    }

    @Test
    void genuineFilesStillRead() {
        assertEquals("imported", ledgers.importPlan("tianqiao.docx", docx));
        assertEquals("imported", ledgers.importDivision("分工表.xlsx", xlsx, false));
        assertEquals("imported", ledgers.importDivision("分工.docx", divisionDocx, false));
    }

    /** The fingerprint the refusals are checked with does see a write. */
    @Test
    void fingerprintSeesAnImport() {
        Ledger ledger = ledgers.ledger();
        String before = FuzzLedger.fingerprint(ledger);
        DivisionTable table = new DivisionTableReader().read("分工表.xlsx", xlsx);
        DivisionTableImport.apply(ledger, DivisionTableImport.preview(ledger, table, 0), true);
        assertNotEquals(before, FuzzLedger.fingerprint(ledger));
        ledgers.dirty();
        assertEquals(before, FuzzLedger.fingerprint(ledgers.ledger()), "a fresh copy is the template again");
    }

    // ---- zip bombs and sizes ----

    @Test
    void zipBombIsRefused() {
        byte[] bomb = withEntry(docx, "word/document.xml", Deflater.DEFAULT_COMPRESSION, out -> spaces(out,
                "<w:document xmlns:w=\"" + W + "\"><w:body>", 200, "</w:body></w:document>"));
        assertTrue(bomb.length < 1024 * 1024, "200 MB of blanks compress to " + bomb.length);
        refusedAsPlan("bomb.docx", bomb, "import.error.office.zipBomb");
        refusedAsDivision("bomb.docx", bomb, "import.error.office.zipBomb");
        refusedAsDivision("bomb.xlsx", withEntry(xlsx, "xl/worksheets/sheet1.xml", Deflater.DEFAULT_COMPRESSION,
                out -> spaces(out, "<worksheet xmlns=\"" + S + "\"><sheetData>", 200, "</sheetData></worksheet>")),
                "import.error.office.zipBomb");
        // under the size limit, so past the look at the central directory: POI's ratio check while inflating
        refusedAsPlan("small-bomb.docx", withEntry(docx, "word/document.xml", out -> spaces(out,
                "<w:document xmlns:w=\"" + W + "\"><w:body>", 20, "</w:body></w:document>")), "import.error.office.zipBomb");
        refusedAsDivision("small-bomb.xlsx", withEntry(xlsx, "xl/sharedStrings.xml",
                out -> spaces(out, "<sst xmlns=\"" + S + "\"><si><t>", 20, "</t></si></sst>")), "import.error.office.zipBomb");
    }

    @Test
    void partLargerThanTheLimitIsRefused() {
        // compresses only ~30 times, so the ratio check lets it through to the size limit
        byte[] big = withEntry(docx, "word/document.xml", Deflater.BEST_SPEED, out -> lowEntropy(out,
                "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>", 70, "</w:t></w:r></w:p></w:body></w:document>"));
        refusedAsPlan("big.docx", big, "import.error.office.entryTooLarge");
        refusedAsDivision("big.docx", big, "import.error.office.entryTooLarge");
    }

    @Test
    void tooManyPartsAreRefused() {
        Map<String, byte[]> entries = Mutations.entries(xlsx);
        for (int i = 0; i < 600; i++) {
            entries.put("xl/media/image" + i + ".bin", new byte[] {(byte) i});
        }
        refusedAsDivision("many.xlsx", Mutations.zip(entries), "import.error.office.tooManyParts");
        Map<String, byte[]> parts = Mutations.entries(docx);
        for (int i = 0; i < 600; i++) {
            parts.put("word/media/image" + i + ".bin", new byte[] {(byte) i});
        }
        refusedAsPlan("many.docx", Mutations.zip(parts), "import.error.office.tooManyParts");
    }

    // ---- XML ----

    @Test
    void deeplyNestedXmlIsRefusedWithoutOverflowingTheStack() {
        for (int depth : new int[] {600, 12_000}) {
            refusedAsPlan("deep" + depth + ".docx", withXml(docx, "word/document.xml",
                    deep("w:document xmlns:w=\"" + W + "\"", "w:body", "w:sdt", "w:sdtContent", depth)), "import.error.office.tooDeep");
            refusedAsDivision("deep" + depth + ".docx", withXml(divisionDocx, "word/document.xml",
                    deep("w:document xmlns:w=\"" + W + "\"", "w:body", "w:tbl", "w:tr", depth)), "import.error.office.tooDeep");
            refusedAsDivision("deep" + depth + ".xlsx", withXml(xlsx, "xl/worksheets/sheet1.xml",
                    deep("worksheet xmlns=\"" + S + "\"", "sheetData", "row", "c", depth)), "import.error.office.tooDeep");
        }
        refusedAsPlan("deeper.docx", withXml(docx, "word/document.xml",
                deep("w:document xmlns:w=\"" + W + "\"", "w:body", "w:sdt", "w:sdtContent", 60_000)), "import.error.office.tooDeep");
        // tables nested in tables a few levels, as real documents have them, still read
        assertEquals("imported", ledgers.importDivision("nested.docx", withXml(divisionDocx, "word/document.xml",
                nestedTables(20)), false));
    }

    @Test
    void doctypeWithAnExternalEntityIsRefusedAndNothingIsRead() {
        String entity = "<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        String doc = XML + entity.formatted("w:document") + "<w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>第一章 &xxe;</w:t></w:r></w:p></w:body></w:document>";
        refusedAsPlan("xxe.docx", withXml(docx, "word/document.xml", doc), "import.error.office.doctype");
        refusedAsDivision("xxe.docx", withXml(divisionDocx, "word/document.xml", doc), "import.error.office.doctype");
        refusedAsDivision("xxe.xlsx", withXml(xlsx, "xl/sharedStrings.xml", XML + entity.formatted("sst")
                + "<sst xmlns=\"" + S + "\"><si><t>&xxe;</t></si></sst>"), "import.error.office.doctype");
        refusedAsDivision("xxe-sheet.xlsx", withXml(xlsx, "xl/worksheets/sheet1.xml", XML + entity.formatted("worksheet")
                + "<worksheet xmlns=\"" + S + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "</row></sheetData></worksheet>"), "import.error.office.doctype");
        // in the package's own parts, read before any document part
        String types = new String(Mutations.entries(docx).get("[Content_Types].xml"), StandardCharsets.UTF_8);
        String hostileTypes = types.replaceFirst("<Types", entity.formatted("Types") + "<Types");
        refusedAsPlan("xxe-types.docx", withXml(docx, "[Content_Types].xml", hostileTypes), "import.error.office.doctype");
        String rels = new String(Mutations.entries(xlsx).get("_rels/.rels"), StandardCharsets.UTF_8);
        refusedAsDivision("xxe-rels.xlsx", withXml(xlsx, "_rels/.rels",
                rels.replaceFirst("<Relationships", entity.formatted("Relationships") + "<Relationships")),
                "import.error.office.doctype");
        // a parameter entity fetching an outside DTD
        refusedAsPlan("xxe-dtd.docx", withXml(docx, "word/document.xml", XML
                + "<!DOCTYPE w:document [<!ENTITY % dtd SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %dtd;]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body/></w:document>"), "import.error.office.doctype");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE %s [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String laughs = dtd.toString();
        refusedAsPlan("lol.docx", withXml(docx, "word/document.xml", XML + laughs.formatted("w:document")
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"),
                "import.error.office.doctype");
        refusedAsDivision("lol.xlsx", withXml(xlsx, "xl/sharedStrings.xml", XML + laughs.formatted("sst")
                + "<sst xmlns=\"" + S + "\"><si><t>&lol9;</t></si></sst>"), "import.error.office.doctype");
    }

    @Test
    void messagesSayWhatIsWrongInBothLanguages() {
        PlanImportException e = assertThrows(PlanImportException.class, () -> new PlanDocumentReader().read("炸弹.docx",
                withEntry(docx, "word/document.xml", out -> spaces(out, "<w:document xmlns:w=\"" + W + "\"><w:body>", 20,
                        "</w:body></w:document>"))));
        assertEquals("文件“炸弹.docx”里有一个部分解压后过大（超过压缩时的 100 倍），可能是恶意构造的压缩包，已拒绝导入。", ZH.format(e.problem()));
        assertTrue(Messages.forLanguage("en").format(e.problem()).startsWith("A part of the file \"炸弹.docx\" expands to more"));
    }

    /**
     * What the readers' own look into the package ({@link OfficeLimits#inspect}) catches early,
     * POI refuses by itself too once {@link OfficeLimits#apply()} ran: proved here on POI
     * directly, so neither layer is taken on trust.
     */
    @Test
    void poiItselfRefusesDoctypesTooManyPartsAndDeepNesting() {
        OfficeLimits.apply();
        String doc = XML + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        assertEquals(OfficeLimits.Refusal.DOCTYPE, poiRefusal(withXml(docx, "word/document.xml", doc)));
        Map<String, byte[]> parts = Mutations.entries(docx);
        for (int i = 0; i < 600; i++) {
            parts.put("word/media/image" + i + ".bin", new byte[] {(byte) i});
        }
        assertEquals(OfficeLimits.Refusal.TOO_MANY_PARTS, poiRefusal(Mutations.zip(parts)));
        assertEquals(OfficeLimits.Refusal.TOO_DEEP, poiRefusal(withXml(docx, "word/document.xml",
                deep("w:document xmlns:w=\"" + W + "\"", "w:body", "w:sdt", "w:sdtContent", 10_000))));
    }

    private static OfficeLimits.Refusal poiRefusal(byte[] bytes) {
        Throwable thrown = null;
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            new XWPFDocument(pkg).getParagraphs();
            pkg.revert();
        } catch (Exception | StackOverflowError e) {
            thrown = e;
        }
        assertTrue(thrown != null, "POI opened it");
        Throwable failure = thrown;
        return OfficeLimits.refusal(failure).orElseThrow(() -> new AssertionError("not a limit", failure));
    }

    // ---- checks ----

    private static void refusedAsPlan(String name, byte[] bytes, String key) {
        Ledger ledger = ledgers.ledger();
        String before = FuzzLedger.fingerprint(ledger);
        long start = System.nanoTime();
        PlanImportException e = assertThrows(PlanImportException.class, () -> new PlanDocumentReader().read(name, bytes), name);
        long ms = (System.nanoTime() - start) / 1_000_000;
        checkRefusal(name, key, e.problem(), ms);
        assertEquals(key, ledgers.importPlan(name, bytes), name);
        FuzzLedger.assertUnchanged(before, ledgers.ledger(), name);
    }

    private static void refusedAsDivision(String name, byte[] bytes, String key) {
        Ledger ledger = ledgers.ledger();
        String before = FuzzLedger.fingerprint(ledger);
        long start = System.nanoTime();
        DivisionTableException e = assertThrows(DivisionTableException.class, () -> new DivisionTableReader().read(name, bytes), name);
        long ms = (System.nanoTime() - start) / 1_000_000;
        checkRefusal(name, key, e.problem(), ms);
        assertEquals(key, ledgers.importDivision(name, bytes, true), name);
        FuzzLedger.assertUnchanged(before, ledgers.ledger(), name);
    }

    private static void checkRefusal(String name, String key, org.planledger.i18n.Text problem, long ms) {
        assertEquals(key, problem.key(), name + ": " + problem);
        String words = FuzzLedger.words(problem);
        assertTrue(words.contains("“" + name + "”"), words);
        assertFalse(words.contains("root:"), words);
        assertTrue(ms < QUICK_MS, name + " took " + ms + " ms to refuse");
    }

    // ---- building hostile files ----

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The zip with one entry's content written by {@code body}, streamed: nothing large is held in memory. */
    static byte[] withEntry(byte[] zip, String name, Body body) {
        return withEntry(zip, name, Deflater.BEST_COMPRESSION, body);
    }

    static byte[] withEntry(byte[] zip, String name, int level, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(level);
            ZipEntry e;
            boolean found = false;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    body.write(out);
                    found = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            assertTrue(found, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] withXml(byte[] zip, String name, String xml) {
        return withEntry(zip, name, out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code megabytes} MiB of blanks between two halves of a part: deflate packs them a thousandfold. */
    private static void spaces(OutputStream out, String open, int megabytes, String close) throws IOException {
        out.write((XML + open).getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
            out.write(chunk);
        }
        out.write(close.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code megabytes} MiB of text that compresses only some 30 times: under the ratio limit,
     * over the size limit. One MiB made once and repeated: deflate's 32 KiB window cannot see the repeats.
     */
    private static void lowEntropy(OutputStream out, String open, int megabytes, String close) throws IOException {
        out.write((XML + open).getBytes(StandardCharsets.UTF_8));
        Random random = new Random(1);
        byte[] chunk = new byte[1024 * 1024];
        for (int j = 0; j < chunk.length; j++) {
            chunk[j] = (byte) (random.nextInt(48) == 0 ? 'a' + random.nextInt(26) : 'a');
        }
        for (int i = 0; i < megabytes; i++) {
            out.write(chunk);
        }
        out.write(close.getBytes(StandardCharsets.UTF_8));
    }

    /** A part whose body nests {@code outer}/{@code inner} pairs {@code depth} times, each with a random id so it does not compress away. */
    private static String deep(String root, String body, String outer, String inner, int depth) {
        Random random = new Random(depth);
        String rootName = root.split(" ")[0];
        StringBuilder s = new StringBuilder(XML).append('<').append(root).append("><").append(body).append('>');
        for (int i = 0; i < depth; i++) {
            s.append('<').append(outer).append(" id=\"").append(Long.toHexString(random.nextLong())).append("\"><").append(inner).append('>');
        }
        for (int i = 0; i < depth; i++) {
            s.append("</").append(inner).append("></").append(outer).append('>');
        }
        return s.append("</").append(body).append("></").append(rootName).append('>').toString();
    }

    /** A 分工表 whose task cell holds a table nested {@code levels} deep: legitimate, if odd. */
    private static String nestedTables(int levels) {
        StringBuilder inner = new StringBuilder("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        for (int i = 0; i < levels; i++) {
            inner = new StringBuilder("<w:tbl><w:tr><w:tc>").append(inner).append("</w:tc></w:tr></w:tbl><w:p/>");
        }
        String row = "<w:tr><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p>%s</w:tc></w:tr>";
        return XML + "<w:document xmlns:w=\"" + W + "\"><w:body><w:tbl>" + row.formatted("重点任务", "责任单位", "")
                + row.formatted("推进深度节水控水", "区水务局（牵头）", inner) + "</w:tbl><w:p/></w:body></w:document>";
    }
}
