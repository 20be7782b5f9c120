package org.planledger.store.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.planledger.app.LedgerStartup;
import org.planledger.cli.Cli;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * The process {@link LedgerCreationCrashTest} kills while it creates a ledger. It says {@code GO}
 * when it is about to start (the JVM is up), then either starts the app's way on a ledger file
 * ({@code start FILE}: open and prepare, as the first start does) or runs one command line
 * ({@code cli ARGS...}; the last argument is a path in the folder where it works), and at the end says {@code DONE <exit code>}: the promise that what
 * the command reported is on disk.
 */
public final class CrashCreator {

    private CrashCreator() {
    }

    public static void main(String[] args) throws Exception {
        FileOutputStream raw = new FileOutputStream(FileDescriptor.out);
        // one ledger made and thrown away before GO: the kill window is then the creation's own
        // writes, not the JVM loading SQLite, Flyway and the command line
        Path warm = Files.createTempDirectory(Path.of(args[args.length - 1]).toAbsolutePath().getParent(), "warm-");
        try (Ledger ledger = Ledger.open(warm.resolve("warm.planledger"), TestClock.get())) {
            ledger.plans();
        }
        Class.forName(Cli.class.getName(), true, CrashCreator.class.getClassLoader());
        try (var files = Files.walk(warm)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        raw.write("GO\n".getBytes(StandardCharsets.UTF_8));
        raw.flush();
        int code;
        if (args[0].equals("start")) {
            try (Ledger ledger = Ledger.open(Path.of(args[1]), TestClock.get())) {
                LedgerStartup.prepare(ledger);
            }
            code = 0;
        } else {
            PrintWriter quiet = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            code = Cli.execute(Arrays.copyOfRange(args, 1, args.length), quiet, quiet, TestClock.get());
        }
        raw.write(("DONE " + code + "\n").getBytes(StandardCharsets.UTF_8));
        raw.flush();
        System.exit(code);
    }
}
