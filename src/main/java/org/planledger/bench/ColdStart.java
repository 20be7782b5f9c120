package org.planledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a class of this class path in a fresh JVM, as a user's double-click or command would. */
final class ColdStart {

    /** What one run of a first-frame probe reported, in ms since JVM start, and the wall time spawn → frame. */
    record Frame(long firstFrameMs, long shownMs, long mainMs, String method, double wallMs) {
    }

    /** A child process that did not do what was expected; {@code output} is the tail of what it said. */
    static final class Failure extends Exception {
        final String output;

        Failure(String message, String output) {
            super(message);
            this.output = output;
        }
    }

    private final String java;
    private final String classPath;
    private final Path scratch;

    ColdStart(Path scratch) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.classPath = System.getProperty("java.class.path");
        this.scratch = scratch;
    }

    /** Starts {@code mainClass} with the probe on and waits for its first-frame line. */
    Frame firstFrame(String mainClass, List<String> args, long timeoutSeconds) throws IOException, Failure,
            InterruptedException {
        List<String> cmd = command(mainClass, args, "-D" + FirstFrameProbe.PROPERTY + "=true");
        Path errFile = Files.createTempFile(scratch, "child", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errFile.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> line = new CompletableFuture<>();
        List<String> said = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.startsWith(FirstFrameProbe.LINE_PREFIX)) {
                        line.complete(l);
                    } else if (said.size() < 200) {
                        said.add(l);
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            line.complete(null);
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
        String probe;
        try {
            probe = line.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            probe = null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        String err = tail(errFile);
        Files.deleteIfExists(errFile);
        if (probe == null) {
            throw new Failure("no first frame from " + mainClass + " (exit " + (p.isAlive() ? "-" : p.exitValue()) + ")",
                    String.join("\n", said) + "\n" + err);
        }
        Map<String, String> f = fields(probe);
        return new Frame(Long.parseLong(f.get("firstFrame")), Long.parseLong(f.get("shown")),
                Long.parseLong(f.get("main")), f.get("method"), wall);
    }

    /** Runs {@code mainClass} to its end; returns the wall time, or throws if it failed. */
    double run(String mainClass, List<String> args, long timeoutSeconds) throws IOException, Failure,
            InterruptedException {
        Path outFile = Files.createTempFile(scratch, "child", ".out");
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true)
                .redirectOutput(outFile.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - t0) / 1e6;
        String out = tail(outFile);
        Files.deleteIfExists(outFile);
        if (!done) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new Failure(mainClass + " did not finish in " + timeoutSeconds + " s", out);
        }
        if (p.exitValue() != 0) {
            throw new Failure(mainClass + " exited with " + p.exitValue(), out);
        }
        return wall;
    }

    private List<String> command(String mainClass, List<String> args, String... jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    static Map<String, String> fields(String line) {
        Map<String, String> f = new HashMap<>();
        for (String part : line.split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                f.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return f;
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
