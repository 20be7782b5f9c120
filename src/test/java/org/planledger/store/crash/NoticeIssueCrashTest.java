package org.planledger.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.cli.Cli;
import org.planledger.testing.TestClock;

/**
 * A register number and its document live in two places, the ledger and a folder. {@code notice
 * issue} is killed with SIGKILL the moment its first 督办单 appears under its final name, where a
 * number and a document are most likely to part; after the next command on the ledger, every
 * document in a folder is in the register and every number in the register has its document,
 * once. Before the fix, the documents were moved into place before the register committed: a kill
 * there left 督办单 no register knew, whose numbers the next issue gave to other documents.
 */
class NoticeIssueCrashTest {

    private static final int TRIALS = Math.max(3, Integer.getInteger("planledger.crashTrials", 20) / 7);

    @TempDir
    Path dir;

    @Test
    void aNoticeIssueKilledAsItsDocumentsAppearLeavesNoNumberWithoutItsDocumentNorADocumentWithoutItsNumber()
            throws Exception {
        Path ledger = dir.resolve("l.planledger");
        assertEquals(0, cli("plans", "--ledger", ledger.toString()));
        int killedAfterAppearing = 0;
        int killed = 0;
        // at least TRIALS kills, and on until one landed as the documents appeared (a busy machine can let a run finish first)
        for (int trial = 0; trial < TRIALS || (killedAfterAppearing == 0 && trial < TRIALS * 5); trial++) {
            killed++;
            Path out = Files.createDirectories(dir.resolve("out-" + trial));
            if (killAsTheFirstDocumentAppears(List.of("cli", "notice", "issue", "--out", out.toString(),
                    "--ledger", ledger.toString()), out)) {
                killedAfterAppearing++;
            }
            // the next command on the ledger: it opens it, as any command does
            assertEquals(0, cli("notice", "list", "--ledger", ledger.toString()), "the next command works");

            Set<String> registered = numbers(ledger);
            List<String> documents = documents();
            assertEquals(documents.size(), new TreeSet<>(documents).size(), "one number on two documents: " + documents);
            assertEquals(registered, new TreeSet<>(documents),
                    "trial " + trial + ": the register's numbers and the documents in the folders");
            assertEquals(List.of(), integrity(ledger));
        }
        System.out.printf("NoticeIssueCrashTest: %d notice issues killed, %d of them after their first document appeared%n",
                killed, killedAfterAppearing);
        assertTrue(killedAfterAppearing > 0, "no kill landed while the documents were being put in place");
    }

    /** Runs the command and kills it as soon as a document shows under its final name; true when one did. */
    private boolean killAsTheFirstDocumentAppears(List<String> args, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                CrashCreator.class.getName()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean appeared = false;
        try {
            while (p.isAlive() && System.nanoTime() < deadline) {
                try (Stream<Path> files = Files.list(out)) {
                    appeared = files.anyMatch(f -> !f.getFileName().toString().startsWith(".")
                            && f.getFileName().toString().endsWith(".docx"));
                }
                if (appeared) {
                    p.destroyForcibly();
                    break;
                }
                Thread.onSpinWait();
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        return appeared;
    }

    private List<String> documents() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".docx") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.indexOf(' ')))
                    .sorted().toList();
        }
    }

    private static Set<String> numbers(Path ledger) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger + "?open_mode=1");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT number FROM notice")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> integrity(Path ledger) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger + "?open_mode=1");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        PrintWriter w = new PrintWriter(sink, true);
        int code = Cli.execute(args, w, w, TestClock.get());
        if (code != 0) {
            System.out.println(sink);
        }
        return code;
    }
}
