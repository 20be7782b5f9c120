package org.planledger.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.SuccessorFinder;
import org.planledger.carryover.Suggestion;
import org.planledger.carryover.measure.Change;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.carryover.measure.ProposalScore;
import org.planledger.model.Plan;
import org.planledger.model.Task;
import org.planledger.model.TaskText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code carryover}: the successor proposals of issue 20 on the next-plan variant made from the
 * shipped plan (src/measure): precision and recall of the first proposal per kind of change and
 * overall, how many dropped tasks got "no successor", and the time to propose for every task
 * (median of the runs). Printed as Markdown for docs/benchmarks.md.
 */
@Command(name = "carryover",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:bench.carryover.summary}", "", "${bundle:bench.carryover.description}"},
        optionListHeading = "%n${bundle:cli.usage.options}%n")
public final class CarryoverSeries implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.image.option.warmup")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", descriptionKey = "bench.image.option.runs")
    int runs;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.30", descriptionKey = "bench.carryover.option.threshold")
    double threshold;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Plan earlier = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan();
        NextPlanVariant.Result variant = NextPlanVariant.of(earlier);
        List<TaskText> from = texts(earlier);
        List<TaskText> next = texts(variant.plan());
        SuccessorFinder finder = new SuccessorFinder(threshold);
        List<Suggestion> suggestions = null;
        long[] millis = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            suggestions = finder.suggest(from, next);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (i >= warmup) {
                millis[i - warmup] = took;
            }
        }
        java.util.Arrays.sort(millis);
        out.printf("threshold %.2f; %d tasks → %d tasks; propose all: median %d ms (%d runs)%n%n", threshold, from.size(),
                next.size(), millis[runs / 2], runs);
        out.println("| change | tasks | first proposed | right | precision | recall | dropped: no successor |");
        out.println("|---|---|---|---|---|---|---|");
        Map<Change, ProposalScore> byChange = ProposalScore.byChange(suggestions, variant);
        byChange.forEach((c, s) -> out.println(row(c.name(), s)));
        out.println(row("overall", ProposalScore.overall(suggestions, variant)));
        return 0;
    }

    private static String row(String name, ProposalScore s) {
        return String.format("| %s | %d | %d | %d | %.1f %% | %.1f %% | %s |", name, s.asked(), s.proposed(), s.right(),
                100 * s.precision(), 100 * s.recall(), s.dropped() == 0 ? "" : s.droppedNone() + " / " + s.dropped());
    }

    private static List<TaskText> texts(Plan plan) {
        List<TaskText> out = new ArrayList<>();
        long id = 0;
        for (Task t : plan.tasks()) {
            out.add(new TaskText(++id, t.code(), t.title(), t.text()));
        }
        return out;
    }
}
