package org.planledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.store.Ledger;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.progress.ReportingGrid;
import org.planledger.store.plan.TaskRef;

/**
 * Lights and deadlines (issue 4): on the shipped plan, the lights of every task and milestone
 * as of today, the deadline list (overdue or due within 30 days, earliest first, as the
 * {@code due} command selects it), one task explained (found by its code, its lights and every
 * reason put into words, as {@code lights --explain} does) and the as-of view of 2023-06-30; on
 * the synthetic city-scale ledger extended with about a million progress entries
 * ({@link ProgressLedger}, built once and cached), the same for the whole ledger and for one
 * plan, plus the reporting grid of twelve months.
 */
final class ProgressSeries {

    /** The as-of view measured: a day in the middle of the plan period. */
    static final LocalDate AS_OF_PAST = LocalDate.of(2023, 6, 30);
    /** The task explained on the shipped plan (VOCs: a task with a milestone). */
    static final String EXPLAIN_CODE = "5.3.6";
    /** The deadline list's window, as the due command's default. */
    static final int WITHIN = 30;

    private final BenchLog log;
    private final Clock clock;

    ProgressSeries(BenchLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** The shipped plan (its ledger must hold the registry and the draft division, so items have leads). */
    void shipped(Ledger l, long planId, int warmup, int runs) throws Exception {
        ProgressStore p = l.progress(clock);
        LocalDate today = p.today();
        List<ItemLight> all = p.lights(planId, today);
        String note = note(all, -1);
        log.measure("shipped.progress.lights", log.text("bench.item.progressLights"), warmup, runs,
                Series.timed(() -> p.lights(planId, today))).note(note);
        log.measure("shipped.progress.due", log.text("bench.item.progressDue", WITHIN), warmup, runs,
                Series.timed(() -> Deadlines.overdueOrDueWithin(p.lights(planId, today), WITHIN)))
                .note(log.text("bench.note.due", Deadlines.overdueOrDueWithin(all, WITHIN).size()));
        Messages m = Messages.chinese();
        int reasons = explain(l, p, planId, EXPLAIN_CODE, today, m);
        log.measure("shipped.progress.explain", log.text("bench.item.progressExplain", EXPLAIN_CODE), warmup, runs,
                Series.timed(() -> explain(l, p, planId, EXPLAIN_CODE, today, m)))
                .note(log.text("bench.note.reasons", reasons));
        log.measure("shipped.progress.asOf", log.text("bench.item.progressAsOf", AS_OF_PAST), warmup, runs,
                Series.timed(() -> p.lights(planId, AS_OF_PAST))).note(note(p.lights(planId, AS_OF_PAST), -1));
    }

    /**
     * The synthetic ledger {@code base} with about a million progress entries, in a cached copy
     * beside it; what it is and how long it took to build go into {@code synthetic}.
     */
    void synthetic(Path base, Path file, int warmup, int runs, Map<String, Object> synthetic) throws Exception {
        log.say(log.text("bench.progress.ensure", file));
        ProgressLedger.Result built = ProgressLedger.ensure(base, file, clock);
        ProgressLedger.Counts n = built.counts();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("file", built.file().toString());
        info.put("bytes", Files.size(built.file()));
        info.put("builtNow", built.built());
        info.put("entries", n.entries());
        info.put("superseding", n.superseding());
        info.put("onMilestones", n.onMilestones());
        info.put("statusEvents", n.statusEvents());
        info.put("closedTasks", n.closedTasks());
        info.put("closedMilestones", n.closedMilestones());
        info.put("suspendedTasks", n.suspended());
        info.put("extensions", n.extensions());
        info.put("overrides", n.overrides());
        synthetic.put("progress", info);
        if (built.built()) {
            info.put("buildMs", Series.round(built.buildMs()));
            log.add(new Series("synthetic.progress.build", log.text("bench.item.progressBuild")).add(built.buildMs())
                    .note(log.text("bench.note.progressBuild", n.entries(), Files.size(built.file()) / (1024 * 1024))));
        } else {
            log.say(log.text("bench.synthetic.cached", file));
        }
        try (Ledger l = Ledger.open(built.file(), clock)) {
            ProgressStore p = l.progress(clock);
            LocalDate today = p.today();
            List<PlanSummary> plans = l.plans().plans();
            long mid = plans.get(plans.size() / 2).id();
            List<ItemLight> all = p.lights(0, today);
            log.measure("synthetic.progress.lights", log.text("bench.item.syntheticProgressLights"), warmup, runs,
                    Series.timed(() -> p.lights(0, today))).note(note(all, n.entries()));
            log.measure("synthetic.progress.due", log.text("bench.item.syntheticProgressDue", WITHIN), warmup, runs,
                    Series.timed(() -> Deadlines.overdueOrDueWithin(p.lights(0, today), WITHIN)))
                    .note(log.text("bench.note.due", Deadlines.overdueOrDueWithin(all, WITHIN).size()));
            all = null;  // let the collector have it before the next items
            log.measure("synthetic.progress.planLights", log.text("bench.item.syntheticProgressPlan"), warmup, runs,
                    Series.timed(() -> p.lights(mid, today))).note(note(p.lights(mid, today), -1));
            TaskRef task = firstTask(l.plans().outline(mid));
            Messages m = Messages.chinese();
            int reasons = explain(l, p, mid, task.code(), today, m);
            log.measure("synthetic.progress.explain", log.text("bench.item.syntheticProgressExplain", task.code()),
                    warmup, runs, Series.timed(() -> explain(l, p, mid, task.code(), today, m)))
                    .note(log.text("bench.note.reasons", reasons));
            log.measure("synthetic.progress.asOf", log.text("bench.item.syntheticProgressAsOf", AS_OF_PAST), warmup, runs,
                    Series.timed(() -> p.lights(0, AS_OF_PAST))).note(note(p.lights(0, AS_OF_PAST), -1));
            List<ReportingPeriod> months = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                months.add(new ReportingPeriod(PeriodKind.MONTH, LocalDate.of(2025, i, 1)));
            }
            ReportingGrid grid = p.reporting(0, months, today);
            log.measure("synthetic.progress.reporting", log.text("bench.item.syntheticProgressReporting"), warmup, runs,
                    Series.timed(() -> p.reporting(0, months, today)))
                    .note(log.text("bench.note.reporting", grid.rows().size(), months.size()));
        }
    }

    /** What the lights command does for --explain CODE: find the task, its lights, every reason in words. */
    static int explain(Ledger l, ProgressStore p, long planId, String code, LocalDate asOf, Messages m) {
        TaskRef task = task(l.plans().outline(planId), code);
        int reasons = 0;
        for (ItemLight il : p.taskLights(task.id(), asOf)) {
            for (Text t : il.verdict().reasons()) {
                m.format(t);
                reasons++;
            }
        }
        return reasons;
    }

    private static TaskRef task(Outline outline, String code) {
        for (Outline.Chapter ch : outline.chapters()) {
            for (Outline.Section s : ch.sections()) {
                for (TaskRef t : s.tasks()) {
                    if (!t.withdrawn() && t.code().equals(code)) {
                        return t;
                    }
                }
            }
        }
        throw new IllegalStateException("no task " + code + " in plan " + outline.planId());
    }

    /** The first live task with milestones, else the first live task. */
    private static TaskRef firstTask(Outline outline) {
        TaskRef first = null;
        for (Outline.Chapter ch : outline.chapters()) {
            for (Outline.Section s : ch.sections()) {
                for (TaskRef t : s.tasks()) {
                    if (t.withdrawn()) {
                        continue;
                    }
                    if (t.milestones() > 0) {
                        return t;
                    }
                    if (first == null) {
                        first = t;
                    }
                }
            }
        }
        if (first == null) {
            throw new IllegalStateException("plan " + outline.planId() + " has no task");
        }
        return first;
    }

    /** 163 项（任务 129，时间节点 34），and the entries when given. */
    private String note(List<ItemLight> items, long entries) {
        long milestones = items.stream().filter(il -> il.item().isMilestone()).count();
        String s = log.text("bench.note.items", items.size(), items.size() - milestones, milestones);
        return entries < 0 ? s : s + log.text("bench.note.entries", entries);
    }
}
