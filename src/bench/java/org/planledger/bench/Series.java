package org.planledger.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/** The measured runs of one benchmark item, in milliseconds (warm-up runs excluded). */
public final class Series {

    /** One timed run: does the work and returns how long the timed part took, in nanoseconds. */
    @FunctionalInterface
    public interface Trial {
        long run() throws Exception;
    }

    /** Work whose whole duration is timed. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final String id;
    private final String label;
    private final List<Double> samples = new ArrayList<>();
    private String note = "";

    public Series(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Runs {@code warmup} untimed and {@code runs} timed repetitions of the trial. */
    public static Series measure(String id, String label, int warmup, int runs, Trial trial) throws Exception {
        for (int i = 0; i < warmup; i++) {
            trial.run();
        }
        Series s = new Series(id, label);
        for (int i = 0; i < runs; i++) {
            s.add(trial.run() / 1e6);
        }
        return s;
    }

    public static Trial timed(Work work) {
        return () -> {
            long t0 = System.nanoTime();
            work.run();
            return System.nanoTime() - t0;
        };
    }

    public Series add(double ms) {
        samples.add(ms);
        return this;
    }

    public Series note(String note) {
        this.note = note;
        return this;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String note() {
        return note;
    }

    public List<Double> samples() {
        return Collections.unmodifiableList(samples);
    }

    public int runs() {
        return samples.size();
    }

    public double median() {
        return median(samples);
    }

    public double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    Map<String, Object> json() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("label", label);
        o.put("unit", "ms");
        o.put("runs", runs());
        o.put("median", round(median()));
        o.put("min", round(min()));
        o.put("max", round(max()));
        o.put("samples", samples.stream().map(Series::round).toList());
        if (!note.isEmpty()) {
            o.put("note", note);
        }
        return o;
    }

    static Double round(double ms) {
        return Double.isNaN(ms) ? null : Math.round(ms * 100) / 100.0;
    }
}
