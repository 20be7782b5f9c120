package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;
import static org.planledger.exchange.ExchangeFixture.entry;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.notice.NoticeChaser;
import org.planledger.notice.RegisterState;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestClock;

/**
 * A month of the register through the offline exchange, the manager's ledger on either database:
 * the office issues a 督办单 to two departments; each package carries the one addressed to its
 * department; one department signs for it in its own ledger and reports, and its report brings the
 * 签收 and the answer; the other does not report and is chased (催办). A receipt never overwrites
 * a date the office recorded, and one for an unknown number or another department's document is
 * refused in words.
 */
@BothBackends
class NoticeCycleTest {

    private static final Messages ZH = Messages.chinese();
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 27);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger master;
    private Path out;
    private long deptA;
    private long deptB;
    private String taskB;

    @BeforeEach
    void setUp() throws Exception {
        master = ExchangeFixture.master(backend, dir, "master.planledger").open();
        out = Files.createDirectories(dir.resolve("out"));
        deptA = lead(master, "5.3.6");
        deptB = ExchangeFixture.busiestOtherLead(master, deptA);
        taskB = ExchangeFixture.firstLedBy(master, deptB);
    }

    @AfterEach
    void close() {
        master.close();
    }

    private String issueNotice(int serial, long department, String code) {
        return master.notices(CLOCK).issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督", 2026,
                serial, ISSUED, department, DUE, null, List.of(new NewNotice.Item(ItemKey.task(task(master, code)), Light.RED,
                "已逾期")))), () -> { }).get(0).number();
    }

    private Ledger openDepartment(long department, String name) {
        Path pkg = new PackageExporter(master, CLOCK).export(List.of(department), out).get(0).file();
        Path file = dir.resolve(name);
        new PackageOpener(CLOCK).openInto(pkg, file);
        return Ledger.open(file, TestClock.get());
    }

    private Notice registered(String number) {
        return master.notices(CLOCK).byNumber(number).orElseThrow();
    }

    private static Map<String, ReportImport.Receipt> receipts(ReportImport r) {
        return r.files().stream().flatMap(f -> f.receipts().stream())
                .collect(Collectors.toMap(ReportImport.Receipt::number, x -> x, (x, y) -> y));
    }

    @Test
    void issueThenReceiptAndAnswerByReportThenChaseTheDepartmentThatDidNotReport() throws Exception {
        String toA = issueNotice(1, deptA, "5.3.6");
        String toB = issueNotice(2, deptB, taskB);

        // each package carries the document addressed to its department, with its items and deadline
        try (Ledger a = openDepartment(deptA, "a.planledger")) {
            List<Notice> held = a.notices(CLOCK).all();
            assertEquals(List.of(toA), held.stream().map(Notice::number).toList(), "A's own 督办单 only");
            assertEquals(DUE, held.get(0).feedbackDue());
            assertEquals(ISSUED, held.get(0).issuedOn());
            assertEquals(List.of("5.3.6"), held.get(0).items().stream().map(Notice.Item::code).toList());

            // the department signs for it in its own ledger; another's document is not there to sign
            StoreException other = assertThrows(StoreException.class,
                    () -> a.notices(CLOCK).recordReceipt(toB, LocalDate.of(2026, 11, 21)));
            assertTrue(ZH.format(other.problem()).contains("没有文号为“" + toB + "”"), ZH.format(other.problem()));
            a.notices(CLOCK).recordReceipt(toA, LocalDate.of(2026, 11, 21));
            entry(a, task(a, "5.3.6"), deptA, "按督办要求完成源头替代", List.of());
            ReportExporter.Exported report = new ReportExporter(a, CLOCK).export(out);
            assertEquals(1, report.receipts());

            ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(report.file()));
            ReportImport.Receipt listed = receipts(preview).get(toA);
            assertEquals(ReportImport.ReceiptVerdict.RECORDED, listed.verdict(), "the dry run lists it");
            assertEquals(LocalDate.of(2026, 11, 21), listed.registered());
            assertNull(registered(toA).signedOn(), "and records nothing");

            ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report.file()));
            assertEquals(1, merged.receiptsRecorded());
        }
        Notice answered = registered(toA);
        assertEquals(LocalDate.of(2026, 11, 21), answered.signedOn(), "签收 arrived with the report");
        assertEquals(TODAY, answered.feedbackOn(), "and the report's entry answered it");
        assertEquals(RegisterState.ANSWERED, RegisterState.of(answered, TODAY));

        // B did not report: its 督办单 is overdue, and it alone is chased
        assertEquals(RegisterState.OVERDUE, RegisterState.of(registered(toB), TODAY));
        assertEquals(List.of(toB), NoticeChaser.due(master.notices(CLOCK).all(), TODAY).stream().map(Notice::number).toList());
        Path letters = Files.createDirectories(dir.resolve("催办"));
        NoticeChaser chaser = new NoticeChaser(master, CLOCK, ZH, InstalledFonts.system());
        NoticeChaser.Chased chased = chaser.chase(chaser.prepare(TODAY), letters);
        assertEquals(1, chased.notices().size());
        assertEquals(toB, chased.notices().get(0).refersTo());
        assertEquals(deptB, chased.notices().get(0).departmentId());
        assertTrue(Files.exists(chased.files().get(0)));
    }

    @Test
    void aReceiptNeverOverwritesTheOfficesDateAndOneForAnUnknownOrAnothersDocumentIsRefusedInWords() throws Exception {
        String toA = issueNotice(1, deptA, "5.3.6");
        String toB = issueNotice(2, deptB, taskB);
        try (Ledger b = openDepartment(deptB, "b.planledger")) {
            // the office records B's 签收 itself; B's ledger, from the earlier package, records another day
            master.notices(CLOCK).recordReceipt(toB, LocalDate.of(2026, 11, 23));
            b.notices(CLOCK).recordReceipt(toB, LocalDate.of(2026, 11, 24));
            // a report altered to carry receipts for documents that are not B's (as a damaged or forged ledger would)
            b.inTransaction(c -> {
                Sql.update(c, "INSERT INTO notice (number, prefix, year, serial, kind, department_id, issued_on, signed_on, "
                        + "recorded_at) VALUES (?, '天桥环督', 2026, 2, 'SUPERVISION', ?, '2026-11-20', '2026-11-22', 'x')", toA, deptB);
                return Sql.update(c, "INSERT INTO notice (number, prefix, year, serial, kind, department_id, issued_on, signed_on, "
                        + "recorded_at) VALUES ('天桥环督〔2026〕99号', '天桥环督', 2026, 99, 'SUPERVISION', ?, '2026-11-20', "
                        + "'2026-11-22', 'x')", deptB);
            });
            ReportExporter.Exported report = new ReportExporter(b, CLOCK).export(out);
            assertEquals(3, report.receipts());

            ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report.file()));
            assertEquals(ReportImport.Verdict.MERGED, merged.files().get(0).verdict(), "the rest of the report merges");
            Map<String, ReportImport.Receipt> r = receipts(merged);
            assertEquals(ReportImport.ReceiptVerdict.KEPT, r.get(toB).verdict());
            assertEquals(LocalDate.of(2026, 11, 23), r.get(toB).registered());
            assertEquals(ReportImport.ReceiptVerdict.REFUSED, r.get(toA).verdict());
            assertTrue(ZH.format(r.get(toA).reason()).contains(toA + " 不是发给该部门的文书"), ZH.format(r.get(toA).reason()));
            ReportImport.Receipt unknown = r.get("天桥环督〔2026〕99号");
            assertEquals(ReportImport.ReceiptVerdict.REFUSED, unknown.verdict());
            assertTrue(ZH.format(unknown.reason()).contains("没有文号为“天桥环督〔2026〕99号”"), ZH.format(unknown.reason()));
            assertEquals(0, merged.receiptsRecorded());
        }
        assertEquals(LocalDate.of(2026, 11, 23), registered(toB).signedOn(), "the office's date stays");
        assertNull(registered(toA).signedOn(), "A's document is not signed by B's report");
    }

    @Test
    void aRefreshedPackageKeepsTheDepartmentsUnreportedReceiptAndBringsTheOfficesAnswer() throws Exception {
        String toA = issueNotice(1, deptA, "5.3.6");
        Path file;
        try (Ledger a = openDepartment(deptA, "a.planledger")) {
            a.notices(CLOCK).recordReceipt(toA, LocalDate.of(2026, 11, 22));
            file = dir.resolve("a.planledger");
        }
        master.notices(CLOCK).close(toA, LocalDate.of(2026, 11, 28));
        Path pkg = new PackageExporter(master, CLOCK).export(List.of(deptA), out).get(0).file();
        new PackageOpener(CLOCK).openInto(pkg, file);
        try (Ledger a = Ledger.open(file, TestClock.get())) {
            Notice n = a.notices(CLOCK).byNumber(toA).orElseThrow();
            assertEquals(LocalDate.of(2026, 11, 22), n.signedOn(), "not yet reported: kept");
            assertEquals(LocalDate.of(2026, 11, 28), n.closedOn(), "the office's 办结 arrives");
        }
    }
}
