package org.planledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planledger.testing.Backend;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/** Runs the command line in-process with captured output, as the tests need it. */
record CliRun(int code, String out, String err) {

    static final String SHIPPED_RESOURCE = "/plans/tianqiao-eco-plan-2021-2025.txt";
    static final String SHIPPED_NAME = "tianqiao-eco-plan-2021-2025.txt";

    static CliRun of(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = String.valueOf(args[i]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(a, new PrintWriter(out, true), new PrintWriter(err, true), TestClock.get());
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }

    /**
     * A ledger on {@code backend} as the first start leaves it (the shipped plan, the registry, the
     * first drafts), copied from the template prepared once: a file {@code name} in {@code dir}, or a database.
     */
    static TestLedger seeded(Backend backend, Path dir, String name) {
        return backend.copyOf(LedgerTemplate.SEEDED, dir, name);
    }

    /** A ledger in {@code dir} as the first start leaves it: the shipped plan, the registry, the first drafts. */
    static Path seededLedger(Path dir) {
        Path ledger = dir.resolve("l.planledger");
        CliRun run = of("plans", "--ledger", ledger);
        org.junit.jupiter.api.Assertions.assertEquals(ExitCodes.OK, run.code(), run::toString);
        return ledger;
    }

    /** The shipped plan's text copied to a file in {@code dir}, as a user would have it. */
    static Path shippedPlanFile(Path dir) {
        try (InputStream in = CliRun.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            Path file = dir.resolve(SHIPPED_NAME);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
