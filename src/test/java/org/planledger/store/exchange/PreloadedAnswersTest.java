package org.planledger.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.exchange.LedgerSnapshot.RecordKind;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;

/**
 * Issue 18: the merge rules' questions about a report are answered from rows read in bulk
 * ({@link ExchangeStore#expect}) — and every answer is the one the ledger gives asked one record at
 * a time: for a report on every task a department holds and on tasks, milestones, indicators and
 * record ids it has no business with, before anything is written, after the report is written in
 * the same transaction, and after a file's part is undone.
 */
@BothBackends
class PreloadedAnswersTest {

    private static final String AT = "2026-11-20T08:00:00Z";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    /** What the test wrote beforehand, and the report it asks about. */
    private record Setup(long department, long other, Records report, Records writable, Records undone, List<String> uids,
                         List<Long> tasks, List<Long> milestones, List<Long> indicators) {
    }

    @Test
    void everyAnswerReadInBulkIsTheAnswerAskedAlone() {
        try (Ledger ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "master").open()) {
            Setup s = setUp(ledger);
            assertTrue(s.tasks().size() > 20, "the report touches many tasks: " + s.tasks().size());

            List<String> alone = ExchangeStore.read(ledger, store -> answers(store, s));
            List<String> bulk = ExchangeStore.read(ledger, store -> {
                store.expect(s.department(), s.report());
                return answers(store, s);
            });
            assertSame(alone, bulk);
            // the preloaded answers are the ledger's: some records are known, some held, some refused
            assertTrue(alone.stream().anyMatch(a -> a.startsWith("owner ENTRY") && a.endsWith("=" + s.department())), "mine");
            assertTrue(alone.stream().anyMatch(a -> a.startsWith("owner ENTRY") && a.endsWith("=" + s.other())), "other's");
            assertTrue(alone.stream().anyMatch(a -> a.startsWith("holds") && a.endsWith("=true")), "held");
            assertTrue(alone.stream().anyMatch(a -> a.startsWith("holds") && a.endsWith("=false")), "not held");
            assertTrue(alone.stream().anyMatch(a -> a.startsWith("pending") && a.endsWith("=true")), "pending");
            assertTrue(alone.stream().anyMatch(a -> a.startsWith("superseded") && a.endsWith("=true")), "superseded");

            // written in the same transaction: what the records changed is asked again
            List<String> afterWrite = ExchangeStore.change(ledger, store -> {
                store.expect(s.department(), s.report());
                long batch = store.recordBatch("REPORT_IN", s.department(), 1, "digest-1", "report.plrpt", AT);
                store.write(s.writable(), Map.of(), batch);
                return answers(store, s);
            });
            List<String> afterAlone = ExchangeStore.read(ledger, store -> answers(store, s));
            assertSame(afterAlone, afterWrite);
            assertTrue(!afterAlone.equals(alone), "the write changed answers (owners, statuses)");

            // a file's part undone: nothing read while it ran is kept
            List<String> afterUndo = ExchangeStore.change(ledger, store -> {
                try {
                    store.alone(() -> {
                        // an entry written, then read in bulk, then undone with the file's part
                        store.write(s.undone(), Map.of(), store.recordBatch("REPORT_IN", s.department(), 2, "digest-2",
                                "again.plrpt", AT));
                        store.expect(s.department(), s.report());
                        assertEquals(s.department(), store.ownerOf(RecordKind.ENTRY, s.undone().entries().get(0).uid()));
                        throw new IllegalStateException("undone");
                    });
                } catch (IllegalStateException expected) {
                    // the part is undone, the transaction goes on
                }
                return answers(store, s);
            });
            assertSame(afterAlone, afterUndo);
        }
    }

    /**
     * A report's entries are written in one batch of statements; one the ledger's own checks refuse
     * (here a period kind no table takes) fails the write as it fails alone, in the same words, and
     * none of the batch is kept.
     */
    @Test
    void anEntryTheLedgerRefusesFailsTheBatchAsItFailsAlone() {
        try (Ledger ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "refused").open()) {
            long department = number(ledger, "SELECT min(department_id) FROM task_assignment");
            List<Long> held = numbers(ledger, "SELECT task_id FROM task_assignment WHERE department_id = " + department
                    + " ORDER BY task_id");
            Records.Entry bad = new Records.Entry(uid(), held.get(0), null, department, "WEEK", "2026-10-01", "2026-10-07",
                    "2026-11-05", "一周进展", "", "", 40, null, AT);
            Records alone = Records.empty();
            alone.entries().add(bad);
            Records batch = Records.empty();
            batch.entries().add(entry(uid(), held.get(0), null, department, null));
            batch.entries().add(bad);
            batch.entries().add(entry(uid(), held.get(1), null, department, null));
            long entriesBefore = number(ledger, "SELECT count(*) FROM progress_entry");

            String failsAlone = failure(ledger, department, alone);
            String failsInBatch = failure(ledger, department, batch);
            assertTrue(failsAlone.contains("period_kind") || failsAlone.toLowerCase(java.util.Locale.ROOT).contains("check"),
                    failsAlone);
            // the id the database gave the row it tried differs between the two tries; the words do not
            assertEquals(failsAlone.replaceAll("contains \\([0-9]+,", "contains (#,"),
                    failsInBatch.replaceAll("contains \\([0-9]+,", "contains (#,"));
            assertEquals(entriesBefore, number(ledger, "SELECT count(*) FROM progress_entry"), "nothing of the batch kept");
        }
    }

    /** How writing the records fails, in one file's part of a transaction as a merge writes it. */
    private static String failure(Ledger ledger, long department, Records records) {
        try {
            ExchangeStore.change(ledger, store -> store.alone(() -> store.write(records, Map.of(),
                    store.recordBatch("REPORT_IN", department, 1, uid(), "report.plrpt", AT))));
        } catch (RuntimeException e) {
            Throwable t = e instanceof ExchangeStore.NotWritable || e.getCause() == null ? e : e.getCause();
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        throw new AssertionError("the write did not fail");
    }

    /** The same answers, or the first that differ, side by side. */
    private static void assertSame(List<String> alone, List<String> bulk) {
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < Math.max(alone.size(), bulk.size()) && differ.size() < 10; i++) {
            String a = i < alone.size() ? alone.get(i) : "-";
            String b = i < bulk.size() ? bulk.get(i) : "-";
            if (!a.equals(b)) {
                differ.add(a + "  <>  " + b);
            }
        }
        assertEquals(List.of(), differ, "asked alone <> read in bulk");
    }

    /** Every question the rules and the import's item list ask about the report's records. */
    private static List<String> answers(ExchangeStore store, Setup s) {
        List<String> out = new ArrayList<>();
        for (String uid : s.uids()) {
            for (RecordKind kind : RecordKind.values()) {
                out.add("owner " + kind + " " + uid + "=" + store.ownerOf(kind, uid));
            }
            out.add("entryTask " + uid + "=" + store.entryTask(uid, s.department()) + "/" + store.entryTask(uid, s.other()));
            out.add("superseded " + uid + "=" + store.superseded(uid));
        }
        for (long task : s.tasks()) {
            out.add("task " + task + "=" + store.taskCode(task) + "|" + store.taskTitle(task) + "|" + store.taskStatus(task)
                    + "|" + store.planSpan(task) + "|" + store.lead(task, null));
            out.add("holds " + task + "/" + s.department() + "=" + store.holds(task, s.department()));
            out.add("holds " + task + "/" + s.other() + "=" + store.holds(task, s.other()));
            out.add("pending " + task + "=" + store.extensionPending(task, null));
            for (long m : s.milestones()) {
                out.add("lead " + task + "/" + m + "=" + store.lead(task, m));
                out.add("pending " + task + "/" + m + "=" + store.extensionPending(task, m));
            }
        }
        for (long m : s.milestones()) {
            out.add("milestone " + m + "=" + store.milestoneTask(m) + "|" + store.milestoneOrdinal(m));
        }
        for (long i : s.indicators()) {
            out.add("indicator " + i + "=" + store.indicatorName(i) + "|" + store.indicatorOwner(i));
        }
        return out;
    }

    private static Setup setUp(Ledger ledger) {
        long department = number(ledger, "SELECT department_id FROM task_assignment GROUP BY department_id "
                + "ORDER BY count(*) DESC, department_id LIMIT 1");
        long other = number(ledger, "SELECT department_id FROM task_assignment WHERE department_id <> " + department
                + " ORDER BY department_id LIMIT 1");
        List<Long> held = numbers(ledger, "SELECT task_id FROM task_assignment WHERE department_id = " + department
                + " ORDER BY task_id");
        List<Long> notHeld = numbers(ledger, "SELECT id FROM task WHERE id NOT IN (SELECT task_id FROM task_assignment "
                + "WHERE department_id = " + department + ") ORDER BY id LIMIT 5");
        // a milestone the department leads on a task it is not assigned: held through the milestone
        long milestoneTask = number(ledger, "SELECT min(task_id) FROM milestone WHERE task_id NOT IN (SELECT task_id "
                + "FROM task_assignment WHERE department_id = " + department + ")");
        long ledMilestone = number(ledger, "SELECT min(id) FROM milestone WHERE task_id = " + milestoneTask);
        long foreignMilestone = number(ledger, "SELECT min(id) FROM milestone WHERE task_id <> " + milestoneTask);
        long indicator = number(ledger, "SELECT min(id) FROM indicator");
        ledger.inTransaction(c -> {
            Sql.update(c, "INSERT INTO milestone_lead (milestone_id, department_id) VALUES (?, ?) ON CONFLICT (milestone_id) "
                    + "DO UPDATE SET department_id = excluded.department_id", ledMilestone, department);
            Sql.update(c, "UPDATE indicator_profile SET department_id = ? WHERE indicator_id = ?", department, indicator);
            return null;
        });

        // on record already: the department's entry, corrected once; another department's entry; a pending request
        String mine = uid();
        String correction = uid();
        String others = uid();
        Records before = Records.empty();
        before.entries().add(entry(mine, held.get(0), null, department, null));
        before.entries().add(entry(correction, held.get(0), null, department, mine));
        long othersTask = number(ledger, "SELECT min(task_id) FROM task_assignment WHERE department_id = " + other);
        before.entries().add(entry(others, othersTask, null, other, null));
        before.extensionRequests().add(new Records.ExtensionRequest(uid(), held.get(1), null, department, "2026-11-01",
                "2026-12-31", "2027-06-30", "工期调整", AT));
        before.extensionRequests().add(new Records.ExtensionRequest(uid(), milestoneTask, ledMilestone, department,
                "2026-11-01", "2026-12-31", "2027-06-30", "工期调整", AT));
        ExchangeStore.change(ledger, store -> store.write(before, Map.of(),
                store.recordBatch("REPORT_IN", department, 1, "before", "before.plrpt", AT)));

        Records report = Records.empty();
        Records writable = Records.empty();
        List<String> uids = new ArrayList<>(List.of(mine, correction, others));
        for (long task : held) {
            Records.Entry e = entry(uid(), task, null, department, null);
            report.entries().add(e);
            writable.entries().add(e);
            uids.add(e.uid());
        }
        Records.Entry onMilestone = entry(uid(), milestoneTask, ledMilestone, department, null);
        report.entries().add(onMilestone);
        writable.entries().add(onMilestone);
        Records.Entry corrects = entry(uid(), held.get(0), null, department, correction);
        report.entries().add(corrects);
        writable.entries().add(corrects);
        report.entries().add(entry(uid(), held.get(2), null, department, mine));
        report.entries().add(entry(uid(), notHeld.get(1), foreignMilestone, department, "no-such-entry"));
        report.entries().add(entry(mine, held.get(0), null, department, null));
        report.entries().add(entry(others, othersTask, null, department, null));
        report.entries().add(entry(uid(), 987654321L, null, department, null));
        String event = uid();
        report.events().add(new Records.Event(event, held.get(3), null, "IN_PROGRESS", "2026-11-01", "", department, false, AT));
        writable.events().add(report.events().get(0));
        report.evidence().add(new Records.Evidence(uid(), onMilestone.uid(), null, "a.pdf", 1, "00"));
        report.evidence().add(new Records.Evidence(uid(), null, event, "b.pdf", 1, "00"));
        report.extensionRequests().add(new Records.ExtensionRequest(uid(), held.get(1), null, department, "2026-11-02",
                "2026-12-31", "2027-03-31", "再次申请", AT));
        Records.ExtensionRequest fresh = new Records.ExtensionRequest(uid(), held.get(4), null, department, "2026-11-02",
                "2026-12-31", "2027-03-31", "工期调整", AT);
        report.extensionRequests().add(fresh);
        writable.extensionRequests().add(fresh);
        report.indicatorValues().add(new Records.IndicatorValue(uid(), indicator, 2026, "12.5", "2026-11-01", "", "",
                department, AT));
        report.indicatorValues().add(new Records.IndicatorValue(uid(), 987654321L, 2026, "1", "2026-11-01", "", "",
                department, AT));
        Records undone = Records.empty();
        undone.entries().add(entry(uid(), held.get(5), null, department, null));
        report.entries().add(undone.entries().get(0));
        report.entries().forEach(e -> uids.add(e.uid()));
        report.extensionRequests().forEach(e -> uids.add(e.uid()));
        report.indicatorValues().forEach(e -> uids.add(e.uid()));
        report.evidence().forEach(e -> uids.add(e.uid()));
        uids.add(event);

        List<Long> tasks = new ArrayList<>(held);
        tasks.addAll(notHeld);
        tasks.add(milestoneTask);
        tasks.add(othersTask);
        tasks.add(987654321L);
        List<Long> milestones = List.of(ledMilestone, foreignMilestone, 987654321L);
        return new Setup(department, other, report, writable, undone, List.copyOf(new java.util.LinkedHashSet<>(uids)),
                tasks, milestones, List.of(indicator, 987654321L));
    }

    private static Records.Entry entry(String uid, long task, Long milestone, long department, String supersedes) {
        return new Records.Entry(uid, task, milestone, department, "MONTH", "2026-10-01", "2026-10-31", "2026-11-05",
                "本月进展 " + uid, "", "", 40, supersedes, AT);
    }

    private static String uid() {
        return UUID.randomUUID().toString();
    }

    private static long number(Ledger ledger, String sql) {
        return ledger.read(c -> one(c, sql));
    }

    private static long one(Connection c, String sql) throws SQLException {
        Long v = Sql.nullableLong(c, sql);
        if (v == null) {
            throw new AssertionError("no row: " + sql);
        }
        return v;
    }

    private static List<Long> numbers(Ledger ledger, String sql) {
        return ledger.read(c -> {
            List<Long> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
