package org.planledger.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.planledger.app.LedgerStartup;
import org.planledger.assign.table.DivisionTable;
import org.planledger.assign.table.DivisionTableException;
import org.planledger.assign.table.DivisionTableImport;
import org.planledger.assign.table.DivisionTablePreview;
import org.planledger.assign.table.DivisionTableReader;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.planimport.PlanImportException;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.testing.TestClock;

/**
 * A seeded ledger (registry, shipped plan, draft division) for fuzzing the importers: made once
 * per JVM as a template file, then copied for a property. The ledger stays open across tries
 * while they leave it unchanged; after a try that imported something, {@link #dirty()} makes
 * the next {@link #ledger()} a fresh copy, so every try starts from the same ledger.
 */
public final class FuzzLedger implements AutoCloseable {

    private static Path template;

    private final Path dir;
    private Ledger ledger;
    private int copies;

    public FuzzLedger() {
        try {
            dir = Files.createTempDirectory("planledger-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path d = Files.createTempDirectory("planledger-fuzz-template");
                Path f = d.resolve("template.planledger");
                try (Ledger l = Ledger.open(f, TestClock.get())) {
                    LedgerStartup.prepare(l);
                }
                d.toFile().deleteOnExit();
                f.toFile().deleteOnExit();
                template = f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    /** The ledger for this try: the one still open, else a fresh copy of the template. */
    public Ledger ledger() {
        if (ledger == null) {
            Path f = dir.resolve("l" + (copies++) + ".planledger");
            try {
                Files.copy(template(), f, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ledger = Ledger.open(f, TestClock.get());
        }
        return ledger;
    }

    /** The last try wrote to the ledger: the next one gets a fresh copy. */
    public void dirty() {
        closeLedger();
    }

    public int copies() {
        return copies;
    }

    private void closeLedger() {
        if (ledger != null) {
            Path f = ledger.file();
            ledger.close();
            ledger = null;
            for (String suffix : List.of("", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(f + suffix));
                } catch (IOException e) {
                    // left for the temp directory's cleanup
                }
            }
        }
    }

    @Override
    public void close() {
        closeLedger();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // temp files; nothing depends on them
        }
    }

    /** Every row of every table, in rowid order, hashed: equal fingerprints, unchanged ledger. */
    public static String fingerprint(Ledger ledger) {
        return ledger.read(c -> {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder counts = new StringBuilder();
            for (String table : tables) {
                boolean virtual = table.startsWith("sqlite_");
                String sql = "SELECT * FROM \"" + table + "\"" + (virtual ? "" : " ORDER BY rowid");
                long rows = 0;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    digest.update(table.getBytes(StandardCharsets.UTF_8));
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= n; i++) {
                            byte[] v = rs.getBytes(i);
                            digest.update(v == null ? new byte[] {(byte) 0xFF, 0} : v);
                            digest.update((byte) 0);
                        }
                        digest.update((byte) '\n');
                    }
                } catch (java.sql.SQLException e) {
                    // a virtual table (full-text index) without rowid order: read as it comes
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                        rows = rs.next() ? rs.getLong(1) : -1;
                    }
                }
                counts.append(table).append('=').append(rows).append(';');
            }
            return counts + HexFormat.of().formatHex(digest.digest());
        });
    }

    private static final Messages ZH = Messages.chinese();
    private static final Messages EN = Messages.forLanguage("en");

    /** A refusal the user can read: its key in both bundles, formatting in both languages. */
    public static String words(Text problem) {
        assertTrue(ZH.bundle().containsKey(problem.key()), "no message for " + problem.key());
        assertTrue(EN.bundle().containsKey(problem.key()), "no English message for " + problem.key());
        String zh = ZH.format(problem);
        EN.format(problem);
        assertTrue(!zh.isBlank() && !zh.contains("{0}"), zh);
        return zh;
    }

    public static void assertUnchanged(String before, Ledger ledger, Object what) {
        assertEquals(before, fingerprint(ledger), "the ledger changed after a refused import: " + what);
    }

    /**
     * Reads a plan document and imports it the way {@code import FILE} and the app's 导入规划 do
     * (read completely, then written in one transaction). Returns "imported", or the key of the
     * user-facing refusal after checking its words and that the ledger is unchanged. Anything
     * else thrown fails the try.
     */
    public String importPlan(String name, byte[] bytes) {
        ParsedPlan parsed;
        try {
            parsed = new PlanDocumentReader().read(name, bytes);
        } catch (PlanImportException e) {
            words(e.problem());
            return e.problem().key();
        }
        Ledger l = ledger();
        String before = fingerprint(l);
        try {
            l.plans().importPlan(parsed.plan(), parsed.report().sourceName());
        } catch (StoreException e) {
            words(e.problem());
            assertUnchanged(before, l, name + ": " + e.problem());
            return e.problem().key();
        } catch (PlanImportException e) {
            words(e.problem());
            assertUnchanged(before, l, name + ": " + e.problem());
            return e.problem().key();
        }
        dirty();
        return "imported";
    }

    /**
     * Reads a 分工表 and imports it the way {@code assign import FILE} and the app's 导入分工表 do:
     * read, preview (which must write nothing), apply in one transaction. Returns "imported", or
     * the refusal's key after checking its words and that the ledger is unchanged.
     */
    public String importDivision(String name, byte[] bytes, boolean createDepartments) {
        DivisionTable table;
        try {
            table = new DivisionTableReader().read(name, bytes);
        } catch (DivisionTableException e) {
            words(e.problem());
            return e.problem().key();
        }
        Ledger l = ledger();
        String before = fingerprint(l);
        DivisionTablePreview preview;
        try {
            preview = DivisionTableImport.preview(l, table, 0);
        } catch (DivisionTableException | StoreException e) {
            Text problem = e instanceof DivisionTableException d ? d.problem() : ((StoreException) e).problem();
            words(problem);
            assertUnchanged(before, l, name + ": " + problem);
            return problem.key();
        }
        assertUnchanged(before, l, "the preview of " + name + " wrote to the ledger");
        try {
            DivisionTableImport.apply(l, preview, createDepartments);
        } catch (DivisionTableException | StoreException e) {
            Text problem = e instanceof DivisionTableException d ? d.problem() : ((StoreException) e).problem();
            words(problem);
            assertUnchanged(before, l, name + ": " + problem);
            return problem.key();
        }
        dirty();
        return "imported";
    }
}
