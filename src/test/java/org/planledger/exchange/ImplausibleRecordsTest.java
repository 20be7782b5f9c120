package org.planledger.exchange;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.Ledger;

/**
 * Issue 16, item 4: a report sealed with the department's own key whose records no department
 * could honestly write — dates before the plan or in the future, periods that are no month or
 * quarter, a deadline pushed to 9999, one id for two different records, another department's id.
 * Each such record is refused with its reason, as typed input would be; the honest one merges.
 */
@BothBackends
class ImplausibleRecordsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private static List<Path> spools() throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("planledger-evidence-")).sorted().toList();
        }
    }

    private static ObjectNode copy(ObjectNode first, String progress) {
        return first.deepCopy().put("uid", UUID.randomUUID().toString()).put("progress", progress);
    }

    @Test
    void eachImplausibleRecordIsRefusedWithItsReasonAndTheHonestOneMerges() throws IOException {
        FuzzKit.Templates t = FuzzKit.templates(backend);
        try (Ledger master = t.master(dir, "master.planledger").open()) {
            // another department's entry, already in the manager's ledger
            long otherTask = ExchangeFixture.id(master, "SELECT task_id FROM task_assignment WHERE department_id <> "
                    + t.departmentId() + " ORDER BY task_id, department_id LIMIT 1");
            long other = ExchangeFixture.id(master, "SELECT department_id FROM task_assignment WHERE department_id <> "
                    + t.departmentId() + " ORDER BY task_id, department_id LIMIT 1");
            long otherEntry = ExchangeFixture.entry(master, otherTask, other, "其他部门的进展", List.of());
            String otherUid = ExchangeFixture.strings(master, "SELECT uid FROM progress_entry WHERE id = " + otherEntry).get(0);

            Map<String, byte[]> parts = ExchangeFixture.parts(t.report());
            ObjectNode records = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.RECORDS));
            ArrayNode entries = (ArrayNode) records.get("entries");
            ObjectNode first = (ObjectNode) entries.get(0);
            long task = first.get("taskId").asLong();
            entries.add(copy(first, "坏记录：公元1年").put("periodKind", "MONTH").put("periodStart", "0001-01-01")
                    .put("periodEnd", "0001-01-31").put("writtenOn", "0001-01-01"));
            entries.add(copy(first, "坏记录：规划之前").put("periodKind", "MONTH").put("periodStart", "2019-06-01")
                    .put("periodEnd", "2019-06-30").put("writtenOn", "2019-06-30"));
            entries.add(copy(first, "坏记录：2099年记录").put("recordedAt", "2099-01-01T00:00:00Z"));
            entries.add(copy(first, "坏记录：十一个月的月").put("periodKind", "MONTH").put("periodStart", "2026-01-01")
                    .put("periodEnd", "2026-11-30"));
            entries.add(copy(first, "坏记录：五天的季度").put("periodKind", "QUARTER").put("periodStart", "2026-10-01")
                    .put("periodEnd", "2026-10-05"));
            entries.add(first.deepCopy().put("progress", "坏记录：同一编号不同内容"));
            entries.add(first.deepCopy());
            entries.add(copy(first, "坏记录：其他部门的编号").put("uid", otherUid));
            records.withArray("events").addObject().put("uid", UUID.randomUUID().toString()).put("taskId", task)
                    .putNull("milestoneId").put("status", "IN_PROGRESS").put("effectiveOn", "2019-01-01").put("reason", "")
                    .put("departmentId", t.departmentId()).put("byManager", false).put("recordedAt", first.get("recordedAt").asText());
            records.withArray("extensionRequests").addObject().put("uid", UUID.randomUUID().toString()).put("taskId", task)
                    .putNull("milestoneId").put("departmentId", t.departmentId()).put("requestedOn", TODAY.toString())
                    .put("oldDue", "2025-12-31").put("newDue", "9999-12-31").put("reason", "工期调整")
                    .put("recordedAt", first.get("recordedAt").asText());
            parts.put(SealedFile.RECORDS, SealedFile.JSON.writeValueAsBytes(records));
            Path report = dir.resolve("implausible.plrpt");
            SealedFile.write(report, parts, t.key());

            List<Path> spoolsBefore = spools();
            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(spoolsBefore, spools(), "the evidence kept on disk while the report was checked is deleted");
            assertEquals(ReportImport.Verdict.MERGED, f.verdict(), () -> String.valueOf(f.problem()));
            List<String> keys = f.refused().stream().map(r -> r.reason().key()).sorted().toList();
            assertEquals(List.of("exchange.refused.beforePlan", "exchange.refused.beforePlan", "exchange.refused.beforePlan",
                    "exchange.refused.extensionTooLate", "exchange.refused.notAPeriod", "exchange.refused.notAPeriod",
                    "exchange.refused.recordedInFuture", "exchange.refused.uidOfOtherDepartment", "exchange.refused.uidTwice"),
                    keys, () -> f.refused().stream().map(r -> FuzzKit.ZH.format(r.reason())).toList().toString());
            f.refused().forEach(r -> FuzzKit.assertWorded(r.reason()));
            String said = FuzzKit.ZH.format(f.refused().stream().filter(r -> r.reason().key().endsWith("extensionTooLate"))
                    .findFirst().orElseThrow().reason());
            assertTrue(said.contains("9999年12月31日"), said);

            assertEquals(List.of("本月完成摸底"), ExchangeFixture.strings(master,
                    "SELECT progress FROM progress_entry WHERE department_id = " + t.departmentId()), "the honest entry merged");
            assertEquals(0, ExchangeFixture.count(master, "SELECT count(*) FROM extension_request"));
            assertEquals(0, ExchangeFixture.count(master, "SELECT count(*) FROM status_event WHERE effective_on < '2020-01-01'"));
            assertEquals(List.of("其他部门的进展"), ExchangeFixture.strings(master,
                    "SELECT progress FROM progress_entry WHERE uid = '" + otherUid + "'"), "the other department's entry stays");
        }
    }
}
