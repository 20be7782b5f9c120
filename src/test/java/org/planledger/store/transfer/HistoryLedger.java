package org.planledger.store.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.app.LedgerStartup;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressStore;
import org.planledger.testing.TestClock;

/**
 * A ledger file as a manager's would be after some months: the shipped plan with its registry and
 * division drafts, progress with evidence files and a correction, a close-out accepted with
 * evidence, a light override, an indicator's value and a weight, two documents of the register (a
 * 催办 referring to a 督办单); and one department merged into
 * another made after it (a link to a row with a higher id).
 */
final class HistoryLedger {

    static final LocalDate DAY = TestClock.TODAY;
    static final String ENTRY_TASK_WORDS = "推进深度节水控水";

    private HistoryLedger() {
    }

    static Path create(Path dir) {
        Path file = dir.resolve("manager.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(ledger);
            long plan = ledger.plans().plans().get(0).id();
            ProgressStore progress = ledger.progress(TestClock.get());
            long task = ledger.plans().search(plan, ENTRY_TASK_WORDS, 1).get(0).taskId();
            long lead = progress.taskLights(task, DAY).get(0).item().leadId();
            Path photo = Files.write(dir.resolve("现场照片.jpg"), bytes(300_000));
            Path minutes = Files.writeString(dir.resolve("验收意见.txt"), "验收意见：同意销号");
            ReportingPeriod october = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 10, 1));
            long first = progress.addEntry(new NewEntry(ItemKey.task(task), lead, october, LocalDate.of(2026, 10, 28),
                    "完成节水改造 3 处", "资金未到位", "下月验收", 40, null, List.of(new EvidenceFile(photo))));
            progress.addEntry(new NewEntry(ItemKey.task(task), lead, october, LocalDate.of(2026, 10, 30),
                    "完成节水改造 4 处（更正）", "", "", 45, first, List.of()));
            long other = ledger.plans().search(plan, "黑臭水体", 5).get(0).taskId();
            long otherLead = progress.taskLights(other, DAY).get(0).item().leadId();
            progress.requestCloseOut(ItemKey.task(other), otherLead, DAY, "已完成整治", List.of(new EvidenceFile(minutes)));
            progress.acceptCloseOut(ItemKey.task(other), DAY, "同意");
            progress.overrideLight(ItemKey.task(task), Light.YELLOW, DAY, "资金风险");
            ledger.rollup(TestClock.get()).setWeight(task, 3);
            var indicators = ledger.indicators(TestClock.get());
            long indicator = indicators.indicators(plan, DAY).get(0).id();
            indicators.recordValue(indicator, 2025, "12.5", DAY, "统计公报", "", null);
            // the register: a 督办单, answered and signed for, and a 催办通知书 that refers to it
            var notices = ledger.notices(TestClock.get());
            notices.issue(List.of(new org.planledger.store.notice.NewNotice(org.planledger.model.NoticeKind.SUPERVISION,
                    org.planledger.model.NoticeColour.RED, "天桥环督", 2026, 1, LocalDate.of(2026, 10, 20), lead,
                    LocalDate.of(2026, 10, 27), null, List.of(new org.planledger.store.notice.NewNotice.Item(ItemKey.task(task),
                            Light.RED, "逾期")))), () -> { });
            notices.recordReceipt("天桥环督〔2026〕1号", LocalDate.of(2026, 10, 21));
            notices.recordFeedback("天桥环督〔2026〕1号", first);
            notices.issue(List.of(new org.planledger.store.notice.NewNotice(org.planledger.model.NoticeKind.REMINDER, null,
                    "天桥环督", 2026, 2, LocalDate.of(2026, 10, 28), otherLead, LocalDate.of(2026, 11, 4), "天桥环督〔2026〕1号",
                    List.of(new org.planledger.store.notice.NewNotice.Item(ItemKey.task(other), Light.RED, "未反馈")))), () -> { });
            ledger.inTransaction(c -> Sql.update(c, "UPDATE department SET merged_into = (SELECT max(id) FROM department) "
                    + "WHERE id = (SELECT min(id) FROM department)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Every data table's count and digest, as the product computes them. */
    static List<TableDigest> digests(Ledger ledger, Ledger shapesFrom) {
        return shapesFrom.read(file -> ledger.read(c -> {
            List<TableDigest> all = new ArrayList<>();
            for (TableShape t : LedgerTables.of(file, c, ledger.displayName())) {
                all.add(TableDigest.of(c, t, n -> { }));
            }
            return all;
        }));
    }

    static long count(Ledger ledger, String table) {
        return ledger.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Runs SQL on the team database as its owner, outside the store (what a DBA could do). */
    static void onDatabase(String jdbcUrl, String sql) {
        try (Connection c = org.planledger.testing.TestPostgres.connect(jdbcUrl); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + (i >> 8));
        }
        return b;
    }
}
