package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.planledger.exchange.ExchangeFixture.CLOCK;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.planledger.store.Ledger;

/**
 * Progress reports from hostile or broken sources, previewed and merged into the manager's
 * ledger: random bytes, damaged real reports, broken zips, and reports sealed with the right
 * department key around hostile records (unknown uids, wrong types, missing fields, impossible
 * dates, evidence with a wrong checksum or a hostile name). Each ends in a merge, a worded
 * refusal of the file, or worded refusals of records in the outcome; a dry run never changes
 * the ledger, a refused file changes nothing, and no evidence name stored is a path.
 *
 * <p>Default tries are small for {@code mvn verify}; {@code -Djqwik.tries.default=2000} runs more.
 */
@AddLifecycleHook(FuzzKit.Tries.class)
class ReportHostileInputProperties {

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void randomOrDamagedBytes(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = random.nextInt(4) == 0 ? FuzzKit.randomBytes(random)
                : FuzzKit.mutateBytes(FuzzKit.read(t.report()), random);
        check(dir -> FuzzKit.write(dir, "damaged.plrpt", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void brokenZipStructure(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = FuzzKit.zip(FuzzKit.mutateParts(t.report(), random), random.nextBoolean());
        check(dir -> FuzzKit.write(dir, "broken.plrpt", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(25)
    void sealedWithHostileRecords(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        check(dir -> FuzzKit.resealedHostile(t.report(), t.key(), dir.resolve("hostile.plrpt"), random));
    }

    /**
     * Issue 16: records sealed with the department's own key that no department could honestly
     * write — a date before the plan, a moment after today, a month or quarter of the wrong
     * length, a status effective before the plan, a deadline decades past the plan, a second
     * record under a first one's id. Each is refused with its reason; the honest entry merges.
     */
    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void sealedWithRecordsNoDepartmentCouldWrite(@ForAll Random random) throws java.io.IOException {
        FuzzKit.Templates t = FuzzKit.templates();
        Path dir = FuzzKit.tempDir();
        try (Ledger master = t.master(dir, "master.planledger").open()) {
            java.time.LocalDate planStart = java.time.LocalDate.of((int) ExchangeFixture.id(master,
                    "SELECT min(start_year) FROM plan"), 1, 1);
            java.util.Map<String, byte[]> parts = ExchangeFixture.parts(t.report());
            ObjectNode records = (ObjectNode) SealedFile.JSON.readTree(parts.get(SealedFile.RECORDS));
            ArrayNode entries = (ArrayNode) records.get("entries");
            ObjectNode first = (ObjectNode) entries.get(0);
            String honest = first.get("progress").asText();
            int added = 1 + random.nextInt(4);
            for (int i = 0; i < added; i++) {
                implausible(random, records, first, planStart, t.departmentId(), "不可能的记录" + i);
            }
            parts.put(SealedFile.RECORDS, SealedFile.JSON.writeValueAsBytes(records));
            Path report = dir.resolve("implausible.plrpt");
            SealedFile.write(report, parts, t.key());

            ReportImport.FileOutcome f = new ReportImporter(master, CLOCK).merge(List.of(report)).files().get(0);
            assertEquals(ReportImport.Verdict.MERGED, f.verdict(), () -> String.valueOf(f.problem()));
            assertEquals(added, f.refused().size(), () -> f.refused().stream().map(r -> FuzzKit.ZH.format(r.reason())).toList()
                    + " of " + records);
            f.refused().forEach(r -> {
                FuzzKit.assertWorded(r.reason());
                net.jqwik.api.statistics.Statistics.label("refused").collect(r.reason().key());
            });
            assertEquals(List.of(honest), ExchangeFixture.strings(master,
                    "SELECT progress FROM progress_entry WHERE department_id = " + t.departmentId()), "the honest entry merged");
            assertEquals(0, ExchangeFixture.count(master, "SELECT count(*) FROM extension_request"));
            assertEquals(0, ExchangeFixture.count(master, "SELECT count(*) FROM status_event WHERE effective_on < '"
                    + planStart + "'"));
        } finally {
            FuzzKit.deleteTree(dir);
        }
    }

    private static void implausible(Random r, ObjectNode records, ObjectNode first, java.time.LocalDate planStart,
                                    long department, String progress) {
        ObjectNode e = first.deepCopy().put("uid", java.util.UUID.randomUUID().toString()).put("progress", progress);
        java.time.LocalDate today = ExchangeFixture.TODAY;
        long task = first.get("taskId").asLong();
        switch (r.nextInt(7)) {
            case 0 -> {
                java.time.LocalDate before = planStart.minusDays(1 + r.nextInt(365 * 2100));
                org.planledger.model.ReportingPeriod p = org.planledger.model.ReportingPeriod.containing(
                        org.planledger.model.PeriodKind.MONTH, before);
                e.put("periodKind", "MONTH").put("periodStart", p.start().toString()).put("periodEnd", p.end().toString())
                        .put("writtenOn", before.toString());
            }
            case 1 -> e.put("recordedAt", today.plusDays(2 + r.nextInt(30_000)).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant().toString());
            case 2 -> e.put("periodKind", "MONTH").put("periodStart", "2026-01-01")
                    .put("periodEnd", java.time.LocalDate.of(2026, 1, 1).plusMonths(2 + r.nextInt(10)).minusDays(1).toString());
            case 3 -> e.put("periodKind", "QUARTER").put("periodStart", "2026-07-01")
                    .put("periodEnd", java.time.LocalDate.of(2026, 7, 1).plusDays(r.nextInt(80)).toString());
            case 4 -> e.put("uid", first.get("uid").asText());
            case 5 -> {
                records.withArray("events").addObject().put("uid", java.util.UUID.randomUUID().toString()).put("taskId", task)
                        .putNull("milestoneId").put("status", "IN_PROGRESS")
                        .put("effectiveOn", planStart.minusDays(1 + r.nextInt(365 * 2100)).toString()).put("reason", progress)
                        .put("departmentId", department).put("byManager", false).put("recordedAt", first.get("recordedAt").asText());
                return;
            }
            default -> {
                // one request at a time: a second pending one is refused for that, which says nothing of this rule
                if (records.withArray("extensionRequests").isEmpty()) {
                    records.withArray("extensionRequests").addObject().put("uid", java.util.UUID.randomUUID().toString())
                            .put("taskId", task).putNull("milestoneId").put("departmentId", department)
                            .put("requestedOn", today.toString()).put("oldDue", "2025-12-31")
                            .put("newDue", java.time.LocalDate.of(2036 + r.nextInt(7964), 1 + r.nextInt(12), 1).toString())
                            .put("reason", progress).put("recordedAt", first.get("recordedAt").asText());
                    return;
                }
                e.put("writtenOn", "0001-01-01");
            }
        }
        ((ArrayNode) records.get("entries")).add(e);
    }

    interface Make {
        Path file(Path dir);
    }

    static void check(Make make) {
        FuzzKit.Templates t = FuzzKit.templates();
        Path dir = FuzzKit.tempDir();
        try (Ledger master = t.master(dir, "master.planledger").open()) {
            Path report = make.file(dir);
            String before = FuzzKit.fingerprint(master);
            try {
                ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(report));
                outcome(preview);
            } catch (RuntimeException e) {
                FuzzKit.assertWorded(e);
            }
            assertEquals(before, FuzzKit.fingerprint(master), "a dry run changes nothing");
            try {
                ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report));
                outcome(merged);
                ReportImport.FileOutcome f = merged.files().get(0);
                net.jqwik.api.statistics.Statistics.label("merge").collect(f.verdict() == ReportImport.Verdict.REFUSED
                        ? "file refused: " + f.problem().key()
                        : f.verdict() + (f.refused().isEmpty() ? "" : " with refused records"));
                if (merged.files().get(0).verdict() == ReportImport.Verdict.REFUSED) {
                    assertEquals(before, FuzzKit.fingerprint(master), "a refused file changes nothing");
                }
                FuzzKit.assertEvidenceNamesSafe(master);
            } catch (RuntimeException e) {
                FuzzKit.assertWorded(e);
                net.jqwik.api.statistics.Statistics.label("merge").collect("failed: " + e.getClass().getSimpleName());
                assertEquals(before, FuzzKit.fingerprint(master), "a failed merge changes nothing");
            }
        } finally {
            FuzzKit.deleteTree(dir);
        }
    }

    static void outcome(ReportImport result) {
        assertEquals(1, result.files().size());
        ReportImport.FileOutcome f = result.files().get(0);
        if (f.verdict() == ReportImport.Verdict.REFUSED) {
            FuzzKit.assertWorded(f.problem());
        }
        for (ReportImport.Refusal r : f.refused()) {
            FuzzKit.assertWorded(r.reason());
            FuzzKit.assertWorded(org.planledger.i18n.Text.of(r.kindKey()));
        }
        for (ReportImport.Attention a : f.attention()) {
            FuzzKit.assertWorded(a.reason());
        }
    }
}
