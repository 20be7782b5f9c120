package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup list / create / restore / keep} on the shipped plan, and the automatic backup before an import. */
class BackupCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path ledger;

    @BeforeEach
    void seeded() {
        ledger = CliRun.seededLedger(dir);
    }

    @AfterEach
    void clear() {
    }

    /**
     * What the issue saw: killed backups had left hidden partial copies in backups/ while
     * {@code backup list} said "还没有备份". Listing removes those of ended processes and counts
     * what is still there in the space the backups take.
     */
    @Test
    void backupListRemovesWhatKilledBackupsLeftAndCountsTheRest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path killed = Files.write(folder.resolve(".l_20261128-090000_import.planledger.p" + ended.pid() + "-9.partial"),
                new byte[300_000]);
        Path killedJournal = Files.write(folder.resolve(killed.getFileName() + "-journal"), new byte[4096]);
        Path running = Files.write(folder.resolve(".l_20261129-090000_manual.planledger.p"
                + ProcessHandle.current().parent().orElseThrow().pid() + "-a.partial"), new byte[2048]);

        CliRun list = CliRun.of("backup", "list", "--ledger", ledger);

        assertEquals(ExitCodes.OK, list.code(), list::toString);
        assertFalse(Files.exists(killed), list::toString);
        assertFalse(Files.exists(killedJournal));
        assertTrue(Files.exists(running), "a backup under way stays");
        assertTrue(list.out().contains("备份共占用 2.0 KB"), list.out());
        assertTrue(list.out().contains("还没有备份"), list.out());
        JsonNode json = JSON.readTree(CliRun.of("backup", "list", "--ledger", ledger, "--json").out());
        assertEquals(2048, json.get("usedBytes").asLong());
    }

    @Test
    void aPlanImportIsBackedUpFirstAndTheListSaysWhatEachBackupHolds() throws Exception {
        CliRun none = CliRun.of("backup", "list", "--ledger", ledger);
        assertEquals(ExitCodes.OK, none.code(), none::toString);
        assertTrue(none.out().contains("还没有备份"), none.out());

        CliRun imported = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", ledger);
        assertEquals(ExitCodes.OK, imported.code(), imported::toString);

        CliRun list = CliRun.of("backup", "list", "--ledger", ledger);
        assertEquals(ExitCodes.OK, list.code(), list::toString);
        assertTrue(list.out().contains(dir.resolve("backups").toString()), list.out());
        String row = list.lines().stream().filter(l -> l.contains("_import.planledger")).findFirst().orElseThrow(() -> new AssertionError(list));
        assertTrue(row.contains("导入规划前") && row.contains("2026年") && row.contains("129"), row);

        JsonNode json = JSON.readTree(CliRun.of("backup", "list", "--ledger", ledger, "--json").out());
        assertEquals(1, json.get("backups").size());
        assertEquals("import", json.get("backups").get(0).get("reason").asText());
        assertEquals(129, json.get("backups").get(0).get("tasks").asInt());
        assertEquals(10, json.get("keep").asInt());
    }

    @Test
    void restoreShowsWhatItWouldBringBackAndOnlyWithYesReplacesTheLedger() throws Exception {
        CliRun created = CliRun.of("backup", "create", "--ledger", ledger);
        assertEquals(ExitCodes.OK, created.code(), created::toString);
        assertTrue(created.out().contains("任务 129 项，进展记录 0 条"), created.out());
        String backupName = JSON.readTree(CliRun.of("backup", "list", "--ledger", ledger, "--json").out())
                .get("backups").get(0).get("file").asText();

        CliRun add = CliRun.of("report", "add", "--ledger", ledger, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "十月已完成现场核查", "--percent", 60);
        assertEquals(ExitCodes.OK, add.code(), add::toString);
        assertEquals(1, PackageCommandTest.count(ledger, "SELECT count(*) FROM progress_entry"));

        CliRun preview = CliRun.of("backup", "restore", Path.of(backupName).getFileName(), "--ledger", ledger);
        assertEquals(ExitCodes.OK, preview.code(), preview::toString);
        assertTrue(preview.out().contains("备份中有") && preview.out().contains("进展记录 0 条")
                && preview.out().contains("进展记录 1 条") && preview.out().contains("--yes"), preview.out());
        assertEquals(1, PackageCommandTest.count(ledger, "SELECT count(*) FROM progress_entry"), "a preview changes nothing");

        CliRun restored = CliRun.of("backup", "restore", backupName, "--yes", "--ledger", ledger);
        assertEquals(ExitCodes.OK, restored.code(), restored::toString);
        assertEquals(0, PackageCommandTest.count(ledger, "SELECT count(*) FROM progress_entry"));
        String before = restored.lines().stream().filter(l -> l.startsWith("恢复前的台账已备份为")).findFirst().orElseThrow();
        Path beforeFile = Path.of(before.substring(before.indexOf("为 ") + 2).strip());
        assertEquals(1, PackageCommandTest.count(beforeFile, "SELECT count(*) FROM progress_entry"), "the replaced ledger is kept");

        CliRun missing = CliRun.of("backup", "restore", "没有这个备份.planledger", "--yes", "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("没有这个备份.planledger"), missing.err());
        Path notLedger = Files.writeString(dir.resolve("笔记.planledger"), "不是台账");
        CliRun refused = CliRun.of("backup", "restore", notLedger, "--yes", "--ledger", ledger);
        assertFalse(refused.code() == ExitCodes.OK);
        assertTrue(refused.err().contains("不是规划任务台账文件"), refused.err());
    }

    @Test
    void aWholeLedgerExportedWithOutIsOpenedOnTheNewPcByRestore() throws Exception {
        CliRun add = CliRun.of("report", "add", "--ledger", ledger, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "带到新电脑", "--percent", 40);
        assertEquals(ExitCodes.OK, add.code(), add::toString);
        Path carried = dir.resolve("U盘").resolve("天桥区台账.planledger");
        Files.createDirectories(carried.getParent());
        CliRun exported = CliRun.of("backup", "create", "--out", carried, "--ledger", ledger);
        assertEquals(ExitCodes.OK, exported.code(), exported::toString);
        assertTrue(exported.out().contains("backup restore 天桥区台账.planledger --yes"), exported.out());

        Path newPc = dir.resolve("新电脑").resolve("l.planledger");
        CliRun restored = CliRun.of("backup", "restore", carried, "--yes", "--ledger", newPc);
        assertEquals(ExitCodes.OK, restored.code(), restored::toString);
        assertEquals(List.of(1L, 129L), List.of(PackageCommandTest.count(newPc, "SELECT count(*) FROM progress_entry"),
                PackageCommandTest.count(newPc, "SELECT count(*) FROM task")));

        CliRun keep = CliRun.of("backup", "keep", 3, "--ledger", newPc);
        assertEquals(ExitCodes.OK, keep.code(), keep::toString);
        assertEquals(3, JSON.readTree(CliRun.of("backup", "keep", "--ledger", newPc, "--json").out()).get("keep").asInt());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("backup", "keep", 0, "--ledger", newPc).code());
    }
}
