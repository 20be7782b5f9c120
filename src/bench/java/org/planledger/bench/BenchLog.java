package org.planledger.bench;

import java.time.Clock;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a benchmark run has measured so far, and its progress on stderr (stdout is kept for
 * the summary): each item says what it measures, then its median, min and max.
 */
final class BenchLog {

    private final BenchTexts m;
    private final PrintWriter err;
    private final List<Series> results = new ArrayList<>();

    private final Clock clock;

    BenchLog(BenchTexts messages, PrintWriter err, Clock clock) {
        this.m = messages;
        this.err = err;
        this.clock = clock;
    }

    /** The entry point's clock: every ledger the benchmarks open and every "today" they ask for. */
    Clock clock() {
        return clock;
    }

    String text(String key, Object... args) {
        return m.get(key, args);
    }

    /** Says what it measures, runs the warm-up and timed repetitions, and records the series. */
    Series measure(String id, String label, int warmup, int runs, Series.Trial trial) throws Exception {
        say(m.get("bench.running", label));
        return add(Series.measure(id, label, warmup, runs, trial));
    }

    Series add(Series s) {
        results.add(s);
        say(m.get("bench.measured", s.label(), fmt(s.median()), fmt(s.min()), fmt(s.max()), s.runs()));
        return s;
    }

    void say(String line) {
        err.println(line);
        err.flush();
    }

    /** What a child process said before it failed, for whoever reads the log. */
    void childOutput(String output) {
        err.println(output);
    }

    List<Series> results() {
        return results;
    }

    /** Milliseconds as the summary shows them: whole from 100 up, else one decimal; "-" for none. */
    static String fmt(double ms) {
        if (Double.isNaN(ms)) {
            return "-";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }
}
