package org.planledger.store.progress;

import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.Outcome;

/**
 * Progress, close-out, extensions and overrides on the shipped plan: what is written stays
 * (corrections supersede, never replace), a refusal leaves the ledger exactly as it was, and the
 * ledger can be seen as it stood on any past day.
 */
@BothBackends
class ProgressStoreTest {

    @Parameter
    Backend backend;

    private static final Messages ZH = Messages.chinese();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;
    private Ledger ledger;
    private ProgressStore progress;
    /** 5.3.6 and its milestone "2022年底前，完成…源头替代" (due 2022-12-31). */
    private long task;
    private long milestone;
    private long lead;
    private long cooperating;
    private long stranger;

    @BeforeEach
    void open() throws IOException {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        progress = ledger.progress(clockOn(TODAY));
        task = id("SELECT id FROM task WHERE code = '5.3.6'");
        milestone = id("SELECT id FROM milestone WHERE task_id = " + task + " AND due_date = '2022-12-31'");
        lead = id("SELECT department_id FROM task_assignment WHERE task_id = " + task + " AND role = 'LEAD'");
        ledger.divisions().addCooperating(List.of(task), id("SELECT id FROM department WHERE name = '区工业和信息化局'"));
        cooperating = id("SELECT id FROM department WHERE name = '区工业和信息化局'");
        stranger = id("SELECT id FROM department WHERE name = '区教育和体育局'");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long id(String sql) {
        return ledger.read(c -> Sql.longOrNull(c, sql));
    }

    private static Clock clockOn(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private NewEntry entry(ItemKey item, long department, String period, LocalDate written, String text, Integer percent,
                           Long supersedes, List<EvidenceFile> evidence) {
        return new NewEntry(item, department, ReportingPeriod.parse(period), written, text, "资金到位慢", "下月完成验收",
                percent, supersedes, evidence);
    }

    private ItemLight light(ItemKey key, LocalDate asOf) {
        return progress.lights(0, asOf).stream().filter(l -> l.item().key().equals(key)).findFirst().orElseThrow();
    }

    /** Everything a refusal must leave as it was. */
    private String fingerprint() {
        return ledger.read(c -> {
            StringBuilder b = new StringBuilder();
            for (String table : List.of("progress_entry", "status_event", "evidence", "extension_request",
                    "extension_decision", "light_override", "ledger_setting")) {
                b.append(table).append('=').append(Sql.count(c, "SELECT count(*) FROM " + table)).append(' ');
            }
            b.append(Sql.count(c, "SELECT count(*) FROM task WHERE status <> 'NOT_STARTED'"));
            b.append(Sql.count(c, "SELECT count(*) FROM milestone WHERE status <> 'NOT_STARTED'"));
            return b.toString();
        });
    }

    private void refused(String expectedMessage, Executable action) {
        String before = fingerprint();
        StoreException e = assertThrows(StoreException.class, action);
        assertEquals(expectedMessage, ZH.format(e.problem()));
        assertEquals(before, fingerprint(), "the ledger is exactly as it was");
    }

    @Test
    void anEntryKeepsItsEvidenceWithNameSizeAndHashAndStartsTheTask() throws IOException {
        Path scan = file("验收报告.pdf", "%PDF-1.4 验收报告");
        long id = progress.addEntry(entry(ItemKey.task(task), lead, "2026-10", LocalDate.of(2026, 11, 3),
                "完成两家企业源头替代", 60, null, List.of(new EvidenceFile(scan))));

        ProgressHistory h = progress.history(task, TODAY);
        assertEquals(1, h.entries().size());
        ProgressHistory.Entry e = h.entries().get(0);
        assertEquals(id, e.id());
        assertEquals("2026年10月", ZH.format(e.period().label()));
        assertEquals(60, e.percent());
        ProgressHistory.Evidence ev = e.evidence().get(0);
        assertEquals("验收报告.pdf", ev.name());
        assertEquals(Files.size(scan), ev.size());
        assertEquals(EvidenceFile.sha256(Files.readAllBytes(scan)), ev.sha256());
        assertArrayEquals(Files.readAllBytes(scan), progress.evidenceContent(ev.id()));
        assertEquals(TaskStatus.IN_PROGRESS, ledger.plans().task(task).task().status(), "writing progress starts the task");
        assertEquals(LocalDate.of(2026, 11, 3), h.statusChanges().get(0).on());
    }

    @Test
    void aCorrectionSupersedesTheEntryAndBothStayOnRecord() {
        long first = progress.addEntry(entry(ItemKey.task(task), lead, "2026-10", LocalDate.of(2026, 11, 3),
                "完成两家企业源头替代", 60, null, List.of()));
        long second = progress.addEntry(entry(ItemKey.task(task), lead, "2026-10", LocalDate.of(2026, 11, 4),
                "完成一家企业源头替代（更正）", 30, first, List.of()));

        List<ProgressHistory.Entry> entries = progress.history(task, TODAY).entries();
        assertEquals(2, entries.size());
        assertEquals(second, entries.get(0).supersededBy());
        assertEquals(first, entries.get(1).supersedes());
        assertNull(entries.get(1).supersededBy());
        assertEquals(30, light(ItemKey.task(task), TODAY).item().percent(), "the correction's percent counts");
        assertEquals(60, light(ItemKey.task(task), LocalDate.of(2026, 11, 3)).item().percent(),
                "as of the day before the correction, the first entry stood");
        assertEquals(1, progress.history(task, LocalDate.of(2026, 11, 3)).entries().size());
        assertNull(progress.history(task, LocalDate.of(2026, 11, 3)).entries().get(0).supersededBy());

        refused("进展记录 " + first + " 已被记录 " + second + " 更正，请更正最新的那一条，未作任何改动。",
                () -> progress.addEntry(entry(ItemKey.task(task), lead, "2026-10", TODAY, "再次更正", 40, first, List.of())));
        assertThrows(StoreException.class, () -> ledger.inTransaction(
                c -> Sql.update(c, "UPDATE progress_entry SET progress = 'x' WHERE id = ?", first)),
                "the ledger itself refuses to edit an entry");
    }

    @Test
    void badInputIsRefusedInTheUsersWordsAndNothingIsWritten() throws IOException {
        ItemKey t = ItemKey.task(task);
        refused("完成比例应在 0 到 100 之间，填写的是 150，未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2026-10", TODAY, "x", 150, null, List.of())));
        refused("填报日期“2020年12月31日”早于规划开始日期2021年1月1日，未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2020-12", LocalDate.of(2020, 12, 31), "x", null, null, List.of())));
        refused("填报日期“2026年11月30日”晚于今天（2026年11月29日），未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2026-11", TODAY.plusDays(1), "x", null, null, List.of())));
        refused("请填写进展情况，未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2026-10", TODAY, "  ", null, null, List.of())));
        refused("报送期间“2026年12月”在填报日期2026年11月29日之后才开始，未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2026-12", TODAY, "x", null, null, List.of())));
        refused("“区教育和体育局”既不牵头也不配合5.3.6，不能为它填报进展，未作任何改动。",
                () -> progress.addEntry(entry(t, stranger, "2026-10", TODAY, "x", null, null, List.of())));
        Path missing = dir.resolve("没有这个文件.pdf");
        refused("找不到佐证材料文件“" + missing + "”，未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2026-10", TODAY, "x", null, null, List.of(new EvidenceFile(missing)))));
        Path big = dir.resolve("现场视频.mp4");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(EvidenceFile.MAX_BYTES + 1);
        }
        refused("佐证材料“现场视频.mp4”有 20.0 MB，超过单个文件 20.0 MB 的上限，请压缩或拆分后再附，未作任何改动。",
                () -> progress.addEntry(entry(t, lead, "2026-10", TODAY, "x", null, null,
                        List.of(new EvidenceFile(file("ok.txt", "ok")), new EvidenceFile(big)))));
        refused("申请销号必须附佐证材料：5.3.6没有附任何文件，未作任何改动。",
                () -> progress.requestCloseOut(t, lead, TODAY, "已完成", List.of()));
        refused("5.3.6当前状态为“未启动”，没有待审核的销号申请，未作任何改动。",
                () -> progress.acceptCloseOut(t, TODAY, "同意"));
        refused("“已销号”不能直接设置：销号须由牵头单位申请、管理员审核，未作任何改动。",
                () -> progress.setStatus(t, TaskStatus.CLOSED, TODAY, ""));
        refused("暂缓须说明理由（5.3.6），未作任何改动。",
                () -> progress.setStatus(t, TaskStatus.SUSPENDED, TODAY, " "));
        refused("人工调整灯色须说明理由（5.3.6），未作任何改动。",
                () -> progress.overrideLight(t, Light.GREEN, TODAY, ""));
    }

    @Test
    void closeOutNeedsTheLeadAndEvidenceAndOnlyTheManagersAcceptanceClosesIt() throws IOException {
        ItemKey m = ItemKey.milestone(task, milestone);
        Path photo = file("现场照片.jpg", "jpeg bytes");
        refused("“区工业和信息化局”不是5.3.6的牵头单位（牵头单位为“" + leadName() + "”），只有牵头单位可以申请销号或延期，未作任何改动。",
                () -> progress.requestCloseOut(m, cooperating, TODAY, "已完成", List.of(new EvidenceFile(photo))));

        progress.requestCloseOut(m, lead, LocalDate.of(2026, 11, 20), "两家企业均已完成替代", List.of(new EvidenceFile(photo)));
        ItemLight requested = light(m, TODAY);
        assertEquals(TaskStatus.CLOSE_OUT_REQUESTED, requested.item().status());
        assertEquals(Light.RED, requested.verdict().light(), "still red until the manager accepts");

        progress.returnCloseOut(m, LocalDate.of(2026, 11, 22), "缺少验收报告");
        assertEquals(TaskStatus.RETURNED, light(m, TODAY).item().status());
        assertEquals("缺少验收报告", light(m, TODAY).item().statusReason());

        progress.requestCloseOut(m, lead, LocalDate.of(2026, 11, 25), "补充验收报告",
                List.of(new EvidenceFile(file("验收报告.pdf", "pdf"))));
        progress.acceptCloseOut(m, LocalDate.of(2026, 11, 26), "同意销号");
        ItemLight closed = light(m, TODAY);
        assertEquals(TaskStatus.CLOSED, closed.item().status());
        assertEquals(Light.GREEN, closed.verdict().light());
        assertEquals(Outcome.DONE_LATE, closed.verdict().outcome());
        assertEquals(TaskStatus.CLOSED, TaskStatus.valueOf(ledger.read(c -> {
            try (var ps = c.prepareStatement("SELECT status FROM milestone WHERE id = " + milestone); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        })));
        List<ProgressHistory.StatusChange> changes = progress.history(task, TODAY).statusChanges();
        assertEquals(List.of(TaskStatus.CLOSE_OUT_REQUESTED, TaskStatus.RETURNED, TaskStatus.CLOSE_OUT_REQUESTED,
                TaskStatus.CLOSED), changes.stream().map(ProgressHistory.StatusChange::status).toList());
        assertEquals("现场照片.jpg", changes.get(0).evidence().get(0).name());

        assertEquals(TaskStatus.CLOSE_OUT_REQUESTED, light(m, LocalDate.of(2026, 11, 25)).item().status(),
                "as of the day of the second request");
        assertEquals(TaskStatus.NOT_STARTED, light(m, LocalDate.of(2026, 11, 19)).item().status());
        assertEquals(Light.RED, light(m, LocalDate.of(2026, 11, 25)).verdict().light());
    }

    private String leadName() {
        return ledger.read(c -> {
            try (var ps = c.prepareStatement("SELECT name FROM department WHERE id = " + lead); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void anExtensionAskedBeforeTheDueDateMovesItOnceAcceptedAndTheOriginalStaysOnRecord() {
        ItemKey m = ItemKey.milestone(task, milestone);
        ProgressStore before = ledger.progress(clockOn(LocalDate.of(2022, 12, 20)));
        long request = before.requestExtension(m, lead, LocalDate.of(2022, 12, 20), LocalDate.of(2023, 6, 30),
                "企业停产检修，设备到货延迟");
        assertEquals(LocalDate.of(2022, 12, 31), light(m, LocalDate.of(2022, 12, 21)).item().due(), "pending: old date");

        ProgressStore decider = ledger.progress(clockOn(LocalDate.of(2022, 12, 28)));
        decider.decideExtension(request, true, LocalDate.of(2022, 12, 28), "");
        ItemLight after = light(m, LocalDate.of(2023, 1, 10));
        assertEquals(LocalDate.of(2023, 6, 30), after.item().due());
        assertEquals(LocalDate.of(2022, 12, 31), after.item().plannedDue(), "the original date stays on record");
        assertTrue(after.verdict().light() != Light.RED, "not late any more: " + after.verdict());
        assertEquals(Light.RED, light(m, LocalDate.of(2023, 7, 1)).verdict().light());
        ProgressHistory.Extension x = progress.history(task, TODAY).extensions().get(0);
        assertEquals(true, x.accepted());
        assertEquals(LocalDate.of(2022, 12, 31), x.oldDue());
        assertEquals(LocalDate.of(2022, 12, 31), light(m, LocalDate.of(2022, 12, 27)).item().due(),
                "as of the day before the decision, the request was still pending");
    }

    @Test
    void anExtensionAfterTheDueDateOrToAnEarlierDateIsRefused() {
        ItemKey m = ItemKey.milestone(task, milestone);
        refused("延期须在完成时限之前申请：5.3.6的完成时限是2022年12月31日，申请日期2023年1月2日已过期，未作任何改动。",
                () -> ledger.progress(clockOn(LocalDate.of(2023, 1, 2)))
                        .requestExtension(m, lead, LocalDate.of(2023, 1, 2), LocalDate.of(2023, 6, 30), "来不及"));
        refused("新的完成时限“2022年12月1日”必须晚于现在的完成时限2022年12月31日，未作任何改动。",
                () -> ledger.progress(clockOn(LocalDate.of(2022, 11, 1)))
                        .requestExtension(m, lead, LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 1), "提前"));
        refused("新的完成时限“9999年12月31日”晚于规划末年后五年（2030年12月31日），不像是真实的期限，未作任何改动。",
                () -> ledger.progress(clockOn(LocalDate.of(2022, 11, 1)))
                        .requestExtension(m, lead, LocalDate.of(2022, 11, 1), LocalDate.of(9999, 12, 31), "无限期"));
        ProgressStore onTime = ledger.progress(clockOn(LocalDate.of(2022, 12, 31)));
        long request = onTime.requestExtension(m, lead, LocalDate.of(2022, 12, 31), LocalDate.of(2023, 3, 31), "当天申请");
        refused("不同意延期须说明理由（5.3.6），未作任何改动。",
                () -> onTime.decideExtension(request, false, LocalDate.of(2022, 12, 31), ""));
        onTime.decideExtension(request, false, LocalDate.of(2022, 12, 31), "理由不充分");
        assertEquals(LocalDate.of(2022, 12, 31), light(m, TODAY).item().due(), "a refused extension changes nothing");
        refused("5.3.6的这份延期申请已于2022年12月31日批复，未作任何改动。",
                () -> progress.decideExtension(request, true, TODAY, ""));
    }

    @Test
    void anOverrideIsRecordedWithItsReasonAndCanBeEnded() {
        ItemKey t = ItemKey.task(task);
        progress.overrideLight(t, Light.YELLOW, LocalDate.of(2026, 11, 10), "主体完成，待市级验收");
        ItemLight l = light(t, TODAY);
        assertEquals(Light.YELLOW, l.verdict().light());
        assertEquals(Light.RED, l.verdict().computed());
        assertEquals("人工调整为黄灯（2026年11月10日）：主体完成，待市级验收；按规则为红灯", ZH.format(l.verdict().mainReason()));
        assertEquals(Light.RED, light(t, LocalDate.of(2026, 11, 9)).verdict().light(), "not yet overridden then");

        progress.overrideLight(t, null, LocalDate.of(2026, 11, 20), "验收未通过");
        assertEquals(Light.RED, light(t, TODAY).verdict().light());
        assertEquals(2, progress.history(task, TODAY).overrides().size());
    }

    @Test
    void theReportingGridKnowsWhoHasNotReported() {
        ReportingPeriod october = ReportingPeriod.parse("2026-10");
        progress.addEntry(entry(ItemKey.task(task), lead, "2026-10", LocalDate.of(2026, 11, 3), "x", null, null, List.of()));
        ReportingGrid grid = progress.reporting(0, List.of(october.previous(), october), TODAY);
        ReportingGrid.Row row = grid.rows().stream().filter(r -> r.departmentId() == lead).findFirst().orElseThrow();
        int led = (int) id("SELECT count(*) FROM task_assignment a JOIN task t ON t.id = a.task_id "
                + "WHERE a.role = 'LEAD' AND t.withdrawn = 0 AND a.department_id = " + lead);
        ReportingGrid.Cell oct = row.cells().get(1);
        assertEquals(led, oct.owed());
        assertEquals(1, oct.reported());
        assertEquals(0, oct.late());
        assertEquals(led - 1, oct.missing().size());
        assertTrue(!oct.missing().contains("5.3.6"));
        assertEquals(led == 1 ? ReportingGrid.State.REPORTED : ReportingGrid.State.PARTIAL, oct.state(TODAY));
        assertEquals(ReportingGrid.State.MISSING, row.cells().get(0).state(TODAY), "September: nothing");
        assertEquals(LocalDate.of(2026, 11, 5), oct.due());
        assertEquals(ReportingGrid.State.NOT_YET_DUE, row.cells().get(1).state(LocalDate.of(2026, 11, 5)));

        // the cooperating department's entry does not count as the lead's report
        ReportingGrid.Row other = grid.rows().stream().filter(r -> r.departmentId() != lead).findFirst().orElseThrow();
        assertEquals(0, other.cells().get(1).reported());

        // a late report counts, and is counted as late
        progress.addEntry(entry(ItemKey.task(task), lead, "2026-09", LocalDate.of(2026, 11, 6), "补报", null, null, List.of()));
        ReportingGrid.Cell sep = progress.reporting(0, List.of(october.previous()), TODAY).rows().stream()
                .filter(r -> r.departmentId() == lead).findFirst().orElseThrow().cells().get(0);
        assertEquals(1, sep.reported());
        assertEquals(1, sep.late());

        // and the task's light no longer says 未报送 for October
        ItemLight l = light(ItemKey.task(task), TODAY);
        assertTrue(l.item().reportedLastPeriod());
        assertTrue(l.verdict().reasons().stream().noneMatch(r -> r.key().equals("light.reason.notReported")));
        assertEquals(PeriodKind.MONTH, progress.cycle().kind());
    }

    @Test
    void theWholeLedgerAsOfAPastDayComesFromTheRecordedHistory() {
        ItemKey m = ItemKey.milestone(task, milestone);
        ProgressStore in2022 = ledger.progress(clockOn(LocalDate.of(2022, 12, 15)));
        in2022.addEntry(entry(m, lead, "2022-11", LocalDate.of(2022, 12, 3), "一家完成", 50, null, List.of()));
        in2022.requestCloseOut(m, lead, LocalDate.of(2022, 12, 10), "两家完成", List.of(new EvidenceFile(writeQuietly("a.txt"))));
        in2022.acceptCloseOut(m, LocalDate.of(2022, 12, 15), "");

        assertEquals(Outcome.DONE_ON_TIME, light(m, TODAY).verdict().outcome());
        ItemLight dec1 = light(m, LocalDate.of(2022, 12, 1));
        assertEquals(TaskStatus.NOT_STARTED, dec1.item().status());
        assertNull(dec1.item().percent());
        assertEquals(Light.YELLOW, dec1.verdict().light(), "due within 15 days? no: 30 days left, but November unreported");
        ItemLight dec5 = light(m, LocalDate.of(2022, 12, 5));
        assertEquals(TaskStatus.IN_PROGRESS, dec5.item().status());
        assertEquals(50, dec5.item().percent());
        assertEquals(TaskStatus.CLOSE_OUT_REQUESTED, light(m, LocalDate.of(2022, 12, 12)).item().status());
        assertEquals(Light.GREEN, light(m, LocalDate.of(2022, 12, 15)).verdict().light());
        long redToday = progress.lights(0, TODAY).stream().filter(l -> l.verdict().light() == Light.RED).count();
        assertEquals(129 + 34 - 1, redToday, "everything else of 2021–2025 is past and open");
    }

    private Path writeQuietly(String name) {
        try {
            return file(name, "evidence");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
