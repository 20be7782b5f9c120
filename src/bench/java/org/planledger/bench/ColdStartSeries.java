package org.planledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fresh processes, as a user starts them: the {@code stats --json} command, and the time to
 * first frame of the app, and to its window showing the plan's outline, beside a minimal JavaFX
 * window's first frame, alternating, each in a new JVM. The app is started with {@code --smoke},
 * which reports both and ends it; the minimal window through {@link FirstFrameProbe}. What the
 * first-frame part found (or why it was skipped) is kept for results.json.
 */
final class ColdStartSeries {

    static final String APP_LAUNCHER = "org.planledger.Main";
    static final String APP_CLASS = "org.planledger.ui.App";
    private static final long START_TIMEOUT_SECONDS = 90;

    private final BenchLog log;
    private final int warmup;
    private final int runs;
    private final Map<String, Object> firstFrame = new LinkedHashMap<>();

    ColdStartSeries(BenchLog log, int warmup, int runs) {
        this.log = log;
        this.warmup = warmup;
        this.runs = runs;
    }

    /** The first-frame part of results.json. */
    Map<String, Object> firstFrame() {
        return firstFrame;
    }

    /** Notes that the new-process items were not run. */
    void skip() {
        log.say(log.text("bench.start.skipped"));
        firstFrame.put("skipped", "--skip-start");
    }

    /** Both parts, on a copy of {@code shippedLedger} in {@code scratch}. */
    void run(Path scratch, Path shippedLedger) throws Exception {
        commandProcess(scratch, shippedLedger);
        firstFrames(scratch, shippedLedger);
    }

    /** {@code stats --json} as a user runs it: a new JVM each time. */
    private void commandProcess(Path scratch, Path ledger) throws Exception {
        if (!classExists(APP_LAUNCHER)) {
            log.say(log.text("bench.process.noLauncher", APP_LAUNCHER));
            return;
        }
        ColdStart cs = new ColdStart(scratch);
        List<String> args = List.of("stats", "--json", "--ledger", ledger.toString());
        try {
            log.measure("process.statsCommand", log.text("bench.item.commandProcess"), warmup, runs,
                    () -> Math.round(cs.run(APP_LAUNCHER, args, START_TIMEOUT_SECONDS) * 1e6))
                    .note(log.text("bench.note.wall"));
        } catch (ColdStart.Failure f) {
            log.say(log.text("bench.process.failed", f.getMessage()));
            log.childOutput(f.output);
        }
    }

    /** Time to first frame of the app and of a minimal window, alternating, each in a fresh JVM. */
    private void firstFrames(Path scratch, Path shippedLedger) throws Exception {
        if (!hasDisplay()) {
            log.say(log.text("bench.start.noDisplay"));
            firstFrame.put("skipped", "no DISPLAY");
            return;
        }
        boolean app = classExists(APP_LAUNCHER) && classExists(APP_CLASS);
        if (!app) {
            log.say(log.text("bench.start.noApp", APP_CLASS));
            firstFrame.put("appSkipped", APP_CLASS + " not on the class path");
        }
        // the app starts on a ledger that already holds the shipped plan: a normal start, not the first one
        Path ledger = scratch.resolve("app.planledger");
        Files.copy(shippedLedger, ledger);
        ColdStart cs = new ColdStart(scratch);
        Series minimal = new Series("start.minimalWindow", log.text("bench.item.minimalWindow"));
        Series minimalWall = new Series("start.minimalWindow.wall", log.text("bench.item.minimalWindowWall"));
        Series appFrame = new Series("start.app", log.text("bench.item.app"));
        Series appWall = new Series("start.app.wall", log.text("bench.item.appWall"));
        Series appOutline = new Series("start.app.outline", log.text("bench.item.appOutline"));
        Set<String> methods = new LinkedHashSet<>();
        List<Map<String, Object>> frames = new ArrayList<>();
        int total = warmup + runs;
        for (int i = 0; i < total; i++) {
            boolean timed = i >= warmup;
            log.say(log.text("bench.start.run", i + 1, total, timed ? "" : log.text("bench.start.warmup")));
            ColdStart.Frame fm;
            try {
                fm = cs.probed(MinimalWindow.class.getName(), START_TIMEOUT_SECONDS);
            } catch (ColdStart.Failure f) {
                log.say(log.text("bench.start.failed", f.getMessage()));
                log.childOutput(f.output);
                firstFrame.put("skipped", f.getMessage());
                return;
            }
            methods.add(fm.method());
            if (timed) {
                minimal.add(fm.firstFrameMs());
                minimalWall.add(fm.wallMs());
                frames.add(frameJson("minimalWindow", fm));
            }
            if (app) {
                try {
                    ColdStart.Frame fa = cs.smoke(APP_LAUNCHER, ledger, START_TIMEOUT_SECONDS);
                    methods.add(fa.method());
                    if (timed) {
                        appFrame.add(fa.firstFrameMs());
                        appWall.add(fa.wallMs());
                        appOutline.add(fa.ms("outlineShown"));
                        frames.add(frameJson("app", fa));
                    }
                } catch (ColdStart.Failure f) {
                    log.say(log.text("bench.start.appFailed", f.getMessage()));
                    log.childOutput(f.output);
                    firstFrame.put("appSkipped", f.getMessage());
                    app = false;
                }
            }
        }
        String method = String.join("+", methods);
        log.add(minimal.note(log.text("bench.note.method", method)));
        log.add(minimalWall.note(log.text("bench.note.wall")));
        firstFrame.put("method", method);
        firstFrame.put("minimalWindowMedianMs", Series.round(minimal.median()));
        if (appFrame.runs() > 0) {
            log.add(appFrame.note(log.text("bench.note.method", method)));
            log.add(appWall.note(log.text("bench.note.wall")));
            log.add(appOutline.note(log.text("bench.note.outlineShown")));
            double ratio = appFrame.median() / minimal.median();
            firstFrame.put("appMedianMs", Series.round(appFrame.median()));
            firstFrame.put("ratio", Math.round(ratio * 100) / 100.0);
            firstFrame.put("appOutlineMedianMs", Series.round(appOutline.median()));
            firstFrame.put("outlineRatio", Math.round(appOutline.median() / minimal.median() * 100) / 100.0);
        }
        firstFrame.put("runs", frames);
    }

    private static Map<String, Object> frameJson(String what, ColdStart.Frame f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("window", what);
        for (String field : List.of("main", "shown", "firstFrame", "ledgerOpen", "outlineShown")) {
            if (f.fields().containsKey(field)) {
                o.put(field, f.ms(field));
            }
        }
        o.put("wall", Series.round(f.wallMs()));
        o.put("method", f.method());
        return o;
    }

    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, ColdStartSeries.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
