package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger with a kilobyte of garbage in the middle (issue 16, item 1): SQLite still opens it and
 * reads what is intact, but no change and no backup is made of it; the refusal names the newest
 * backup that passes the check, and restoring it brings the ledger back, however the rolling limit
 * stands.
 */
class DamagedLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path master;
    private Path backups;

    @BeforeEach
    void seeded() {
        master = CliRun.seededLedger(dir);
        backups = dir.resolve("backups");
    }

    @Test
    void aDamagedLedgerRefusesEveryWriteAndEveryBackupNamingTheGoodBackupToRestore() throws Exception {
        Path reports = reportFromADepartment();
        assertEquals(ExitCodes.OK, CliRun.of("backup", "keep", 2, "--ledger", master).code());
        CliRun imported = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", master);
        assertEquals(ExitCodes.OK, imported.code(), imported::toString);
        Path good = only(backupFiles());
        assertTrue(good.getFileName().toString().endsWith("_import.planledger"), good::toString);

        writeGarbageInto(master, "change_log");
        // damaged copies an older PlanLedger took after the damage, newer than the good one
        Path damaged1 = asBackup(Files.copy(master, backups.resolve(stem() + "_20261129-235958_merge.planledger")));
        Path damaged2 = asBackup(Files.copy(master, backups.resolve(stem() + "_20261129-235959_merge.planledger")));
        List<Path> before = backupFiles();
        String ledgerBytes = sha256(master);

        CliRun add = CliRun.of("report", "add", "--ledger", master, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "十月已完成现场核查", "--percent", 60);
        refusedNaming(add, good);
        CliRun merge = CliRun.of("report", "import", reports, "--ledger", master);
        refusedNaming(merge, good);
        CliRun reimport = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", master);
        refusedNaming(reimport, good);
        CliRun backup = CliRun.of("backup", "create", "--ledger", master);
        refusedNaming(backup, good);
        Path carried = dir.resolve("带走的台账.planledger");
        refusedNaming(CliRun.of("backup", "create", "--out", carried, "--ledger", master), good);
        assertFalse(Files.exists(carried), "no damaged copy is written as a whole ledger either");

        assertEquals(before, backupFiles(), "no backup, damaged or not, was added or rotated away");
        assertEquals(ledgerBytes, sha256(master), "the damaged ledger was not written");
        assertTrue(Files.list(backups).noneMatch(f -> f.getFileName().toString().endsWith(".partial")));

        CliRun plans = CliRun.of("plans", "--ledger", master);
        assertEquals(ExitCodes.OK, plans.code(), "what is intact can still be read (and exported): " + plans);

        // restoring the named backup mends the ledger; with keep 2 and two newer damaged copies the
        // rolling limit still keeps the one backup that restores
        CliRun restored = CliRun.of("backup", "restore", good.getFileName(), "--yes", "--ledger", master);
        assertEquals(ExitCodes.OK, restored.code(), restored::toString);
        assertTrue(restored.out().contains("恢复前的台账已损坏，未作备份"), restored.out());
        assertTrue(Files.exists(good), "the newest backup that passes the check is never rotated away");
        assertTrue(damageOf(good).isEmpty());
        assertTrue(damageOf(master).isEmpty(), "the ledger is whole again");

        CliRun merged = CliRun.of("report", "import", reports, "--ledger", master);
        assertEquals(ExitCodes.OK, merged.code(), merged::toString);
        List<Path> left = backupFiles();
        assertTrue(left.contains(damaged1) && left.contains(damaged2), "the two damaged ones are the newest by name");
        assertTrue(left.stream().anyMatch(f -> f.getFileName().toString().endsWith("_merge.planledger")
                && !f.equals(damaged1) && !f.equals(damaged2) && damageOf(f).isEmpty()),
                "the merge's own backup, checked, is kept whatever the limit: " + left);

        CliRun again = CliRun.of("report", "add", "--ledger", master, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "十月已完成现场核查", "--percent", 60);
        assertEquals(ExitCodes.OK, again.code(), again::toString);
    }

    /**
     * A command that meets the damage while it reads, before it writes (督办单 issued from a damaged
     * register, an evaluation from damaged outcomes) says the same as a write: damaged, which backup
     * to restore, exit 3 — not SQLite's "[SQLITE_CORRUPT] The database disk image is malformed".
     */
    @Test
    void aCommandThatMeetsTheDamageWhileReadingNamesTheGoodBackupToRestore() throws Exception {
        assertEquals(ExitCodes.OK, CliRun.of("notice", "issue", "--out", Files.createDirectories(dir.resolve("先前")), "--ledger", master).code());
        assertEquals(ExitCodes.OK, CliRun.of("backup", "create", "--ledger", master).code());
        Path good = only(backupFiles());
        writeGarbageInto(master, "notice");
        String ledgerBytes = sha256(master);
        Path out = Files.createDirectories(dir.resolve("督办单"));

        refusedNaming(CliRun.of("notice", "issue", "--out", out, "--ledger", master), good);
        refusedNaming(CliRun.of("notice", "list", "--ledger", master), good);
        refusedNaming(CliRun.of("report", "doc", "--period", "2026-10", "--out", out.resolve("通报.docx"), "--ledger", master), good);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "no document written");
        }
        assertEquals(ledgerBytes, sha256(master));
        assertEquals(List.of(good), backupFiles());
    }

    @Test
    void aLedgerDamagedWhereItsSchemaLivesIsCalledDamagedNotSomeOtherFile() throws Exception {
        CliRun imported = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", master);
        assertEquals(ExitCodes.OK, imported.code(), imported::toString);
        Path good = only(backupFiles());
        writeGarbageInto(master, "flyway_schema_history");

        CliRun add = CliRun.of("report", "add", "--ledger", master, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "十月已完成现场核查", "--percent", 60);
        refusedNaming(add, good);
        assertFalse((add.err() + add.out()).contains("不是规划任务台账文件"), add::toString);
    }

    private void refusedNaming(CliRun run, Path good) {
        assertEquals(ExitCodes.LEDGER, run.code(), run::toString);
        String said = run.err() + run.out();
        assertTrue(said.contains("已损坏") && said.contains(good.getFileName().toString())
                && said.contains("backup restore"), said);
        assertFalse(said.contains("Exception"), said);
    }

    /** A report file of the department leading 5.3.6, in a folder of its own. */
    private Path reportFromADepartment() throws Exception {
        Path packages = dir.resolve("任务包");
        CliRun export = CliRun.of("package", "export", "--all", "--out", packages, "--ledger", master, "--json");
        assertEquals(ExitCodes.OK, export.code(), export::toString);
        Path pkg = null;
        for (JsonNode p : JSON.readTree(export.out()).get("packages")) {
            if (p.get("department").asText().equals("市生态环境局天桥分局")) {
                pkg = Path.of(p.get("file").asText());
            }
        }
        Path dept = dir.resolve("部门").resolve("部门.planledger");
        Files.createDirectories(dept.getParent());
        CliRun open = CliRun.of("package", "open", pkg, "--into", dept, "--ledger", master);
        assertEquals(ExitCodes.OK, open.code(), open::toString);
        CliRun add = CliRun.of("report", "add", "--ledger", dept, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "完成3家企业源头替代", "--percent", 60);
        assertEquals(ExitCodes.OK, add.code(), add::toString);
        Path reports = Files.createDirectories(dir.resolve("报告"));
        CliRun out = CliRun.of("report", "export", "--ledger", dept, "--out", reports);
        assertEquals(ExitCodes.OK, out.code(), out::toString);
        return reports;
    }

    /** A kilobyte of garbage over the first page of {@code table}: the file still opens as a ledger. */
    static void writeGarbageInto(Path ledger, String table) throws Exception {
        org.planledger.testing.DamagedFiles.writeGarbageInto(ledger, table);
        assertFalse(damageOf(ledger).isEmpty(), "the garbage is damage SQLite's check finds");
    }

    /** A backup is one self-contained file: rollback journal (header bytes 18 and 19 = 1), no -wal. */
    private static Path asBackup(Path copy) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.seek(18);
            f.write(new byte[] {1, 1});
        }
        return copy;
    }

    /** SQLite's own quick check of a file, read-only: empty when it says "ok". */
    static java.util.Optional<String> damageOf(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.getString(1);
            return "ok".equals(verdict) ? java.util.Optional.empty() : java.util.Optional.of(verdict);
        } catch (java.sql.SQLException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    private List<Path> backupFiles() throws Exception {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted().toList();
        }
    }

    private String stem() {
        String name = master.getFileName().toString();
        return name.substring(0, name.length() - ".planledger".length());
    }

    private static Path only(List<Path> files) {
        assertEquals(1, files.size(), files::toString);
        return files.get(0);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
