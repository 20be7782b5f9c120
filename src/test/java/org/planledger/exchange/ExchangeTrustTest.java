package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;
import static org.planledger.exchange.ExchangeFixture.count;
import static org.planledger.exchange.ExchangeFixture.entry;
import static org.planledger.exchange.ExchangeFixture.fingerprint;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.parts;
import static org.planledger.exchange.ExchangeFixture.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;
import org.planledger.store.exchange.Records;

/**
 * What a report must prove before anything of it is applied, and what a trusted report still may
 * not do. Every refusal is worded and leaves the manager's ledger exactly as it was.
 */
@BothBackends
class ExchangeTrustTest {

    @Parameter
    Backend backend;

    private static final Messages ZH = Messages.chinese();
    private static final Messages EN = new Messages(Messages.ENGLISH);

    @TempDir
    Path dir;
    private Ledger master;
    private Ledger department;
    private Path pkg;
    private Path report;
    private long lead;

    @BeforeEach
    void setUp() throws IOException {
        master = ExchangeFixture.master(backend, dir, "master.planledger").open();
        Path out = Files.createDirectories(dir.resolve("out"));
        lead = lead(master, "5.3.6");
        pkg = new PackageExporter(master, CLOCK).export(List.of(lead), out).get(0).file();
        new PackageOpener(CLOCK).openInto(pkg, dir.resolve("dept.planledger"));
        department = Ledger.open(dir.resolve("dept.planledger"), TestClock.get());
        entry(department, task(department, "5.3.6"), lead, "本月完成摸底", List.of());
        report = new ReportExporter(department, CLOCK).export(out).file();
    }

    @AfterEach
    void close() {
        department.close();
        master.close();
    }

    private ReportImport.FileOutcome importOnly(Path file) {
        String before = fingerprint(master);
        ReportImport result = new ReportImporter(master, CLOCK).merge(List.of(file));
        ReportImport.FileOutcome outcome = result.files().get(0);
        assertEquals(ReportImport.Verdict.REFUSED, outcome.verdict());
        assertEquals(before, fingerprint(master), "a refused report leaves the ledger as it was");
        return outcome;
    }

    private String secret() {
        return PackageOpener.peek(pkg).secret();
    }

    @Test
    void aFlippedByteIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(report);
        bytes[bytes.length / 2] ^= 0x5A;
        Path damaged = Files.write(dir.resolve("damaged.plrpt"), bytes);
        ReportImport.FileOutcome outcome = importOnly(damaged);
        assertTrue(ZH.format(outcome.problem()).contains("damaged.plrpt"), ZH.format(outcome.problem()));
    }

    @Test
    void contentChangedAfterExportIsRefusedAsForged() {
        Map<String, byte[]> parts = parts(report);
        String records = new String(parts.get(SealedFile.RECORDS), StandardCharsets.UTF_8).replace("本月完成摸底", "全部完成");
        parts.put(SealedFile.RECORDS, records.getBytes(StandardCharsets.UTF_8));
        Path altered = dir.resolve("altered.plrpt");
        SealedFile.write(altered, parts, "not the department's key".getBytes(StandardCharsets.UTF_8));
        ReportImport.FileOutcome outcome = importOnly(altered);
        assertTrue(ZH.format(outcome.problem()).contains("签名"), ZH.format(outcome.problem()));
        assertTrue(EN.format(outcome.problem()).contains("forged"), EN.format(outcome.problem()));
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(report);
        Path cut = Files.write(dir.resolve("cut.plrpt"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ReportImport.FileOutcome outcome = importOnly(cut);
        assertTrue(ZH.format(outcome.problem()).contains("不完整"), ZH.format(outcome.problem()));
    }

    @Test
    void aReportForAnotherLedgerIsRefused() throws IOException {
        try (Ledger other = ExchangeFixture.master(backend, dir, "other.planledger").open()) {
            // another office's ledger: made on its own, so it has its own identity
            other.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE ledger_identity SET ledger_id = '" + java.util.UUID.randomUUID().toString().replace("-", "") + "'"));
            String before = fingerprint(other);
            // the other ledger also issued a package to the same department, so it knows a key for it
            new PackageExporter(other, CLOCK).export(List.of(lead), Files.createDirectories(dir.resolve("other")));
            ReportImport.FileOutcome outcome = new ReportImporter(other, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.REFUSED, outcome.verdict());
            assertTrue(ZH.format(outcome.problem()).contains("别的督办台账"), ZH.format(outcome.problem()));
            assertEquals(0, count(other, "SELECT count(*) FROM progress_entry"));
            assertTrue(fingerprint(other).contains("exchange_batch=1;"), "only its own package went out");
            assertTrue(!before.equals(fingerprint(other)));
        }
    }

    @Test
    void aPackageFromANewerPlanLedgerIsRefusedWithAnAskToUpdate() throws IOException {
        Map<String, byte[]> parts = parts(pkg);
        ObjectNode manifest = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.MANIFEST));
        manifest.put("version", Manifest.VERSION + 1);
        parts.put(SealedFile.MANIFEST, SealedFile.JSON.writeValueAsBytes(manifest));
        Path future = dir.resolve("future.plpkg");
        SealedFile.write(future, parts, HexFormat.of().parseHex(secret()));
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> new PackageOpener(CLOCK).openInto(future, dir.resolve("new.planledger")));
        assertTrue(ZH.format(e.problem()).contains("升级"), ZH.format(e.problem()));
        assertTrue(EN.format(e.problem()).contains("update"), EN.format(e.problem()));
        assertTrue(Files.notExists(dir.resolve("new.planledger")), "no ledger is left behind");
    }

    @Test
    void aPackageFromAnOlderFormatIsRead() throws IOException {
        Map<String, byte[]> parts = parts(pkg);
        ObjectNode manifest = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.MANIFEST));
        manifest.put("version", 0);
        manifest.put("someFieldOfThatTime", "ignored");
        parts.put(SealedFile.MANIFEST, SealedFile.JSON.writeValueAsBytes(manifest));
        Path older = dir.resolve("older.plpkg");
        SealedFile.write(older, parts, HexFormat.of().parseHex(secret()));
        PackageOpener.Opened opened = new PackageOpener(CLOCK).openInto(older, dir.resolve("older.planledger"));
        assertEquals(count(department, "SELECT count(*) FROM task"), opened.tasks());
    }

    @Test
    void aTrustedReportStillCannotTouchWhatTheDepartmentDoesNotOwn() throws IOException {
        long foreignTask = ExchangeFixture.id(master, "SELECT id FROM task WHERE id NOT IN (SELECT task_id FROM task_assignment "
                + "WHERE department_id = " + lead + ") AND id IN (SELECT task_id FROM task_assignment) LIMIT 1");
        long task536 = task(master, "5.3.6");
        Map<String, byte[]> parts = parts(report);
        Records records = SealedFile.JSON.readValue(parts.get(SealedFile.RECORDS), Records.class);
        Records.Entry mine = records.entries().get(0);
        records.entries().add(new Records.Entry(UUID.randomUUID().toString(), foreignTask, null, lead, "MONTH", "2026-10-01",
                "2026-10-31", TODAY.toString(), "替别的部门填报", "", "", 100, null, TODAY + "T00:00:00Z"));
        records.events().add(new Records.Event(UUID.randomUUID().toString(), task536, null, "CLOSED", TODAY.toString(),
                "自己给自己销号", lead, true, TODAY + "T00:00:00Z"));
        records.overrides().add(new Records.Override(UUID.randomUUID().toString(), task536, null, "GREEN", TODAY.toString(),
                "改成绿灯", TODAY + "T00:00:00Z"));
        parts.put(SealedFile.RECORDS, SealedFile.json(records));
        Path forged = dir.resolve("overreach.plrpt");
        SealedFile.write(forged, parts, HexFormat.of().parseHex(secret()));

        ReportImport.FileOutcome outcome = new ReportImporter(master, CLOCK).merge(List.of(forged)).files().get(0);
        assertEquals(ReportImport.Verdict.MERGED, outcome.verdict());
        assertEquals(3, outcome.refused().size(), "listed, never applied");
        List<String> reasons = outcome.refused().stream().map(r -> ZH.format(r.reason())).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("不是本部门牵头或配合")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("只能由督办人员")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("督办人员的决定")), reasons.toString());
        assertEquals(1, count(master, "SELECT count(*) FROM progress_entry"), "the department's own entry merged");
        assertEquals(mine.uid(), ExchangeFixture.strings(master, "SELECT uid FROM progress_entry").get(0));
        assertEquals(0, count(master, "SELECT count(*) FROM progress_entry WHERE task_id = " + foreignTask));
        assertEquals(0, count(master, "SELECT count(*) FROM light_override"));
        assertEquals("IN_PROGRESS", ExchangeFixture.strings(master, "SELECT status FROM task WHERE id = " + task536).get(0));
    }

    @Test
    void aPackageGivenAsAReportAndAReportGivenAsAPackageAreNamedForWhatTheyAre() {
        ReportImport.FileOutcome outcome = importOnly(pkg);
        assertTrue(ZH.format(outcome.problem()).contains("不是进展报告"), ZH.format(outcome.problem()));
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> new PackageOpener(CLOCK).openInto(report, dir.resolve("x.planledger")));
        assertTrue(ZH.format(e.problem()).contains("不是部门任务包"), ZH.format(e.problem()));
    }

    @Test
    void aPackageCannotTurnTheManagersLedgerIntoADepartmentLedger() {
        String before = fingerprint(master);
        ExchangeException e = assertThrows(ExchangeException.class, () -> new PackageOpener(CLOCK).open(pkg, master));
        assertTrue(ZH.format(e.problem()).contains("单独的部门台账"), ZH.format(e.problem()));
        assertEquals(before, fingerprint(master));
        assertTrue(!master.identity().isDepartment());
    }
}
