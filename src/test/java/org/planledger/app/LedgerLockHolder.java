package org.planledger.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The other process of the single-instance tests: {@code LedgerLockHolder LEDGER [ARGS…]} starts
 * on the ledger as the app does ({@link LedgerLock#acquire}) and prints ACQUIRED, SHOWN or HELD;
 * holding it, it prints {@code SHOW <args>} for every later start that asks, until its stdin closes.
 */
public final class LedgerLockHolder {

    private LedgerLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        LedgerLock.Outcome outcome = LedgerLock.acquire(Path.of(args[0]), List.of(args).subList(1, args.length),
                shown -> out.println("SHOW " + String.join(" ", shown)));
        out.println(outcome instanceof LedgerLock.Acquired ? "ACQUIRED"
                : outcome instanceof LedgerLock.Shown ? "SHOWN" : "HELD");
        if (outcome instanceof LedgerLock.Acquired a) {
            while (System.in.read() >= 0) {
                // held until the test closes our stdin
            }
            a.lock().close();
        }
    }

    /** A running holder process, for the tests. */
    public static final class Running implements AutoCloseable {

        private final Process process;
        private final BufferedReader lines;

        private Running(Process process) {
            this.process = process;
            this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Starts {@code LedgerLockHolder ledger args…} in a JVM of its own. */
        public static Running start(Path ledger, String... args) throws IOException {
            List<String> cmd = new ArrayList<>(javaCommand());
            cmd.add(LedgerLockHolder.class.getName());
            cmd.add(ledger.toString());
            cmd.addAll(List.of(args));
            return new Running(new ProcessBuilder(cmd).redirectError(Redirect.INHERIT).start());
        }

        /** {@code java -cp <this test run's class path>}. */
        public static List<String> javaCommand() {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"));
        }

        /** The next line the process printed (null when it ended). */
        public String nextLine() throws IOException {
            return lines.readLine();
        }

        /** Lets go of the ledger: closes the process' stdin and waits for it to end; its exit code. */
        public int release() throws IOException, InterruptedException {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the holder did not end");
            }
            return process.exitValue();
        }

        /** Kills the process, as a crash would, and waits until it is gone. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the holder could not be killed");
            }
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
