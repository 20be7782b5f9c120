package org.planledger.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationFacts;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;

/**
 * The figures of one evaluation, counted once for the 终期评估报告 and the evaluation tables
 * alike: the plan's tasks (milestones are listed, not counted: the report speaks of 重点任务) by
 * outcome, overall and by chapter with the chapter's lead units, the indicators by conclusion,
 * the unfinished tasks, and each task's 主要成效 (the department's words, else the task's latest
 * progress entry). An outcome not yet said counts as {@code null} (未评估).
 */
public record EvaluationSummary(Evaluation evaluation, EvaluationFacts.Plan plan, List<Task> tasks, List<ItemOutcome> milestones,
                                List<ChapterCount> chapters, List<IndicatorOutcome> indicators) {

    /** One task with its outcome as it stands, its chapter and lead unit, and its 主要成效 as compiled. */
    public record Task(ItemOutcome outcome, int chapter, String lead, String achievements) {

        public String code() {
            return outcome.label();
        }
    }

    /** One chapter's tasks counted by outcome (null: not yet said), and its lead units in plan order. */
    public record ChapterCount(int number, String title, Map<FinalOutcome, Integer> counts, int unsaid, List<String> leads) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() + unsaid;
        }
    }

    public static EvaluationSummary read(Ledger ledger, java.time.Clock clock, long evaluationId) {
        EvaluationStore store = ledger.evaluations(clock);
        Evaluation e = store.evaluation(evaluationId);
        EvaluationFacts facts = new EvaluationFacts(ledger);
        EvaluationFacts.Plan plan = facts.plan(e.planId());
        Map<Long, EvaluationFacts.TaskPlace> places = facts.places(e.planId());
        Map<Long, String> progress = facts.latestProgress(e.planId(), e.asOf());
        List<Task> tasks = new ArrayList<>();
        List<ItemOutcome> milestones = new ArrayList<>();
        for (ItemOutcome o : store.outcomes(evaluationId)) {
            if (o.key().isMilestone()) {
                milestones.add(o);
                continue;
            }
            EvaluationFacts.TaskPlace place = places.get(o.key().taskId());
            String words = !o.achievements().isEmpty() ? o.achievements() : progress.getOrDefault(o.key().taskId(), "");
            tasks.add(new Task(o, place == null ? 0 : place.chapterNumber(), place == null ? null : place.leadName(), words));
        }
        List<ChapterCount> chapters = new ArrayList<>();
        for (EvaluationFacts.Chapter ch : facts.chapters(e.planId())) {
            Map<FinalOutcome, Integer> counts = new EnumMap<>(FinalOutcome.class);
            for (FinalOutcome f : FinalOutcome.values()) {
                counts.put(f, 0);
            }
            int unsaid = 0;
            Map<String, Boolean> leads = new LinkedHashMap<>();
            for (Task t : tasks) {
                if (t.chapter() != ch.number()) {
                    continue;
                }
                if (t.outcome().outcome() == null) {
                    unsaid++;
                } else {
                    counts.merge(t.outcome().outcome(), 1, Integer::sum);
                }
                if (t.lead() != null) {
                    leads.put(t.lead(), true);
                }
            }
            chapters.add(new ChapterCount(ch.number(), ch.title(), counts, unsaid, List.copyOf(leads.keySet())));
        }
        return new EvaluationSummary(e, plan, List.copyOf(tasks), List.copyOf(milestones), List.copyOf(chapters),
                store.indicators(evaluationId));
    }

    /** The plan's tasks by outcome; every outcome present, zero when none. */
    public Map<FinalOutcome, Integer> byOutcome() {
        Map<FinalOutcome, Integer> out = new EnumMap<>(FinalOutcome.class);
        for (FinalOutcome f : FinalOutcome.values()) {
            out.put(f, 0);
        }
        tasks.stream().filter(t -> t.outcome().outcome() != null).forEach(t -> out.merge(t.outcome().outcome(), 1, Integer::sum));
        return out;
    }

    /** Tasks nothing is said of yet. */
    public int unsaid() {
        return (int) tasks.stream().filter(t -> t.outcome().outcome() == null).count();
    }

    /** Tasks and indicators whose outcome is not confirmed yet: the report says it is a draft while any is. */
    public int unconfirmed() {
        return (int) (tasks.stream().filter(t -> !t.outcome().confirmed()).count()
                + milestones.stream().filter(m -> !m.confirmed()).count()
                + indicators.stream().filter(i -> !i.confirmed()).count());
    }

    /** The indicators by conclusion; every conclusion present; null key for those without one. */
    public Map<IndicatorConclusion, Integer> byConclusion() {
        Map<IndicatorConclusion, Integer> out = new EnumMap<>(IndicatorConclusion.class);
        for (IndicatorConclusion c : IndicatorConclusion.values()) {
            out.put(c, 0);
        }
        indicators.stream().filter(i -> i.conclusion() != null).forEach(i -> out.merge(i.conclusion(), 1, Integer::sum));
        return out;
    }

    /** 未完成 and 基本完成 tasks: the ones 四、未完成任务及原因 lists, in plan order. */
    public List<Task> shortOf() {
        return tasks.stream().filter(t -> t.outcome().outcome() == FinalOutcome.NOT_DONE
                || t.outcome().outcome() == FinalOutcome.MOSTLY_DONE).toList();
    }

    /** 未完成 and 持续推进 tasks: the work that carries over into the next plan. */
    public List<Task> carriedOver() {
        return tasks.stream().filter(t -> t.outcome().outcome() == FinalOutcome.NOT_DONE
                || t.outcome().outcome() == FinalOutcome.ONGOING).toList();
    }

    /** Every lead unit, by name. */
    public List<String> leads() {
        return new ArrayList<>(new TreeSet<>(tasks.stream().map(Task::lead).filter(l -> l != null).toList()));
    }

    /** Percent of tasks 已完成 or 基本完成, one decimal. */
    public String finishedPercent() {
        if (tasks.isEmpty()) {
            return "0";
        }
        long finished = tasks.stream().filter(t -> t.outcome().outcome() != null && t.outcome().outcome().finished()).count();
        return java.math.BigDecimal.valueOf(finished * 1000L / tasks.size(), 1).stripTrailingZeros().toPlainString();
    }
}
