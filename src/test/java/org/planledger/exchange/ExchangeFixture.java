package org.planledger.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.testing.Backend;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestLedger;

/** A seeded master ledger made once per run, and small steps of the exchange round trip. */
final class ExchangeFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    private ExchangeFixture() {
    }

    /** A fresh copy of a master ledger holding the shipped plan and its draft division, on {@code backend}. */
    static TestLedger master(Backend backend, Path dir, String name) {
        return backend.copyOf(LedgerTemplate.SEEDED, dir, name);
    }

    /** The same, as a ledger file. */
    static Path master(Path dir, String name) {
        return master(Backend.SQLITE, dir, name).file();
    }

    static long id(Ledger ledger, String sql) {
        return ledger.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                if (!rs.next()) {
                    throw new AssertionError("no row: " + sql);
                }
                return rs.getLong(1);
            }
        });
    }

    static long count(Ledger ledger, String sql) {
        return id(ledger, sql);
    }

    static List<String> strings(Ledger ledger, String sql) {
        return ledger.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Every record uid and every table's row count: equal fingerprints, unchanged ledger. */
    static String fingerprint(Ledger ledger) {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("progress_entry", "status_event", "evidence", "extension_request", "extension_decision",
                "light_override", "indicator_value", "indicator_judgement", "exchange_batch", "exchange_origin",
                "exchange_attention", "exchange_department", "task", "milestone", "task_assignment")) {
            sb.append(table).append('=').append(count(ledger, "SELECT count(*) FROM " + table)).append(';');
        }
        sb.append(strings(ledger, "SELECT string_agg(uid, ',' ORDER BY uid) FROM progress_entry"));
        sb.append(strings(ledger, "SELECT string_agg(status, ',' ORDER BY id) FROM task"));
        sb.append(strings(ledger, "SELECT string_agg(CAST(merged_seq AS TEXT), ',' ORDER BY department_id) FROM exchange_department"));
        return sb.toString();
    }

    static long department(Ledger ledger, String name) {
        return id(ledger, "SELECT id FROM department WHERE name = '" + name + "'");
    }

    static long task(Ledger ledger, String code) {
        return id(ledger, "SELECT id FROM task WHERE code = '" + code + "'");
    }

    static long lead(Ledger ledger, String code) {
        return id(ledger, "SELECT department_id FROM task_assignment WHERE role = 'LEAD' AND task_id = " + task(ledger, code));
    }

    /** The department leading the most tasks, other than {@code except}. */
    static long busiestOtherLead(Ledger ledger, long except) {
        return id(ledger, "SELECT department_id FROM task_assignment WHERE role = 'LEAD' AND department_id <> "
                + except + " GROUP BY department_id ORDER BY count(*) DESC, department_id LIMIT 1");
    }

    /** The code of the first task the department leads. */
    static String firstLedBy(Ledger ledger, long departmentId) {
        return strings(ledger, "SELECT t.code FROM task t JOIN task_assignment a ON a.task_id = t.id WHERE a.role = 'LEAD' "
                + "AND a.department_id = " + departmentId + " ORDER BY t.id LIMIT 1").get(0);
    }

    /** A progress entry for the month before today, written today. */
    static long entry(Ledger ledger, long taskId, long departmentId, String text, List<EvidenceFile> evidence) {
        return ledger.progress(CLOCK).addEntry(new NewEntry(ItemKey.task(taskId), departmentId,
                ReportingPeriod.containing(PeriodKind.MONTH, TODAY.minusMonths(1)), TODAY, text, "", "", 50, null, evidence));
    }

    static EvidenceFile evidence(Path dir, String name, String content) {
        try {
            return new EvidenceFile(Files.writeString(dir.resolve(name), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts of a sealed file, by name, for tests that alter one and seal again. */
    static Map<String, byte[]> parts(Path file) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().equals(SealedFile.SIGNATURE)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }
}
