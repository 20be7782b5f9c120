package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.count;
import static org.planledger.exchange.ExchangeFixture.entry;
import static org.planledger.exchange.ExchangeFixture.evidence;
import static org.planledger.exchange.ExchangeFixture.fingerprint;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.strings;
import static org.planledger.exchange.ExchangeFixture.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * The manager reads every new record of a report before merging and leaves single ones out with
 * a reason: a left-out record is not merged, stays unacknowledged for the department, its reason
 * arrives in the department's next package, and the department's next report brings it again.
 */
@BothBackends
class LeaveOutTest {

    @Parameter
    Backend backend;

    private static final String KEPT = "完成了源头替代的摸底";
    private static final String LEFT = "全部整治完成";
    private static final String REASON = "与现场核查不符，请核实后重报";

    @TempDir
    Path dir;
    private Ledger master;
    private Ledger department;
    private Path out;
    private long lead;
    private String otherCode;

    @BeforeEach
    void setUp() throws Exception {
        master = ExchangeFixture.master(backend, dir, "master.planledger").open();
        out = Files.createDirectories(dir.resolve("out"));
        lead = lead(master, "5.3.6");
        otherCode = strings(master, "SELECT t.code FROM task t JOIN task_assignment a ON a.task_id = t.id "
                + "WHERE a.role = 'LEAD' AND a.department_id = " + lead + " AND t.code <> '5.3.6' ORDER BY t.id LIMIT 1").get(0);
        Path pkg = new PackageExporter(master, CLOCK).export(List.of(lead), out).get(0).file();
        Path file = dir.resolve("department.planledger");
        new PackageOpener(CLOCK).openInto(pkg, file);
        department = Ledger.open(file, TestClock.get());
        entry(department, task(department, "5.3.6"), lead, KEPT, List.of());
        entry(department, task(department, otherCode), lead, LEFT, List.of(evidence(dir, "验收照片.txt", "照片")));
    }

    @AfterEach
    void close() {
        department.close();
        master.close();
    }

    @Test
    void theLeftOutEntryIsNotMergedStaysPendingAndItsReasonComesBackInTheNextPackage() {
        Path report1 = new ReportExporter(department, CLOCK).export(out).file();

        // the preview lists every new record with what the manager judges it by, and writes nothing
        String before = fingerprint(master);
        ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(report1));
        assertEquals(before, fingerprint(master), "the preview is a dry run");
        ReportImport.Item left = preview.items().stream().filter(i -> i.entry() != null && LEFT.equals(i.entry().progress()))
                .findFirst().orElseThrow(() -> new AssertionError("the preview lists the entry: " + preview.items()));
        assertEquals(otherCode, left.code());
        assertEquals(List.of("验收照片.txt"), left.evidence());
        assertEquals(50, left.entry().percent());
        assertTrue(preview.items().stream().anyMatch(i -> i.entry() != null && KEPT.equals(i.entry().progress())));
        assertTrue(preview.items().stream().anyMatch(i -> i.kind() == ReportImport.ItemKind.STATUS
                && "5.3.6".equals(i.code())), "the 推进中 that came with the entry is listed too: " + preview.items());

        // a record left out without a reason is refused, and nothing is written
        ExchangeException noReason = assertThrows(ExchangeException.class, () -> new ReportImporter(master, CLOCK)
                .merge(List.of(report1), Map.of(left.uid(), " ")));
        assertTrue(Messages.chinese().format(noReason.problem()).contains("没有写理由"));
        assertEquals(before, fingerprint(master));

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report1), Map.of(left.uid(), REASON));
        assertEquals(1, count(master, "SELECT count(*) FROM progress_entry WHERE progress = '" + KEPT + "'"));
        assertEquals(0, count(master, "SELECT count(*) FROM progress_entry WHERE progress = '" + LEFT + "'"),
                "the left-out entry is not merged");
        assertEquals(0, count(master, "SELECT count(*) FROM evidence WHERE name = '验收照片.txt'"),
                "nor is its evidence");
        assertEquals(1, merged.files().get(0).leftOut(), "one record is listed as left out (its evidence goes with it)");
        ReportImport.ChangedTask changed = merged.files().get(0).changed().stream()
                .filter(t -> "5.3.6".equals(t.code())).findFirst().orElseThrow();
        assertEquals(TaskStatus.NOT_STARTED, changed.before());
        assertEquals(TaskStatus.IN_PROGRESS, changed.after());
        // the 推进中 that came with the left-out entry is a record of its own, listed and left in
        assertEquals(List.of(1), merged.files().get(0).changed().stream().filter(t -> otherCode.equals(t.code()))
                .map(ReportImport.ChangedTask::records).toList(), "only the status was merged on the other task");

        // the next package names it with the reason; the department takes it back as unreported
        Path pkg2 = new PackageExporter(master, CLOCK).export(List.of(lead), out).get(0).file();
        Manifest m = manifest(pkg2);
        assertEquals(List.of(REASON), m.leftOutOrNone().stream().filter(l -> l.uid().equals(left.uid()))
                .map(Manifest.LeftOut::reason).toList());
        PackageOpener.Opened opened = new PackageOpener(CLOCK).open(pkg2, department);
        PackageOpener.LeftOutRecord told = opened.leftOut().stream().filter(l -> l.uid().equals(left.uid()))
                .findFirst().orElseThrow(() -> new AssertionError("the department is told: " + opened.leftOut()));
        assertEquals(REASON, told.reason());
        assertEquals(otherCode, told.subject());
        assertEquals("exchange.kind.entry", told.kindKey());

        // the department's next report brings it again (and not what was merged); the preview says why it was left out
        ReportExporter.Exported report2 = new ReportExporter(department, CLOCK).export(out);
        assertEquals(1, report2.entries(), "only the left-out entry is sent again");
        assertEquals(1, report2.evidence());
        ReportImport again = new ReportImporter(master, CLOCK).preview(List.of(report2.file()));
        ReportImport.Item back = again.items().stream().filter(i -> i.uid().equals(left.uid())).findFirst().orElseThrow();
        assertEquals(REASON, back.earlier());
        assertNull(back.leftOut());
        new ReportImporter(master, CLOCK).merge(List.of(report2.file()));
        assertEquals(1, count(master, "SELECT count(*) FROM progress_entry WHERE progress = '" + LEFT + "'"));
        assertEquals(1, count(master, "SELECT count(*) FROM evidence WHERE name = '验收照片.txt'"));
        Manifest m3 = manifest(new PackageExporter(master, CLOCK).export(List.of(lead), out).get(0).file());
        assertTrue(m3.leftOutOrNone().isEmpty(), "once merged, it is no longer left out: " + m3.leftOut());
    }

    @Test
    void aPackageWithoutTheLeftOutFieldStillOpensAsBefore() throws Exception {
        Path pkg = new PackageExporter(master, CLOCK).export(List.of(lead), out).get(0).file();
        String manifest = new String(ExchangeFixture.parts(pkg).get(SealedFile.MANIFEST), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!manifest.contains("leftOut"), "nothing left out, nothing written: " + manifest);
        assertTrue(new PackageOpener(CLOCK).open(pkg, department).leftOut().isEmpty());
    }

    /** The manifest of a checked package; closing it deletes the evidence it kept on disk. */
    private static Manifest manifest(Path file) {
        try (SealedFile sealed = SealedFile.read(file)) {
            return sealed.manifest();
        }
    }
}
