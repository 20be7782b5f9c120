package org.planledger.carryover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.TaskText;

/**
 * Proposes, for tasks of an earlier plan, their successors in the next one: TF-IDF weighted
 * character pairs of the lead sentence and the text (period words taken out, the lead sentence
 * counted twice), compared by cosine. Below {@link #DEFAULT_THRESHOLD} the answer is "no
 * successor". Which tasks of the earlier plan are asked about is the caller's choice.
 */
public final class SuccessorFinder {

    /** Measured on the next-plan variant (docs/benchmarks.md, issue 20). */
    public static final double DEFAULT_THRESHOLD = 0.30;
    public static final int TOP = 3;
    private static final int PHRASES = 5;

    private final double threshold;

    public SuccessorFinder(double threshold) {
        this.threshold = threshold;
    }

    public static SuccessorFinder standard() {
        return new SuccessorFinder(DEFAULT_THRESHOLD);
    }

    public List<Suggestion> suggest(List<TaskText> from, List<TaskText> next) {
        List<Map<String, Integer>> fromCounts = from.stream().map(SuccessorFinder::counts).toList();
        List<Map<String, Integer>> nextCounts = next.stream().map(SuccessorFinder::counts).toList();
        Map<String, Double> idf = idf(fromCounts, nextCounts);
        List<TextVector> nextVectors = nextCounts.stream().map(c -> TextVector.of(c, idf)).toList();
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            TextVector v = TextVector.of(fromCounts.get(i), idf);
            List<Scored> scored = new ArrayList<>();
            for (int j = 0; j < next.size(); j++) {
                double s = v.cosine(nextVectors.get(j));
                if (s >= threshold) {
                    scored.add(new Scored(j, s));
                }
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
            List<Proposal> proposals = new ArrayList<>();
            for (Scored s : scored.subList(0, Math.min(TOP, scored.size()))) {
                TaskText to = next.get(s.index());
                proposals.add(new Proposal(to, s.score(), SharedPhrases.of(text(from.get(i)), text(to), PHRASES)));
            }
            out.add(new Suggestion(from.get(i), proposals));
        }
        return out;
    }

    private record Scored(int index, double score) {
    }

    private static String text(TaskText t) {
        return t.title() + "\n" + t.body();
    }

    private static Map<String, Integer> counts(TaskText t) {
        return Bigrams.count(PeriodWords.normalise(text(t)));
    }

    /** Smoothed inverse document frequency over both plans' tasks. */
    private static Map<String, Double> idf(List<Map<String, Integer>> a, List<Map<String, Integer>> b) {
        Map<String, Integer> df = new HashMap<>();
        a.forEach(m -> m.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        b.forEach(m -> m.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        int n = a.size() + b.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((k, d) -> idf.put(k, Math.log((n + 1.0) / (d + 1.0)) + 1));
        return idf;
    }
}
