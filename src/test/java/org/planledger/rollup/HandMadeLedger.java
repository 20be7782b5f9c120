package org.planledger.rollup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.planledger.model.Chapter;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.ItemKey;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.Section;
import org.planledger.model.Task;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressStore;
import org.planledger.testing.Backend;

/**
 * A small ledger made by hand, so that every rollup figure can be worked out on paper.
 *
 * <pre>
 * 测试规划 2021–2025 (tasks due 2025-12-31)
 * 第一章 大气  1.1 治理  1.1.1 (甲局 leads, 乙局 cooperates; weight 3; milestone 2022-12-31)
 *                         1.1.2 (甲局)
 *              1.2 监管  1.2.1 (乙局 leads, 甲局 and 丙局 cooperate; milestones 2023-12-31, 2025-12-31)
 * 第二章 水    2.1 治理  2.1.1 (丙局 leads, 甲局 cooperates; weight 2)
 *                         2.1.2 (丙局)
 *                         2.1.3 (乙局)
 *
 * 1.1.1's 2022 milestone: entry 2022-12-01 (starts the task), close-out 2022-12-10, accepted 2022-12-20 (on time)
 * 1.1.1: close-out 2024-05-01, accepted 2024-06-01 (on time)
 * 1.2.1's 2023 milestone: close-out 2024-02-01, accepted 2024-02-10 (late)
 * 2.1.1: close-out 2026-03-01, accepted 2026-03-10 (late)
 * 2.1.2: suspended 2023-05-01
 * 2.1.3: 持续推进 from 2022-01-01, October 2026 reported
 * 1.1.2: October 2026 reported (in progress, overdue)
 * 1.2.1: nothing (not started, overdue, October unreported)
 * </pre>
 */
final class HandMadeLedger {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    final Ledger ledger;
    final long plan;
    final long jia;
    final long yi;
    final long bing;

    private HandMadeLedger(Ledger ledger, long plan, long jia, long yi, long bing) {
        this.ledger = ledger;
        this.plan = plan;
        this.jia = jia;
        this.yi = yi;
        this.bing = bing;
    }

    static Clock clock() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone);
    }

    static HandMadeLedger create(Backend backend, Path dir) {
        Ledger ledger = backend.open(dir, "hand.planledger");
        Plan p = new Plan("测试规划", "", 2021, 2025, List.of(
                new Chapter(1, "大气", "", false, List.of(
                        new Section(1, "治理", "", List.of(
                                task("1.1.1", "治理甲", new Milestone("2022年底前完成甲。", 2022, LocalDate.of(2022, 12, 31), null)),
                                task("1.1.2", "治理乙"))),
                        new Section(2, "监管", "", List.of(
                                task("1.2.1", "监管丙",
                                        new Milestone("到2023年完成丙一。", 2023, LocalDate.of(2023, 12, 31), null),
                                        new Milestone("到2025年完成丙二。", 2025, LocalDate.of(2025, 12, 31), null)))))),
                new Chapter(2, "水", "", false, List.of(
                        new Section(1, "治理", "", List.of(task("2.1.1", "水甲"), task("2.1.2", "水乙"), task("2.1.3", "水丙")))))),
                List.of(), "");
        long plan = ledger.plans().importPlan(p, "hand.txt").planId();
        long jia = ledger.departments().add(Department.draft("甲局", "甲局", DepartmentKind.DISTRICT_DEPARTMENT));
        long yi = ledger.departments().add(Department.draft("乙局", "乙局", DepartmentKind.DISTRICT_DEPARTMENT));
        long bing = ledger.departments().add(Department.draft("丙局", "丙局", DepartmentKind.DISTRICT_DEPARTMENT));
        HandMadeLedger h = new HandMadeLedger(ledger, plan, jia, yi, bing);
        h.assign("1.1.1", jia, yi);
        h.assign("1.1.2", jia);
        h.assign("1.2.1", yi, jia, bing);
        h.assign("2.1.1", bing, jia);
        h.assign("2.1.2", bing);
        h.assign("2.1.3", yi);
        ledger.rollup(clock()).setWeight(h.task("1.1.1"), 3);
        ledger.rollup(clock()).setWeight(h.task("2.1.1"), 2);
        h.record(dir);
        return h;
    }

    private static Task task(String code, String title, Milestone... milestones) {
        return new Task(code, title, title + "。", false, List.of(), List.of(milestones));
    }

    private void assign(String code, long lead, Long... cooperating) {
        ledger.divisions().assign(List.of(task(code)), lead, List.of(cooperating), false);
    }

    long task(String code) {
        return ledger.read(c -> {
            try (var ps = c.prepareStatement("SELECT id FROM task WHERE code = ?")) {
                ps.setString(1, code);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    ItemKey milestone(String code, int year) {
        long t = task(code);
        return ledger.read(c -> {
            try (var ps = c.prepareStatement("SELECT id FROM milestone WHERE task_id = ? AND year = ?")) {
                ps.setLong(1, t);
                ps.setInt(2, year);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return ItemKey.milestone(t, rs.getLong(1));
                }
            }
        });
    }

    private void record(Path dir) {
        ProgressStore p = ledger.progress(clock());
        List<EvidenceFile> evidence;
        try {
            evidence = List.of(new EvidenceFile(Files.writeString(dir.resolve("验收.txt"), "验收意见")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ItemKey m2022 = milestone("1.1.1", 2022);
        p.addEntry(new NewEntry(m2022, jia, ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2022, 11, 1)),
                LocalDate.of(2022, 12, 1), "甲已过半", "", "", 60, null, List.of()));
        p.requestCloseOut(m2022, jia, LocalDate.of(2022, 12, 10), "完成", evidence);
        p.acceptCloseOut(m2022, LocalDate.of(2022, 12, 20), "");
        p.requestCloseOut(ItemKey.task(task("1.1.1")), jia, LocalDate.of(2024, 5, 1), "完成", evidence);
        p.acceptCloseOut(ItemKey.task(task("1.1.1")), LocalDate.of(2024, 6, 1), "");
        ItemKey m2023 = milestone("1.2.1", 2023);
        p.requestCloseOut(m2023, yi, LocalDate.of(2024, 2, 1), "完成", evidence);
        p.acceptCloseOut(m2023, LocalDate.of(2024, 2, 10), "");
        p.requestCloseOut(ItemKey.task(task("2.1.1")), bing, LocalDate.of(2026, 3, 1), "完成", evidence);
        p.acceptCloseOut(ItemKey.task(task("2.1.1")), LocalDate.of(2026, 3, 10), "");
        p.setStatus(ItemKey.task(task("2.1.2")), TaskStatus.SUSPENDED, LocalDate.of(2023, 5, 1), "等待上级政策");
        p.setStatus(ItemKey.task(task("2.1.3")), TaskStatus.ONGOING, LocalDate.of(2022, 1, 1), "");
        ReportingPeriod october = ReportingPeriod.parse("2026-10");
        p.addEntry(new NewEntry(ItemKey.task(task("2.1.3")), yi, october, LocalDate.of(2026, 11, 2), "常态推进", "", "",
                null, null, List.of()));
        p.addEntry(new NewEntry(ItemKey.task(task("1.1.2")), jia, october, LocalDate.of(2026, 11, 3), "推进中", "", "",
                70, null, List.of()));
    }
}
