package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;
import org.planledger.store.exchange.Records;

/**
 * The samples the hostile-input properties found, kept as plain tests: each once escaped as an
 * unworded exception, stored a path as an evidence name, or let one bad file sink a whole import.
 */
@BothBackends
class ExchangeHostileRegressionTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Path resealed(Path file, String name, Edit edit) throws IOException {
        Map<String, byte[]> parts = ExchangeFixture.parts(file);
        ObjectNode records = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.RECORDS));
        edit.apply(records, parts);
        parts.put(SealedFile.RECORDS, SealedFile.JSON.writeValueAsBytes(records));
        Path target = dir.resolve(name);
        SealedFile.write(target, parts, FuzzKit.templates(backend).key());
        return target;
    }

    private interface Edit {
        void apply(ObjectNode records, Map<String, byte[]> parts) throws IOException;
    }

    private Ledger master() {
        return FuzzKit.templates(backend).master(dir, "master.planledger").open();
    }

    private static ObjectNode evidence(ObjectNode records, Map<String, byte[]> parts, String name) {
        String entry = records.get("entries").get(0).get("uid").asText();
        byte[] bytes = "佐证".getBytes(StandardCharsets.UTF_8);
        String uid = UUID.randomUUID().toString();
        ObjectNode e = ((ArrayNode) records.get("evidence")).addObject();
        e.put("uid", uid);
        e.put("entry", entry);
        e.put("name", name);
        e.put("size", bytes.length);
        e.put("sha256", EvidenceFile.sha256(bytes));
        parts.put(SealedFile.EVIDENCE + uid, bytes);
        return e;
    }

    /** Found: a null in a record list ended in a NullPointerException out of the merge and the package opener. */
    @Test
    void aNullRecordRefusesTheFileInWords() throws IOException {
        FuzzKit.Templates t = FuzzKit.templates(backend);
        Path report = resealed(t.report(), "null.plrpt", (r, p) -> ((ArrayNode) r.get("entries")).insertNull(0));
        try (Ledger master = master()) {
            String before = FuzzKit.fingerprint(master);
            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.REFUSED, f.verdict());
            assertEquals("exchange.error.partBroken", f.problem().key());
            assertEquals(before, FuzzKit.fingerprint(master));
        }
        Path pkg = resealed(t.pkgNext(), "null.plpkg", (r, p) -> r.withArray("evidence").insertNull(0));
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> new PackageOpener(CLOCK).openInto(pkg, dir.resolve("new.planledger")));
        assertEquals("exchange.error.partBroken", e.problem().key());
        assertTrue(Files.notExists(dir.resolve("new.planledger")));
    }

    /** Found: evidence without a name ended in a NullPointerException out of safeName. */
    @Test
    void evidenceWithoutANameIsStoredUnderAPlainOne() throws IOException {
        Path report = resealed(FuzzKit.templates(backend).report(), "noname.plrpt", (r, p) -> evidence(r, p, null).putNull("name"));
        try (Ledger master = master()) {
            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.MERGED, f.verdict());
            assertTrue(ExchangeFixture.strings(master, "SELECT name FROM evidence").contains("evidence"));
        }
    }

    /** Found: a package's evidence names were stored as they came — paths and device names included. */
    @Test
    void aPackagesEvidenceNamesAreNeutralised() throws IOException {
        List<String> hostile = List.of("../../etc/passwd", "C:\\Windows\\x", "CON", "NUL.txt", "a\u0007b",
                "名".repeat(300) + ".pdf", "trailing. . .");
        Path pkg = resealed(FuzzKit.templates(backend).pkgNext(), "names.plpkg", (r, p) -> {
            // the package's entries come from the department's own report, merged: give it one to hang evidence on
            Records rec = SealedFile.JSON.treeToValue(r, Records.class);
            FuzzKit.Templates t = FuzzKit.templates(backend);
            Records report = SealedFile.JSON.readValue(ExchangeFixture.parts(t.report()).get(SealedFile.RECORDS), Records.class);
            rec.entries().add(report.entries().get(0));
            ObjectNode tree = SealedFile.JSON.valueToTree(rec);
            r.setAll(tree);
            for (String name : hostile) {
                evidence(r, p, name);
            }
        });
        Path ledger = dir.resolve("dept.planledger");
        new PackageOpener(CLOCK).openInto(pkg, ledger);
        try (Ledger dept = Ledger.open(ledger, TestClock.get())) {
            List<String> names = ExchangeFixture.strings(dept, "SELECT name FROM evidence ORDER BY id");
            assertEquals(hostile.size(), names.size());
            assertTrue(names.containsAll(List.of("passwd", "x", "_CON", "_NUL.txt", "a_b", "trailing")), names.toString());
            FuzzKit.assertEvidenceNamesSafe(dept);
        }
    }

    /** Found: the default department ledger name took the manifest's ledger id as it came, slashes included. */
    @Test
    void theDefaultLedgerNameIsAPlainFileName() {
        Manifest m = new Manifest(Manifest.FORMAT, 1, Manifest.PACKAGE, "../../../etc/x", 3, "../区/水务局", 1, 0L, null,
                null, "00");
        String name = PackageOpener.defaultLedgerName(m);
        assertEquals(1, Path.of(name).getNameCount(), name);
        assertTrue(name.endsWith(".planledger") && !name.contains("/") && !name.contains(".."), name);
        Manifest huge = new Manifest(Manifest.FORMAT, 1, Manifest.PACKAGE, "abc", 3, "局".repeat(400), 1, 0L, null, null, "00");
        String long1 = PackageOpener.defaultLedgerName(huge);
        assertTrue(long1.endsWith(".planledger") && long1.getBytes(StandardCharsets.UTF_8).length <= 150, long1);
        assertTrue(FileNames.reportName("局".repeat(400), TODAY, 3).getBytes(StandardCharsets.UTF_8).length < 255);
        assertTrue(FileNames.packageName("CON", TODAY, 3).startsWith("_CON-"));
    }

    /** Found: a sealed report whose records cannot be read sank the whole import of every file chosen with it. */
    @Test
    void aBrokenSealedReportIsRefusedAloneAndTheOthersStillMerge() throws IOException {
        FuzzKit.Templates t = FuzzKit.templates(backend);
        Map<String, byte[]> parts = ExchangeFixture.parts(t.report());
        parts.put(SealedFile.RECORDS, "{\"entries\": 5}".getBytes(StandardCharsets.UTF_8));
        Path broken = dir.resolve("broken.plrpt");
        SealedFile.write(broken, parts, t.key());
        try (Ledger master = master()) {
            ReportImport result = new ReportImporter(master, CLOCK).merge(List.of(broken, t.workbook()));
            ReportImport.FileOutcome f = result.files().get(0);
            assertEquals(ReportImport.Verdict.REFUSED, f.verdict());
            assertEquals("exchange.error.partBroken", f.problem().key());
            assertEquals(ReportImport.Verdict.MERGED, result.files().get(1).verdict(), "the workbook still merges");
            assertEquals(0, ExchangeFixture.count(master, "SELECT count(*) FROM exchange_batch WHERE kind = 'REPORT_IN'"));
            assertEquals(0L, ExchangeFixture.count(master, "SELECT count(*) FROM exchange_department WHERE merged_seq > 0"),
                    "the refused report is not counted as merged");
        }
    }

    /** Entries correcting each other in a circle neither loop nor overflow the stack. */
    @Test
    void correctionsInACircleAreSortedWithoutOverflow() throws IOException {
        Path report = resealed(FuzzKit.templates(backend).report(), "circle.plrpt", (r, p) -> {
            ArrayNode entries = (ArrayNode) r.get("entries");
            ObjectNode first = (ObjectNode) entries.get(0);
            String a = UUID.randomUUID().toString();
            String b = UUID.randomUUID().toString();
            ObjectNode ea = first.deepCopy().put("uid", a).put("supersedes", b);
            ObjectNode eb = first.deepCopy().put("uid", b).put("supersedes", a);
            entries.add(ea).add(eb);
            for (int i = 0; i < 3000; i++) {
                entries.add(first.deepCopy().put("uid", "c" + i).put("supersedes", "c" + (i + 1)));
            }
        });
        try (Ledger master = master()) {
            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.MERGED, f.verdict());
            assertTrue(f.refused().size() >= 2, "the circle is refused");
            f.refused().forEach(x -> FuzzKit.assertWorded(x.reason()));
        }
    }

    /** Impossible dates, a wrong checksum and an unknown task are refused record by record, in words. */
    @Test
    void impossibleDatesWrongChecksumsAndUnknownTasksAreRefusedRecordByRecord() throws IOException {
        Path report = resealed(FuzzKit.templates(backend).report(), "dates.plrpt", (r, p) -> {
            ArrayNode entries = (ArrayNode) r.get("entries");
            ObjectNode first = (ObjectNode) entries.get(0);
            entries.add(first.deepCopy().put("uid", UUID.randomUUID().toString()).put("writtenOn", "2023-02-30"));
            entries.add(first.deepCopy().put("uid", UUID.randomUUID().toString()).put("taskId", 987654321L));
            entries.add(first.deepCopy().put("uid", UUID.randomUUID().toString()).put("periodKind", "FORTNIGHT"));
            evidence(r, p, "ok.pdf").put("sha256", EvidenceFile.sha256(new byte[] {9}));
        });
        try (Ledger master = master()) {
            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.MERGED, f.verdict());
            List<String> keys = f.refused().stream().map(x -> x.reason().key()).toList();
            assertEquals(4, keys.size(), keys.toString());
            assertTrue(keys.containsAll(List.of("exchange.refused.malformed", "exchange.refused.noSuchTask",
                    "exchange.refused.evidenceDamaged")), keys.toString());
        }
    }
    /** Found: a record without its moment of recording passed the rules and failed the insert, sinking the whole import. */
    @Test
    void aRecordWithoutItsMomentOrWithTwoOwnersIsRefusedAlone() throws IOException {
        Path report = resealed(FuzzKit.templates(backend).report(), "moment.plrpt", (r, p) -> {
            ArrayNode entries = (ArrayNode) r.get("entries");
            entries.add(((ObjectNode) entries.get(0)).deepCopy().put("uid", UUID.randomUUID().toString()).putNull("recordedAt"));
            ObjectNode both = evidence(r, p, "two.pdf");
            both.put("event", entries.get(0).get("uid").asText());
        });
        try (Ledger master = master()) {
            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.MERGED, f.verdict(), () -> String.valueOf(f.problem()));
            assertEquals(List.of("exchange.refused.malformed", "exchange.refused.malformed"),
                    f.refused().stream().map(x -> x.reason().key()).toList());
        }
    }

    /**
     * Found: a record the merge rules accepted but the ledger's own checks refuse (a new due date in
     * year +10000 sorts before the old one as text) failed the whole import; then that file alone
     * was refused. Since issue 16 the merge rules refuse such a deadline as typed input does (no
     * more than five years past the plan), so the record alone is refused and the rest merges.
     */
    @Test
    void aDeadlineInYear10000IsRefusedAsARecordAndTheRestMerges() throws IOException {
        FuzzKit.Templates t = FuzzKit.templates(backend);
        Path report = resealed(t.report(), "year10000.plrpt", (r, p) -> {
            ObjectNode entry = (ObjectNode) r.get("entries").get(0);
            ObjectNode x = r.withArray("extensionRequests").addObject();
            x.put("uid", UUID.randomUUID().toString());
            x.put("taskId", entry.get("taskId").asLong());
            x.put("departmentId", entry.get("departmentId").asLong());
            x.put("requestedOn", TODAY.toString());
            x.put("oldDue", "2025-12-31");
            x.put("newDue", "+10000-01-01");
            x.put("reason", "资金未到位");
            x.put("recordedAt", TODAY + "T00:00:00Z");
        });
        try (Ledger master = master()) {
            String before = FuzzKit.fingerprint(master);
            ReportImport result = new ReportImporter(master, CLOCK).merge(List.of(report, t.workbook()));
            ReportImport.FileOutcome f = result.files().get(0);
            assertEquals(ReportImport.Verdict.MERGED, f.verdict(), () -> String.valueOf(f.problem()));
            assertEquals(List.of("exchange.refused.extensionTooLate"), f.refused().stream().map(x -> x.reason().key()).toList());
            FuzzKit.assertWorded(f.refused().get(0).reason());
            assertEquals(ReportImport.Verdict.MERGED, result.files().get(1).verdict());
            assertEquals(1, ExchangeFixture.count(master, "SELECT count(*) FROM exchange_batch WHERE kind = 'REPORT_IN'"));
            assertEquals(0, ExchangeFixture.count(master, "SELECT count(*) FROM extension_request"));
            assertTrue(!before.equals(FuzzKit.fingerprint(master)), "the workbook merged");
        }
    }
    /** Found: a package's evidence without a name and with a wrong checksum ended in a NullPointerException. */
    @Test
    void aPackagesDamagedEvidenceWithoutANameIsRefusedInWords() throws IOException {
        Path pkg = resealed(FuzzKit.templates(backend).pkgNext(), "nameless.plpkg", (r, p) -> {
            ObjectNode e = r.withArray("evidence").addObject();
            e.put("uid", UUID.randomUUID().toString());
            e.putNull("name");
            e.put("sha256", "00");
        });
        Path ledger = dir.resolve("new.planledger");
        ExchangeException e = assertThrows(ExchangeException.class, () -> new PackageOpener(CLOCK).openInto(pkg, ledger));
        assertEquals("exchange.error.evidenceDamaged", e.problem().key());
        FuzzKit.assertWorded(e);
        assertTrue(Files.notExists(ledger));
    }
}
