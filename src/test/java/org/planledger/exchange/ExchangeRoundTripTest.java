package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;
import static org.planledger.exchange.ExchangeFixture.count;
import static org.planledger.exchange.ExchangeFixture.department;
import static org.planledger.exchange.ExchangeFixture.entry;
import static org.planledger.exchange.ExchangeFixture.evidence;
import static org.planledger.exchange.ExchangeFixture.fingerprint;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.strings;
import static org.planledger.exchange.ExchangeFixture.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.testing.TestClock;

/**
 * The whole exchange on the shipped plan: the manager issues packages to two departments, each
 * liaison works in its own department ledger and reports, the manager previews and merges; the
 * manager decides, re-issues, and the department ledger refreshes without losing what is unreported.
 */
@BothBackends
class ExchangeRoundTripTest {

    @Parameter
    Backend backend;

    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;
    private Ledger master;
    private Path out;
    /** 5.3.6's lead (区生态环境分局 in the shipped division) and another department with tasks. */
    private long leadA;
    private long deptB;
    private String taskB;

    @BeforeEach
    void setUp() throws Exception {
        master = ExchangeFixture.master(backend, dir, "master.planledger").open();
        out = Files.createDirectories(dir.resolve("out"));
        leadA = lead(master, "5.3.6");
        deptB = ExchangeFixture.busiestOtherLead(master, leadA);
        taskB = ExchangeFixture.firstLedBy(master, deptB);
    }

    @AfterEach
    void close() {
        master.close();
    }

    private Path issue(long departmentId) {
        return new PackageExporter(master, CLOCK).export(List.of(departmentId), out).get(0).file();
    }

    private Ledger openDepartment(Path pkg, String name) {
        Path file = dir.resolve(name);
        new PackageOpener(CLOCK).openInto(pkg, file);
        return Ledger.open(file, TestClock.get());
    }

    @Test
    void departmentsReportAndTheManagerMergesEverythingOnce() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        Ledger b = openDepartment(issue(deptB), "b.planledger");
        long task536 = task(a, "5.3.6");
        entry(a, task536, leadA, "完成了源头替代的摸底", List.of(evidence(dir, "摸底表.txt", "一览")));
        a.progress(CLOCK).requestCloseOut(ItemKey.task(task536), leadA, TODAY, "已完成",
                List.of(evidence(dir, "验收.txt", "验收意见")));
        entry(b, task(b, taskB), deptB, "推进中", List.of());

        ReportExporter.Exported reportA = new ReportExporter(a, CLOCK).export(out);
        ReportExporter.Exported reportB = new ReportExporter(b, CLOCK).export(out);
        assertEquals(1, reportA.entries());
        assertEquals(2, reportA.evidence());

        String before = fingerprint(master);
        ReportImport preview = new ReportImporter(master, CLOCK).preview(ReportImporter.expand(out));
        assertTrue(preview.dryRun());
        assertEquals(before, fingerprint(master), "a dry run changes nothing");
        assertEquals(2, preview.files().size());
        preview.files().forEach(f -> assertEquals(ReportImport.Verdict.MERGED, f.verdict(), () -> ZH.format(f.problem())));

        ReportImport merged = new ReportImporter(master, CLOCK).merge(ReportImporter.expand(out));
        assertEquals(preview.fresh(), merged.fresh(), "the preview is what the merge does");
        assertEquals(0, merged.refusedRecords());
        String entryUid = strings(a, "SELECT uid FROM progress_entry").get(0);
        assertEquals(List.of(reportA.file().getFileName().toString()), strings(master,
                "SELECT b.file_name FROM exchange_origin o JOIN exchange_batch b ON b.id = o.batch_id WHERE o.uid = '" + entryUid + "'"),
                "every merged item records the report it came from");
        assertEquals(reportA.file().getFileName().toString(), master.progress(CLOCK).history(task(master, "5.3.6"), TODAY)
                .entries().get(0).source(), "and the task's history shows it");
        assertEquals("CLOSE_OUT_REQUESTED", strings(master, "SELECT status FROM task WHERE code = '5.3.6'").get(0));
        assertEquals(2, count(master, "SELECT count(*) FROM evidence"));
        assertEquals("验收意见", new String(master.progress(CLOCK).evidenceContent(ExchangeFixture.id(master,
                "SELECT e.id FROM evidence e JOIN status_event s ON s.id = e.status_event_id")), java.nio.charset.StandardCharsets.UTF_8));

        String after = fingerprint(master);
        ReportImport again = new ReportImporter(master, CLOCK).merge(List.of(reportA.file(), reportB.file()));
        assertEquals(after, fingerprint(master), "importing the same reports twice changes nothing");
        again.files().forEach(f -> assertEquals(ReportImport.Verdict.NOTHING_NEW, f.verdict()));
        a.close();
        b.close();
    }

    /** V11: the department's entry merged from its report answers the 督办单 sent to it, in the merge's transaction. */
    @Test
    void aMergedReportOnTheItemsOfADubandanIsItsAnswer() {
        long task536 = task(master, "5.3.6");
        String number = master.notices(CLOCK).issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督",
                2026, 1, LocalDate.of(2026, 11, 20), leadA, LocalDate.of(2026, 11, 27), null,
                List.of(new NewNotice.Item(ItemKey.task(task536), Light.RED, "已逾期")))), () -> { }).get(0).number();
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        entry(a, task(a, "5.3.6"), leadA, "按督办要求完成源头替代", List.of());
        String uid = strings(a, "SELECT uid FROM progress_entry").get(0);
        new ReportImporter(master, CLOCK).merge(List.of(new ReportExporter(a, CLOCK).export(out).file()));
        a.close();

        Notice answered = master.notices(CLOCK).byNumber(number).orElseThrow();
        assertEquals(ExchangeFixture.id(master, "SELECT id FROM progress_entry WHERE uid = '" + uid + "'"),
                answered.feedbackEntryId(), "the merged entry is the 督办单's answer");
        assertEquals(TODAY, answered.feedbackOn());
    }

    @Test
    void aDepartmentLedgerHoldsOnlyItsTasksAndRefusesTheManagersWork() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        long held = count(master, "SELECT count(DISTINCT task_id) FROM (SELECT task_id FROM task_assignment WHERE department_id = "
                + leadA + " UNION SELECT m.task_id FROM milestone m JOIN milestone_lead l ON l.milestone_id = m.id "
                + "WHERE l.department_id = " + leadA + ") held");
        assertEquals(held, count(a, "SELECT count(*) FROM task"));
        assertTrue(a.identity().isDepartment());
        assertEquals(leadA, a.identity().departmentId());
        long task536 = task(a, "5.3.6");
        StoreException e = assertThrows(StoreException.class,
                () -> a.progress(CLOCK).setStatus(ItemKey.task(task536), TaskStatus.SUSPENDED, TODAY, "暂缓"));
        assertTrue(ZH.format(e.problem()).contains("部门台账"), ZH.format(e.problem()));
        assertThrows(StoreException.class, () -> a.divisions().assign(List.of(task536), leadA, List.of(), false));
        long other = ExchangeFixture.id(a, "SELECT id FROM department WHERE id <> " + leadA + " LIMIT 1");
        assertThrows(StoreException.class, () -> entry(a, task536, other, "冒名", List.of()));
        assertThrows(ExchangeException.class, () -> new PackageExporter(a, CLOCK).export(List.of(leadA), out));
        assertThrows(ExchangeException.class, () -> new ReportExporter(master, CLOCK).export(out));
        a.close();
    }

    @Test
    void aNewerPackageRefreshesWithoutTouchingUnreportedWork() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        long task536 = task(a, "5.3.6");
        a.progress(CLOCK).requestCloseOut(ItemKey.task(task536), leadA, TODAY, "已完成", List.of(evidence(dir, "e.txt", "x")));
        Path report1 = new ReportExporter(a, CLOCK).export(out).file();
        new ReportImporter(master, CLOCK).merge(List.of(report1));
        master.progress(CLOCK).returnCloseOut(ItemKey.task(task(master, "5.3.6")), TODAY, "材料不全");
        entry(a, task536, leadA, "补充材料中", List.of());          // written before the new package arrives

        Path pkg2 = issue(leadA);
        new PackageOpener(CLOCK).open(pkg2, a);
        assertEquals("RETURNED", strings(a, "SELECT status FROM task WHERE code = '5.3.6'").get(0),
                "the manager's decision reaches the department");
        assertEquals(List.of("补充材料中"), strings(a, "SELECT progress FROM progress_entry"), "the unreported entry stays");
        assertEquals(1, a.identity().ackedSeq());

        ReportExporter.Exported report2 = new ReportExporter(a, CLOCK).export(out);
        assertEquals(1, report2.entries(), "only what was not yet acknowledged");
        assertEquals(0, report2.requests());
        assertThrows(ExchangeException.class, () -> new PackageOpener(CLOCK).open(pkg2.resolveSibling(
                Files.list(out).filter(p -> p.toString().endsWith("-1.plpkg")).findFirst().orElseThrow().getFileName()), a),
                "an older package is refused");
        a.close();
    }

    @Test
    void aDepartmentWritingAfterADecisionItHadNotSeenNeedsTheManagersAttention() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        long masterTask = task(master, "5.3.6");
        master.progress(CLOCK).setStatus(ItemKey.task(masterTask), TaskStatus.SUSPENDED, TODAY, "等待上级政策");
        entry(a, task(a, "5.3.6"), leadA, "继续推进", List.of());    // the department's 推进中 crosses the suspension

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(new ReportExporter(a, CLOCK).export(out).file()));
        List<ReportImport.Attention> attention = merged.files().get(0).attention();
        assertEquals(1, attention.size());
        assertEquals("5.3.6", attention.get(0).code());
        assertTrue(ZH.format(attention.get(0).reason()).contains("暂缓"), ZH.format(attention.get(0).reason()));
        assertEquals(2, count(master, "SELECT count(*) FROM status_event WHERE task_id = " + masterTask), "both stay on record");
        assertEquals(1, new Attentions(master).open(0).size());

        master.progress(CLOCK).setStatus(ItemKey.task(masterTask), TaskStatus.SUSPENDED, TODAY, "仍暂缓");
        assertEquals(0, new Attentions(master).open(0).size(), "a newer decision settles it");
        a.close();
    }

    @Test
    void overlappingReportsInOrderAddOnlyWhatIsNew() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        entry(a, task(a, "5.3.6"), leadA, "一月", List.of());
        Path first = new ReportExporter(a, CLOCK).export(out).file();
        entry(a, task(a, "5.3.6"), leadA, "二月", List.of());
        Path second = new ReportExporter(a, CLOCK).export(out).file();

        ReportImport one = new ReportImporter(master, CLOCK).merge(List.of(first));
        assertEquals(2, one.fresh(), "the entry and the 推进中 it started");
        ReportImport two = new ReportImporter(master, CLOCK).merge(List.of(second));
        assertEquals(1, two.fresh(), "only the second month is new");
        assertEquals(2, two.known());
        assertEquals(List.of("一月", "二月"), strings(master, "SELECT progress FROM progress_entry ORDER BY id"));
        a.close();
    }

    @Test
    void theSameDepartmentsReportsTogetherPreviewWhatTheyMerge() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        entry(a, task(a, "5.3.6"), leadA, "一月", List.of());
        Path first = new ReportExporter(a, CLOCK).export(out).file();
        entry(a, task(a, "5.3.6"), leadA, "二月", List.of());
        Path second = new ReportExporter(a, CLOCK).export(out).file();
        a.close();

        String before = fingerprint(master);
        ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(second, first, first));
        assertEquals(before, fingerprint(master), "a preview writes nothing");
        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(second, first, first));
        assertEquals(merged.files().stream().map(ReportImport.FileOutcome::verdict).toList(),
                preview.files().stream().map(ReportImport.FileOutcome::verdict).toList());
        assertEquals(List.of(ReportImport.Verdict.MERGED, ReportImport.Verdict.NOTHING_NEW, ReportImport.Verdict.MERGED),
                merged.files().stream().map(ReportImport.FileOutcome::verdict).toList(),
                "the first report, the same again, then what the second adds");
        assertEquals(merged.fresh(), preview.fresh(), "the second report's copy of the first is known in the preview too");
        assertEquals(merged.known(), preview.known());
        assertEquals(3, merged.fresh(), "two entries and the 推进中 the first started");
    }

    @Test
    void aReportGoesIntoAFolderThatDoesNotExistYet() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        Path file = new ReportExporter(a, CLOCK).export(dir.resolve("报告")).file();
        assertEquals(dir.resolve("报告"), file.getParent());
        assertTrue(file.getFileName().toString().endsWith(FileNames.REPORT_EXTENSION));
        a.close();
    }

    @Test
    void reportsMergedOutOfOrderKeepTheUnionAndRefuseTheReplay() {
        Ledger a = openDepartment(issue(leadA), "a.planledger");
        entry(a, task(a, "5.3.6"), leadA, "一月", List.of());
        Path first = new ReportExporter(a, CLOCK).export(out).file();
        entry(a, task(a, "5.3.6"), leadA, "二月", List.of());
        Path second = new ReportExporter(a, CLOCK).export(out).file();
        assertFalse(first.equals(second));

        new ReportImporter(master, CLOCK).merge(List.of(second));
        assertEquals(2, count(master, "SELECT count(*) FROM progress_entry"), "the later report holds both");
        String before = fingerprint(master);
        ReportImport replay = new ReportImporter(master, CLOCK).merge(List.of(first));
        assertEquals(ReportImport.Verdict.REFUSED, replay.files().get(0).verdict());
        assertTrue(ZH.format(replay.files().get(0).problem()).contains("重放"));
        assertEquals(before, fingerprint(master));
        assertNull(replay.files().get(0).attention().isEmpty() ? null : "x");
        a.close();
    }
}
