package org.planledger.store.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.testing.TestClock;

/**
 * The process {@link CrashSafetyTest} kills: opens a ledger and writes progress entries through
 * the real store, one transaction each, as fast as it can. After each commit has returned it
 * writes one line {@code ACK <entry id> <progress text>} to stdout in a single write; a line
 * is therefore a promise that the entry is on disk. Every fifth entry carries an evidence file
 * whose content {@link #evidenceContent} derives from the text.
 *
 * <p>Arguments: the ledger file, a prefix for the progress texts (unique per run), a scratch
 * directory for the evidence files, and optionally a pause in milliseconds between two writes
 * (default none).
 */
public final class CrashWriter {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    /** A run that nobody kills stops by itself after this long. */
    private static final long MAX_MILLIS = 60_000;

    private CrashWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        Path scratch = Files.createDirectories(Path.of(args[2]));
        long pauseMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            long[] lead = ledger.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT task_id, department_id FROM task_assignment WHERE role = 'LEAD' ORDER BY task_id LIMIT 1")) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the ledger has no task with a lead department");
                    }
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            });
            ReportingPeriod period = ReportingPeriod.containing(PeriodKind.MONTH, TODAY.minusMonths(1));
            out.write("READY\n".getBytes(StandardCharsets.UTF_8));
            for (int n = 0; System.currentTimeMillis() < deadline; n++) {
                boolean withEvidence = n % 5 == 4;
                String text = prefix + "-" + n + (withEvidence ? "+e" : "");
                List<EvidenceFile> evidence = List.of();
                if (withEvidence) {
                    evidence = List.of(new EvidenceFile(Files.write(scratch.resolve(text + ".txt"), evidenceContent(text))));
                }
                long id = ledger.progress(CLOCK).addEntry(new NewEntry(ItemKey.task(lead[0]), lead[1], period, TODAY,
                        text, "", "", n % 101, null, evidence));
                // one write(2) of less than PIPE_BUF bytes: the reader sees the whole line or none of it
                out.write(("ACK " + id + " " + text + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (pauseMillis > 0) {
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** About 8 KB derived from the entry's text, so a torn or mixed-up blob shows. */
    static byte[] evidenceContent(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 8192; i++) {
            sb.append(text).append(':').append(i).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
