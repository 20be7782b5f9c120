package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.entry;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.ExchangeFixture.task;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.evaluation.OutcomeSource;
import org.planledger.store.evaluation.OutcomeState;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The final evaluation through the offline exchange, the manager's ledger on either database: the
 * package carries the evaluation under way and the outcomes of the department's led items; the
 * liaison gives its outcomes in its own ledger; its next report carries them; the dry run lists
 * them and writes nothing; the merge records them as the department's submissions, which only the
 * manager's confirmation makes final. A confirmed outcome is kept, an item the department does not
 * lead refused in words, the rest of the report merged; an older report merges as before; a
 * closed plan's package makes the department ledger refuse progress.
 */
@BothBackends
class EvaluationReportCycleTest {

    private static final Messages ZH = Messages.chinese();
    private static final LocalDate DONE_ON = LocalDate.of(2025, 6, 30);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger copy;
    private Ledger master;
    private Path out;
    private long deptA;
    private long plan;

    @BeforeEach
    void setUp() throws Exception {
        copy = ExchangeFixture.master(backend, dir, "master.planledger");
        master = copy.open();
        out = Files.createDirectories(dir.resolve("out"));
        deptA = lead(master, "5.3.6");
        plan = master.read(c -> Sql.longOrNull(c, "SELECT plan_id FROM task WHERE code = '5.3.6'"));
    }

    @AfterEach
    void close() {
        master.close();
    }

    private EvaluationStore evaluations(Ledger ledger) {
        return ledger.evaluations(CLOCK);
    }

    /** The manager starts the final evaluation and proposes 未完成 for every item and a verdict for every indicator. */
    private Evaluation startWithProposals() {
        EvaluationStore store = evaluations(master);
        Evaluation e = store.start(plan, EvaluationKind.FINAL, null);
        Map<ItemKey, OutcomeDraft> items = new HashMap<>();
        for (ItemOutcome o : store.outcomes(e.id())) {
            items.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "台账无完成记录"));
        }
        Map<Long, IndicatorDraft> indicators = new HashMap<>();
        for (IndicatorOutcome i : store.indicators(e.id())) {
            indicators.put(i.indicatorId(), new IndicatorDraft(2025, "1", "BINDING".equals(i.attribute())
                    ? IndicatorConclusion.MET : IndicatorConclusion.ON_PACE, ""));
        }
        store.propose(e.id(), items, indicators);
        return e;
    }

    private Path packageFor(long department) {
        return new PackageExporter(master, CLOCK).export(List.of(department), out).get(0).file();
    }

    private Ledger openDepartment(Path file) {
        new PackageOpener(CLOCK).openInto(packageFor(deptA), file);
        return Ledger.open(file, TestClock.get());
    }

    private static ItemOutcome outcome(EvaluationStore store, long evaluationId, String label) {
        return store.outcomes(evaluationId).stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    /** A second task led by department A besides 5.3.6, as the department ledger lists it. */
    private static String anotherLed(List<ItemOutcome> held, long department) {
        return held.stream().filter(o -> !o.key().isMilestone() && Long.valueOf(department).equals(o.leadDepartmentId())
                && !o.label().equals("5.3.6")).findFirst().orElseThrow().label();
    }

    @Test
    void outcomesGivenInTheDepartmentLedgerArriveByReportAsSubmissionsTheManagerConfirms() {
        Evaluation e = startWithProposals();
        String other;
        Path report;
        try (Ledger a = openDepartment(dir.resolve("a.planledger"))) {
            EvaluationStore mine = evaluations(a);
            // the package carries the evaluation under way and the proposals of A's led items
            assertEquals(List.of(e.id()), mine.underWay().stream().map(Evaluation::id).toList());
            assertEquals(EvaluationKind.FINAL, mine.underWay().get(0).kind());
            ItemOutcome proposed = outcome(mine, e.id(), "5.3.6");
            assertEquals(OutcomeState.PROPOSED, proposed.state());
            assertEquals(FinalOutcome.NOT_DONE, proposed.outcome());
            assertEquals("台账无完成记录", proposed.note());
            List<ItemOutcome> held = mine.outcomes(e.id());
            other = anotherLed(held, deptA);

            // the liaison gives two outcomes: the department's word, not confirmed
            ItemOutcome given = mine.set(e.id(), proposed.key(), new OutcomeDraft(FinalOutcome.DONE, DONE_ON, "源头替代全部完成",
                    "削减挥发性有机物排放", "", List.of()));
            assertEquals(OutcomeState.SUBMITTED, given.state());
            assertEquals(OutcomeSource.DEPARTMENT_REPORT, given.source());
            mine.set(e.id(), outcome(mine, e.id(), other).key(), new OutcomeDraft(FinalOutcome.ONGOING, null, "转为常态化监管", "",
                    "", List.of()));
            // an item of the department's ledger it does not lead is refused in words
            held.stream().filter(o -> o.leadDepartmentId() != null && o.leadDepartmentId() != deptA).findFirst().ifPresent(o -> {
                StoreException refused = assertThrows(StoreException.class, () -> mine.set(e.id(), o.key(),
                        OutcomeDraft.of(FinalOutcome.DONE, DONE_ON, "")));
                assertTrue(ZH.format(refused.problem()).contains("不是") && ZH.format(refused.problem()).contains("牵头"),
                        ZH.format(refused.problem()));
            });
            ReportExporter.Exported exported = new ReportExporter(a, CLOCK).export(out);
            assertEquals(2, exported.outcomes());
            report = exported.file();
        }
        assertTrue(ExchangeFixture.parts(report).containsKey(SealedFile.EVALUATION));
        assertTrue(new String(ExchangeFixture.parts(report).get(SealedFile.MANIFEST), StandardCharsets.UTF_8)
                .contains("\"version\":2"), "a report carrying outcomes is format 2");

        // the dry run lists them, item by item, and writes nothing
        String before = copy.digest();
        ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(report));
        List<ReportImport.Outcome> listed = preview.files().get(0).outcomes();
        assertEquals("终期评估：将记录 2 项（待确认）", ZH.format(OutcomeWords.heading(listed, true)));
        assertEquals(List.of("5.3.6：已完成，完成时间 2025年6月30日——将记录为部门填报，待确认"),
                listed.stream().filter(o -> o.label().equals("5.3.6")).map(o -> ZH.format(OutcomeWords.of(o, true))).toList());
        assertEquals(before, copy.digest(), "the dry run writes nothing");

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report));
        assertEquals(2, merged.outcomesRecorded());
        EvaluationStore store = evaluations(master);
        ItemOutcome arrived = outcome(store, e.id(), "5.3.6");
        assertEquals(OutcomeState.SUBMITTED, arrived.state());
        assertEquals(OutcomeSource.DEPARTMENT_REPORT, arrived.source());
        assertEquals(Long.valueOf(deptA), arrived.departmentId());
        assertEquals(FinalOutcome.DONE, arrived.outcome());
        assertEquals(DONE_ON, arrived.doneOn());
        assertEquals("削减挥发性有机物排放", arrived.achievements());
        assertEquals(FinalOutcome.ONGOING, outcome(store, e.id(), other).outcome());

        store.confirm(e.id(), List.of(arrived.key()), List.of(), false);
        assertEquals(OutcomeState.CONFIRMED, outcome(store, e.id(), "5.3.6").state(), "only the manager makes it final");
    }

    @Test
    void aConfirmedOutcomeIsKeptAnItemNotLedIsRefusedInWordsAndTheRestOfTheReportMerges() {
        Evaluation e = startWithProposals();
        Path file = dir.resolve("a.planledger");
        Path report;
        String other;
        try (Ledger a = openDepartment(file)) {
            EvaluationStore mine = evaluations(a);
            other = anotherLed(mine.outcomes(e.id()), deptA);
            // the office confirms 5.3.6 itself after the package went out; the department, not knowing, gives another word
            evaluations(master).set(e.id(), ItemKey.task(task(master, "5.3.6")), OutcomeDraft.of(FinalOutcome.ADJUSTED, null, "调整"));
            mine.set(e.id(), ItemKey.task(task(a, "5.3.6")), OutcomeDraft.of(FinalOutcome.DONE, DONE_ON, ""));
            mine.set(e.id(), ItemKey.task(task(a, other)), OutcomeDraft.of(FinalOutcome.MOSTLY_DONE, null, "基本完成"));
            entry(a, task(a, "5.3.6"), deptA, "评估期间的最后一次进展", List.of());
            report = new ReportExporter(a, CLOCK).export(out).file();
        }
        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report));
        ReportImport.FileOutcome f = merged.files().get(0);
        assertEquals(ReportImport.Verdict.MERGED, f.verdict());
        assertEquals(Integer.valueOf(1), master.read(c -> Sql.count(c, "SELECT count(*) FROM progress_entry "
                + "WHERE progress = '评估期间的最后一次进展'")), "the progress entry merges");
        Map<String, ReportImport.Outcome> byItem = new HashMap<>();
        f.outcomes().forEach(o -> byItem.put(o.label(), o));
        assertEquals(EvaluationStore.Reported.KEPT, byItem.get("5.3.6").verdict());
        assertEquals("5.3.6：督办单位已确认该事项的评估结果，保留已确认的结果，报告中的“已完成”未记录",
                ZH.format(OutcomeWords.of(byItem.get("5.3.6"), false)));
        assertEquals(EvaluationStore.Reported.RECORDED, byItem.get(other).verdict());
        assertEquals(1, merged.outcomesRecorded());
        ItemOutcome kept = outcome(evaluations(master), e.id(), "5.3.6");
        assertEquals(OutcomeState.CONFIRMED, kept.state());
        assertEquals(FinalOutcome.ADJUSTED, kept.outcome(), "the manager's confirmed word is not overwritten");

        // the next package brings the confirmed outcome to the department, replacing its own word
        new PackageOpener(CLOCK).openInto(packageFor(deptA), file);
        try (Ledger a = Ledger.open(file, TestClock.get())) {
            ItemOutcome there = outcome(evaluations(a), e.id(), "5.3.6");
            assertEquals(OutcomeState.CONFIRMED, there.state());
            assertEquals(FinalOutcome.ADJUSTED, there.outcome());
            assertEquals(OutcomeState.SUBMITTED, outcome(evaluations(a), e.id(), other).state(), "its merged word stays");
        }
    }

    @Test
    void aReportedOutcomeForAnItemTheDepartmentDoesNotLeadIsRefusedInWords() throws Exception {
        Evaluation e = startWithProposals();
        long stranger = master.read(c -> Sql.longOrNull(c, "SELECT min(department_id) FROM task_assignment WHERE role = 'LEAD' "
                + "AND department_id <> ?", deptA));
        String foreign = ExchangeFixture.firstLedBy(master, stranger);
        Path report;
        Path pkg = packageFor(deptA);
        new PackageOpener(CLOCK).openInto(pkg, dir.resolve("a.planledger"));
        try (Ledger a = Ledger.open(dir.resolve("a.planledger"), TestClock.get())) {
            EvaluationStore mine = evaluations(a);
            mine.set(e.id(), ItemKey.task(task(a, "5.3.6")), OutcomeDraft.of(FinalOutcome.DONE, DONE_ON, ""));
            report = new ReportExporter(a, CLOCK).export(out).file();
        }
        // the report altered to name another department's task (as a forged file would), sealed again with A's key
        Map<String, byte[]> parts = ExchangeFixture.parts(report);
        String json = new String(parts.get(SealedFile.EVALUATION), StandardCharsets.UTF_8);
        long own = task(master, "5.3.6");
        parts.put(SealedFile.EVALUATION, json.replace("\"taskId\":" + own, "\"taskId\":" + task(master, foreign))
                .replace("\"label\":\"5.3.6\"", "\"label\":\"" + foreign + "\"").getBytes(StandardCharsets.UTF_8));
        String secret = PackageOpener.peek(pkg).secret();
        Path forged = out.resolve("forged.plrep");
        SealedFile.write(forged, parts, java.util.HexFormat.of().parseHex(secret));

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(forged));
        ReportImport.Outcome refused = merged.files().get(0).outcomes().get(0);
        assertTrue(refused.refused());
        assertTrue(ZH.format(OutcomeWords.of(refused, false)).contains("不是 " + foreign + " 的牵头单位"),
                ZH.format(OutcomeWords.of(refused, false)));
        assertEquals(0, merged.outcomesRecorded());
        assertFalse(outcome(evaluations(master), e.id(), foreign).state() == OutcomeState.SUBMITTED);
    }

    /** A department's report saying 5.3.6 was done, and the key its package was sealed with: to forge its parts. */
    private record SealedReport(Path file, byte[] key) {
    }

    private SealedReport reportSaying536Done(Evaluation e) throws Exception {
        Path pkg = packageFor(deptA);
        new PackageOpener(CLOCK).openInto(pkg, dir.resolve("a.planledger"));
        try (Ledger a = Ledger.open(dir.resolve("a.planledger"), TestClock.get())) {
            evaluations(a).set(e.id(), ItemKey.task(task(a, "5.3.6")), OutcomeDraft.of(FinalOutcome.DONE, DONE_ON, ""));
            return new SealedReport(new ReportExporter(a, CLOCK).export(out).file(),
                    java.util.HexFormat.of().parseHex(PackageOpener.peek(pkg).secret()));
        }
    }

    /**
     * A completion day no department could honestly write, sealed with its own key: before the plan
     * began is refused in words like one after today (it was recorded as the department's word).
     */
    @Test
    void aSealedReportsOutcomeDoneBeforeThePlanIsRefusedInWords() throws Exception {
        Evaluation e = startWithProposals();
        SealedReport sealed = reportSaying536Done(e);
        Path report = sealed.file();
        byte[] key = sealed.key();
        Map<String, byte[]> parts = ExchangeFixture.parts(report);
        String json = new String(parts.get(SealedFile.EVALUATION), StandardCharsets.UTF_8);
        for (String day : List.of("2019-01-01", "0001-01-01")) {
            parts.put(SealedFile.EVALUATION, json.replace(DONE_ON.toString(), day).getBytes(StandardCharsets.UTF_8));
            Path forged = out.resolve("done-" + day + ".plrep");
            SealedFile.write(forged, parts, key);
            ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(forged));
            ReportImport.Outcome refused = preview.files().get(0).outcomes().get(0);
            assertTrue(refused.refused(), day);
            assertTrue(ZH.format(OutcomeWords.of(refused, true)).contains("早于规划期开始（2021年1月1日）"),
                    ZH.format(OutcomeWords.of(refused, true)));
        }

        // the report with the day before the plan, merged: the rest of it goes in, the outcome does not
        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(out.resolve("done-2019-01-01.plrep")));
        assertEquals(ReportImport.Verdict.MERGED, merged.files().get(0).verdict(), "the rest of the report merges");
        assertEquals(0, merged.outcomesRecorded());
        assertEquals(FinalOutcome.NOT_DONE, outcome(evaluations(master), e.id(), "5.3.6").outcome());
    }

    /** A list part holding a null ([null]) is refused as unreadable, the ledger unchanged (it was a NullPointerException, "程序内部错误"). */
    @Test
    void aSealedReportWithANullInItsReceiptsOrOutcomesIsRefusedInWords() throws Exception {
        Evaluation e = startWithProposals();
        SealedReport sealed = reportSaying536Done(e);
        Path report = sealed.file();
        byte[] key = sealed.key();
        for (String part : List.of(SealedFile.EVALUATION, SealedFile.RECEIPTS)) {
            Map<String, byte[]> withNull = new java.util.TreeMap<>(ExchangeFixture.parts(report));
            withNull.put(part, "[null]".getBytes(StandardCharsets.UTF_8));
            Path forged = out.resolve("null-" + part + ".plrep");
            SealedFile.write(forged, withNull, key);
            String before = copy.digest();
            ReportImport whole = new ReportImporter(master, CLOCK).merge(List.of(forged));
            assertEquals(ReportImport.Verdict.REFUSED, whole.files().get(0).verdict(), part);
            assertTrue(ZH.format(whole.files().get(0).problem()).contains("“" + part + "”内容无法读取"),
                    ZH.format(whole.files().get(0).problem()));
            assertEquals(before, copy.digest(), "the ledger is as it was");
        }
    }

    /** One report, two different words on one item: the second is refused in words, never silently the one kept. */
    @Test
    void aSecondDifferentOutcomeForOneItemInOneReportIsRefusedInWords() throws Exception {
        Evaluation e = startWithProposals();
        SealedReport sealed = reportSaying536Done(e);
        Path report = sealed.file();
        byte[] key = sealed.key();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, byte[]> parts = new java.util.TreeMap<>(ExchangeFixture.parts(report));
        com.fasterxml.jackson.databind.node.ArrayNode said = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(parts.get(SealedFile.EVALUATION));
        assertEquals(1, said.size(), said::toString);
        com.fasterxml.jackson.databind.node.ObjectNode same = said.get(0).deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode other = said.get(0).deepCopy();
        other.put("outcome", FinalOutcome.NOT_DONE.name());
        other.putNull("doneOn");
        said.add(same);
        said.add(other);
        parts.put(SealedFile.EVALUATION, json.writeValueAsBytes(said));
        Path forged = out.resolve("twice.plrep");
        SealedFile.write(forged, parts, key);

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(forged));

        List<ReportImport.Outcome> outcomes = merged.files().get(0).outcomes();
        assertEquals(2, outcomes.size(), "the same word twice is one word: " + outcomes);
        assertEquals(EvaluationStore.Reported.RECORDED, outcomes.get(0).verdict());
        assertTrue(outcomes.get(1).refused());
        assertTrue(ZH.format(outcomes.get(1).reason()).contains("两个不同的评估结果"), ZH.format(outcomes.get(1).reason()));
        ItemOutcome kept = evaluations(master).outcomes(e.id()).stream()
                .filter(o -> o.key().equals(ItemKey.task(task(master, "5.3.6")))).findFirst().orElseThrow();
        assertEquals(FinalOutcome.DONE, kept.outcome(), "the first word is recorded");
    }

    @Test
    void outcomesForAnEvaluationNoLongerUnderWayAreRefusedInWordsAndTheEntryStillMerges() {
        Evaluation e = startWithProposals();
        Path report;
        try (Ledger a = openDepartment(dir.resolve("a.planledger"))) {
            evaluations(a).set(e.id(), ItemKey.task(task(a, "5.3.6")), OutcomeDraft.of(FinalOutcome.DONE, DONE_ON, ""));
            entry(a, task(a, "5.3.6"), deptA, "评估结束前的进展", List.of());
            report = new ReportExporter(a, CLOCK).export(out).file();
        }
        // meanwhile the office confirmed every outcome and the evaluation: the package's evaluation is over
        EvaluationStore store = evaluations(master);
        store.confirm(e.id(), List.of(), List.of(), true);
        store.confirmEvaluation(e.id());
        String before = copy.digest();
        ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(report));
        ReportImport.Outcome listed = preview.files().get(0).outcomes().get(0);
        assertTrue(listed.refused());
        assertEquals("评估结果未记录：报告中的评估结果属于评估（编号 " + e.id() + "），它不是督办台账中正在进行的评估"
                + "（已确认、已结束或与工作包中的评估不同），未记录。", ZH.format(OutcomeWords.of(listed, true)));
        assertEquals(before, copy.digest(), "the dry run writes nothing");

        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report));
        assertEquals(ReportImport.Verdict.MERGED, merged.files().get(0).verdict());
        assertEquals(0, merged.outcomesRecorded());
        assertEquals(Integer.valueOf(1), master.read(c -> Sql.count(c, "SELECT count(*) FROM progress_entry "
                + "WHERE progress = '评估结束前的进展'")), "the rest of the report merges");
        ItemOutcome kept = outcome(store, e.id(), "5.3.6");
        assertEquals(FinalOutcome.NOT_DONE, kept.outcome(), "the confirmed evaluation is as it was");
    }

    @Test
    void aReportWithoutOutcomesIsWrittenAsBeforeAndMerges() {
        startWithProposals();
        Path report;
        try (Ledger a = openDepartment(dir.resolve("a.planledger"))) {
            entry(a, task(a, "5.3.6"), deptA, "本月按计划推进", List.of());
            report = new ReportExporter(a, CLOCK).export(out).file();
        }
        assertFalse(ExchangeFixture.parts(report).containsKey(SealedFile.EVALUATION));
        assertTrue(new String(ExchangeFixture.parts(report).get(SealedFile.MANIFEST), StandardCharsets.UTF_8)
                .contains("\"version\":1"), "format 1, as an older PlanLedger reads it");
        ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report));
        assertEquals(ReportImport.Verdict.MERGED, merged.files().get(0).verdict());
        assertEquals(Integer.valueOf(1), master.read(c -> Sql.count(c, "SELECT count(*) FROM progress_entry "
                + "WHERE progress = '本月按计划推进'")));
        assertTrue(merged.files().get(0).outcomes().isEmpty());
    }

    @Test
    void aClosedPlansPackageMakesTheDepartmentLedgerRefuseProgressInWords() {
        Evaluation e = startWithProposals();
        EvaluationStore store = evaluations(master);
        store.confirm(e.id(), List.of(), List.of(), true);
        store.confirmEvaluation(e.id());
        store.close(plan);
        Path file = dir.resolve("a.planledger");
        // twice: the second package arrives in a ledger whose plan is closed already
        openDepartment(file).close();
        try (Ledger a = openDepartment(file)) {
            assertTrue(evaluations(a).closure(plan).isPresent(), "the closure came with the package");
            long taskId = task(a, "5.3.6");
            StoreException refused = assertThrows(StoreException.class, () -> entry(a, taskId, deptA, "结束后的进展", List.of()));
            assertTrue(ZH.format(refused.problem()).contains("已终结"), ZH.format(refused.problem()));
            assertEquals(Integer.valueOf(0), a.read(c -> Sql.count(c, "SELECT count(*) FROM progress_entry WHERE progress = '结束后的进展'")));
        }
    }
}
