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

/** Runs a class of this class path, or an installed launcher, in a fresh process, as a user's double-click or command would. */
final class ColdStart {

    /** The app's {@code --smoke} line: first frame, ledger open and outline shown, in ms since JVM start. */
    static final String SMOKE_PREFIX = "PLANLEDGER_SMOKE";

    /**
     * What one start reported on its timing line ({@code key=value} fields, milliseconds since JVM
     * start), and the wall time from spawning the process to that line.
     */
    record Frame(Map<String, String> fields, double wallMs) {
        long ms(String field) {
            String v = fields.get(field);
            if (v == null) {
                throw new IllegalStateException("no " + field + "= in " + fields);
            }
            return Long.parseLong(v);
        }

        long firstFrameMs() {
            return ms("firstFrame");
        }

        String method() {
            return fields.getOrDefault("method", "");
        }
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

    /** The minimal window (or another class here) with the first-frame probe on, to its {@link FirstFrameProbe} line. */
    Frame probed(String mainClass, long timeoutSeconds) throws IOException, Failure, InterruptedException {
        return firstLine(command(mainClass, List.of(), "-D" + FirstFrameProbe.PROPERTY + "=true"), Map.of(),
                FirstFrameProbe.LINE_PREFIX, timeoutSeconds);
    }

    /** The app ({@code org.planledger.Main}) on this class path with {@code --smoke}, to its smoke line. */
    Frame smoke(String mainClass, Path ledger, long timeoutSeconds) throws IOException, Failure, InterruptedException {
        return firstLine(command(mainClass, List.of("--smoke", "--ledger", ledger.toString())), Map.of(), SMOKE_PREFIX,
                timeoutSeconds);
    }

    /**
     * Starts {@code command} (with {@code env} added to this process' environment) and waits for
     * its first line starting with {@code prefix}; then for the process to end.
     */
    Frame firstLine(List<String> command, Map<String, String> env, String prefix, long timeoutSeconds)
            throws IOException, Failure, InterruptedException {
        Path errFile = Files.createTempFile(scratch, "child", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errFile.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> line = new CompletableFuture<>();
        List<String> said = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.startsWith(prefix + " ")) {
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
        String found;
        try {
            found = line.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            found = null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        String err = tail(errFile);
        Files.deleteIfExists(errFile);
        if (found == null) {
            throw new Failure("no " + prefix + " line from " + String.join(" ", command) + " (exit "
                    + (p.isAlive() ? "-" : p.exitValue()) + ")", String.join("\n", said) + "\n" + err);
        }
        return new Frame(fields(found), wall);
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

    /** The {@code key=value} fields of a timing line. */
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

    static String tail(Path file) throws IOException {
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
