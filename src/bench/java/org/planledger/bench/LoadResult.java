package org.planledger.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of {@link TeamLoadSeries} saw: the writes acknowledged and the entries on record,
 * per department id; every acknowledged write's latency; the refusals in words (by their text's
 * key, one of each as the user reads it), how many refused writes are on record all the same (by key), and
 * the failures that were not in words (by exception and message); the manager's rollups.
 */
record LoadResult(String backend, int clients, int logins, double elapsedSeconds, boolean allEnded,
                  Map<Long, Long> acknowledgedByDepartment, Map<Long, Long> presentByDepartment,
                  List<Double> writeLatenciesMs, Map<String, Integer> refusals, Map<String, String> refusalExamples,
                  Map<String, Long> refusedOnRecord, Map<String, Integer> failures,
                  List<Double> rollupLatenciesMs) {

    LoadResult {
        acknowledgedByDepartment = Map.copyOf(acknowledgedByDepartment);
        presentByDepartment = Map.copyOf(presentByDepartment);
        List<Double> sorted = new ArrayList<>(writeLatenciesMs);
        Collections.sort(sorted);
        writeLatenciesMs = List.copyOf(sorted);
        List<Double> rollups = new ArrayList<>(rollupLatenciesMs);
        Collections.sort(rollups);
        rollupLatenciesMs = List.copyOf(rollups);
        refusals = Map.copyOf(refusals);
        refusalExamples = Map.copyOf(refusalExamples);
        refusedOnRecord = Map.copyOf(refusedOnRecord);
        failures = Map.copyOf(failures);
    }

    long acknowledged() {
        return acknowledgedByDepartment.values().stream().mapToLong(Long::longValue).sum();
    }

    long present() {
        return presentByDepartment.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every acknowledged write is on record, in its department's name, and nothing else is (per department). */
    boolean acknowledgedArePresent() {
        Map<Long, Long> acked = new LinkedHashMap<>();
        acknowledgedByDepartment.forEach((d, n) -> {
            if (n > 0) {
                acked.put(d, n);
            }
        });
        return acked.equals(presentByDepartment);
    }

    int refused() {
        return refusals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Refused writes that are on record all the same (there should be none). */
    long refusedButRecorded() {
        return refusedOnRecord.values().stream().mapToLong(Long::longValue).sum();
    }

    int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    double writesPerSecond() {
        return acknowledged() / elapsedSeconds;
    }

    double writePercentile(double p) {
        return percentile(writeLatenciesMs, p);
    }

    double rollupPercentile(double p) {
        return percentile(rollupLatenciesMs, p);
    }

    /** Nearest rank: the smallest sample that at least {@code p} % of the samples do not exceed. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }

    /** The figures for team-load.json (the latencies summarised, not listed). */
    Map<String, Object> json() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("backend", backend);
        o.put("clients", clients);
        o.put("logins", logins);
        o.put("seconds", Series.round(elapsedSeconds * 1000) / 1000);
        o.put("allClientsEnded", allEnded);
        o.put("acknowledged", acknowledged());
        o.put("present", present());
        o.put("acknowledgedArePresent", acknowledgedArePresent());
        o.put("writesPerSecond", Series.round(writesPerSecond()));
        Map<String, Object> w = new LinkedHashMap<>();
        for (double p : new double[] {50, 95, 99, 100}) {
            w.put(p == 100 ? "max" : "p" + (int) p, Series.round(writePercentile(p)));
        }
        o.put("writeLatencyMs", w);
        o.put("refusals", refusals);
        o.put("refusalExamples", refusalExamples);
        o.put("refusedButRecorded", refusedOnRecord);
        o.put("failures", failures);
        o.put("rollups", rollupLatenciesMs.size());
        o.put("rollupMedianMs", Series.round(rollupPercentile(50)));
        o.put("rollupP95Ms", Series.round(rollupPercentile(95)));
        return o;
    }
}
