package org.planledger.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.LiveItems;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.store.Ledger;
import org.planledger.store.rollup.RollupStore;

/**
 * Rollups (issue 5): the whole plan rolled up along each axis — the outline (chapters and
 * sections), departments, milestone years — on the shipped plan and on the whole synthetic
 * city-scale ledger with about a million progress entries. <b>Cold</b>: the input read from the
 * ledger ({@link RollupStore#input}: every item's state and light, places, assignments, weights)
 * and rolled up. <b>Warm</b>: the input already in memory ({@link LiveItems}), one task read again
 * as after an edit ({@link RollupStore#taskItems}) and everything rolled up again — what the app
 * does when a number changes; the issue asks for well under 100 ms at city scale.
 */
final class RollupSeries {

    /** An axis of the rollup, as the {@code rollup --by} command names it. */
    enum Axis {
        chapter(Rollup::byOutline), department(Rollup::byDepartment), year(Rollup::byYear);

        final Function<RollupInput, Object> rollup;

        Axis(Function<RollupInput, Object> rollup) {
            this.rollup = rollup;
        }
    }

    private final BenchLog log;
    private final Clock clock;

    RollupSeries(BenchLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** The shipped plan (its ledger must hold the registry and the draft division, so items have leads). */
    void shipped(Ledger l, long planId, int warmup, int runs) throws Exception {
        measure("shipped.rollup", log.text("bench.rollup.scope.shipped"), l, planId, warmup, runs, -1);
    }

    /** The whole synthetic ledger with progress ({@link ProgressLedger}, already built). */
    void synthetic(Path progressFile, long entries, int warmup, int runs) throws Exception {
        try (Ledger l = Ledger.open(progressFile, clock)) {
            measure("synthetic.rollup", log.text("bench.rollup.scope.synthetic"), l, 0, warmup, runs, entries);
        }
    }

    private void measure(String prefix, String scope, Ledger l, long planId, int warmup, int runs, long entries)
            throws Exception {
        RollupStore store = l.rollup(clock);
        LocalDate today = LocalDate.now(clock);
        RollupInput in = store.input(planId, today);
        String note = note(in.items(), entries);
        log.measure(prefix + ".input", log.text("bench.item.rollupInput", scope), warmup, runs,
                Series.timed(() -> store.input(planId, today))).note(note);
        long edited = in.items().get(in.items().size() / 2).item().key().taskId();
        LiveItems live = new LiveItems(in.items());
        for (Axis axis : Axis.values()) {
            String name = log.text("bench.rollup.axis." + axis.name());
            log.measure(prefix + "." + axis.name() + ".cold", log.text("bench.item.rollupCold", scope, name), warmup, runs,
                    Series.timed(() -> axis.rollup.apply(store.input(planId, today)))).note(note);
            log.measure(prefix + "." + axis.name() + ".warm", log.text("bench.item.rollupWarm", scope, name), warmup, runs,
                    Series.timed(() -> {
                        live.replaceTask(edited, store.taskItems(edited, today));
                        axis.rollup.apply(in.withItems(live.all()));
                    })).note(note);
        }
    }

    /** 163 项（任务 129，时间节点 34），and the entries when given. */
    private String note(List<ItemLight> items, long entries) {
        long milestones = items.stream().filter(il -> il.item().isMilestone()).count();
        String s = log.text("bench.note.items", items.size(), items.size() - milestones, milestones);
        return entries < 0 ? s : s + log.text("bench.note.entries", entries);
    }
}
