package org.planledger.carryover;

import java.util.HashMap;
import java.util.Map;

/** A task's words as TF-IDF weights of its character pairs, of length one, for the cosine. */
final class TextVector {

    private final Map<String, Double> weights;

    private TextVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Sublinear term frequency (1 + ln tf) times the pair's weight in the corpus, normalised. */
    static TextVector of(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double value = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), 0.0);
            if (value > 0) {
                w.put(e.getKey(), value);
                norm += value * value;
            }
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            w.replaceAll((k, v) -> v / length);
        }
        return new TextVector(w);
    }

    double cosine(TextVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) {
                sum += e.getValue() * v;
            }
        }
        return sum;
    }
}
