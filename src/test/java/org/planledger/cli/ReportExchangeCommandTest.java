package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.cli.PackageCommandTest.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/**
 * {@code report export / import} through the command line, the whole round trip: the manager
 * issues packages, a liaison officer opens one, records progress, exports the report, and the
 * manager previews, merges and imports again; refused files and records exit 2 with the reason.
 * The manager's ledger is a file or a team ledger; the department's is always a file.
 */
@BothBackends
class ReportExchangeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("progress_entry", "evidence", "status_event", "exchange_batch",
            "exchange_origin", "exchange_attention");
    private static final String LEAD = "市生态环境局天桥分局";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String master;
    private Path reports;

    @BeforeEach
    void seeded() throws Exception {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        master = seeded.argument();
        reports = Files.createDirectories(dir.resolve("报告"));
    }

    /** Every package of {@code ledger} exported with --all; the department ledger of 5.3.6's lead opened into {@code name}. */
    private Path department(String ledger, String name) throws Exception {
        Path packages = dir.resolve(name + "-任务包");
        CliRun export = CliRun.of("package", "export", "--all", "--out", packages, "--ledger", ledger, "--json");
        assertEquals(ExitCodes.OK, export.code(), export::toString);
        Path pkg = null;
        for (JsonNode p : JSON.readTree(export.out()).get("packages")) {
            if (p.get("department").asText().equals(LEAD)) {
                pkg = Path.of(p.get("file").asText());
            }
        }
        Path file = dir.resolve(name);
        CliRun open = CliRun.of("package", "open", pkg, "--into", file, "--ledger", ledger);
        assertEquals(ExitCodes.OK, open.code(), open::toString);
        return file;
    }

    /**
     * A backup of the manager's ledger taken before a merge, holding the ledger as it was (no entry
     * yet); a team ledger's are the server's, none is made beside it.
     */
    private boolean backedUpBeforeMerge() throws Exception {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            List<Path> merges = files.filter(f -> f.getFileName().toString().endsWith("_merge.planledger")).toList();
            for (Path m : merges) {
                assertEquals(0, count(m, "SELECT count(*) FROM progress_entry"), "the backup holds the ledger before the merge");
            }
            return !merges.isEmpty();
        }
    }

    private static void reportAdd(Path department, String text) {
        CliRun add = CliRun.of("report", "add", "--ledger", department, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", text, "--percent", 60);
        assertEquals(ExitCodes.OK, add.code(), add::toString);
    }

    private static CliRun exportReport(Path department, Path out) {
        CliRun run = CliRun.of("report", "export", "--ledger", department, "--out", out);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return run;
    }

    @Test
    void theDryRunListsEachEntryAndLeaveOutSkipsOneWithItsReason() throws Exception {
        Path dept = department(master, "部门.planledger");
        reportAdd(dept, "完成3家企业源头替代");
        exportReport(dept, reports);

        CliRun dry = CliRun.of("report", "import", reports, "--dry-run", "--ledger", master, "--json");
        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        JsonNode entry = null;
        for (JsonNode item : JSON.readTree(dry.out()).get("files").get(0).get("items")) {
            if ("ENTRY".equals(item.get("kind").asText())) {
                entry = item;
            }
        }
        assertTrue(entry != null, dry::toString);
        assertEquals("5.3.6", entry.get("code").asText());
        assertEquals("完成3家企业源头替代", entry.get("progress").asText());
        assertEquals("2026-10-01", entry.get("periodStart").asText());
        assertEquals(60, entry.get("percent").asInt());

        CliRun merged = CliRun.of("report", "import", reports, "--ledger", master, "--leave-out",
                entry.get("uid").asText() + "=数字与台账不符");
        assertEquals(ExitCodes.OK, merged.code(), merged::toString);
        assertTrue(merged.out().contains("未合并 5.3.6 进展情况：数字与台账不符"), merged::toString);
        assertEquals(0, seeded.count("SELECT count(*) FROM progress_entry"), "the entry left out is not merged");
    }

    @Test
    void theWholeRoundTripMergesEveryEntryOnce() throws Exception {
        Path dept = department(master, "部门.planledger");
        reportAdd(dept, "完成3家企业源头替代");
        Path photo = Files.writeString(dir.resolve("现场照片.jpg"), "jpeg bytes");
        CliRun second = CliRun.of("report", "add", "--ledger", dept, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-11", "--progress", "又完成2家", "--evidence", photo);
        assertEquals(ExitCodes.OK, second.code(), second::toString);

        CliRun export = exportReport(dept, reports);
        assertTrue(export.lines().get(0).matches("已导出第 1 号进展报告：.*市生态环境局天桥分局-进展报告-2026-11-29-1\\.plrpt"),
                export::toString);
        assertEquals("进展 2 条，改为推进中 1 项，销号与延期申请 0 条，佐证材料 1 个，指标值 0 条。", export.lines().get(1),
                "the automatic 推进中 is no request");

        List<Long> before = seeded.rows(TABLES);
        CliRun dry = CliRun.of("report", "import", reports, "--dry-run", "--ledger", master);
        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        assertTrue(dry.lines().get(0).matches(".*\\.plrpt：市生态环境局天桥分局，第 1 号报告，可以合并"), dry::toString);
        assertEquals("  新增 4 条，已有 0 条，拒收 0 条", dry.lines().get(1));
        assertTrue(dry.out().contains("预览模式（--dry-run）：未写入台账。"), dry::toString);
        assertEquals(before, seeded.rows(TABLES), "a dry run changes nothing");
        assertFalse(backedUpBeforeMerge(), "a dry run makes no backup");

        CliRun merged = CliRun.of("report", "import", reports, "--ledger", master);
        assertEquals(ExitCodes.OK, merged.code(), merged::toString);
        assertEquals(!seeded.isTeam(), backedUpBeforeMerge(), "a ledger file is backed up before the merge");
        assertTrue(merged.lines().get(0).endsWith("第 1 号报告，已合并"), merged::toString);
        assertEquals("  新增 4 条，已有 0 条，拒收 0 条", merged.lines().get(1));
        assertEquals(2, seeded.count("SELECT count(*) FROM progress_entry"));
        assertEquals(1, seeded.count("SELECT count(*) FROM evidence"));
        CliRun list = CliRun.of("report", "list", "5.3.6", "--ledger", master);
        assertTrue(list.out().contains("完成3家企业源头替代") && list.out().contains("又完成2家"), list::toString);

        List<Long> after = seeded.rows(TABLES);
        CliRun again = CliRun.of("report", "import", reports, "--ledger", master, "--json");
        assertEquals(ExitCodes.OK, again.code(), again::toString);
        JsonNode j = JSON.readTree(again.out());
        assertEquals("NOTHING_NEW", j.get("files").get(0).get("verdict").asText());
        assertEquals(0, j.get("new").asInt());
        assertEquals(after, seeded.rows(TABLES), "importing the same report twice changes nothing");

        // the next report holds only what the manager has not yet acknowledged... which, before a new package, is everything
        reportAdd(dept, "第三次报送");
        CliRun next = exportReport(dept, reports);
        assertTrue(next.lines().get(0).contains("第 2 号"), next::toString);
        CliRun both = CliRun.of("report", "import", reports, "--ledger", master);
        assertEquals(ExitCodes.OK, both.code(), both::toString);
        assertTrue(both.out().contains("第 2 号报告，已合并"), both::toString);
        assertEquals(3, seeded.count("SELECT count(*) FROM progress_entry"));
    }

    @Test
    void aReportForAnotherManagersLedgerIsRefusedAndTheRestStillMerges() throws Exception {
        Path dept = department(master, "部门.planledger");
        reportAdd(dept, "本台账的报告");
        exportReport(dept, reports);
        String otherMaster = CliRun.seeded(backend, Files.createDirectories(dir.resolve("别的督办")), "l.planledger")
                .withIdentityOfItsOwn().argument();
        Path stranger = department(otherMaster, "别处部门.planledger");
        reportAdd(stranger, "别的督办台账的报告");
        Path foreign = reports.resolve("别处的报告.plrpt");
        exportReport(stranger, foreign);

        CliRun run = CliRun.of("report", "import", reports, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.out().contains("别处的报告.plrpt：市生态环境局天桥分局，第 1 号报告，拒收"), run::toString);
        assertTrue(run.out().contains("  拒收原因：“别处的报告.plrpt”是为别的督办台账制作的进展报告，已拒收，未作任何改动。"),
                run::toString);
        assertTrue(run.out().contains("共 2 个文件：新增 2 条，已有 0 条，拒收记录 0 条，拒收文件 1 个。"), run::toString);
        assertEquals(1, seeded.count("SELECT count(*) FROM progress_entry WHERE progress = '本台账的报告'"));
        assertEquals(0, seeded.count("SELECT count(*) FROM progress_entry WHERE progress = '别的督办台账的报告'"));

        Path junk = Files.writeString(dir.resolve("坏的.plrpt"), "not a report");
        CliRun damaged = CliRun.of("report", "import", junk, "--ledger", master, "--json");
        assertEquals(ExitCodes.BAD_INPUT, damaged.code(), damaged::toString);
        JsonNode f = JSON.readTree(damaged.out()).get("files").get(0);
        assertEquals("REFUSED", f.get("verdict").asText());
        assertTrue(f.get("problem").asText().contains("不是 PlanLedger 任务包或进展报告"), damaged::toString);
    }

    @Test
    void aRecordOnATaskTheDepartmentNoLongerHoldsIsRefusedWithItsReason() throws Exception {
        Path dept = department(master, "部门.planledger");
        reportAdd(dept, "分工调整前写的进展");
        exportReport(dept, reports);
        // meanwhile the manager takes 5.3.6 away from the department
        String where = "department_id = (SELECT id FROM department WHERE name = '" + LEAD + "')";
        String task = "(SELECT id FROM task WHERE code = '5.3.6')";
        seeded.execute("DELETE FROM task_assignment WHERE task_id = " + task + " AND " + where);
        seeded.execute("DELETE FROM milestone_lead WHERE milestone_id IN (SELECT id FROM milestone WHERE task_id = "
                + task + ") AND " + where);

        List<Long> before = seeded.rows(TABLES);
        CliRun dry = CliRun.of("report", "import", reports, "--dry-run", "--ledger", master, "--json");
        assertEquals(ExitCodes.BAD_INPUT, dry.code(), dry::toString);
        assertEquals(before, seeded.rows(TABLES));
        JsonNode file = JSON.readTree(dry.out()).get("files").get(0);
        assertEquals("MERGED", file.get("verdict").asText());
        assertEquals(true, JSON.readTree(dry.out()).get("dryRun").asBoolean());
        JsonNode refused = file.get("refused");
        assertEquals(2, refused.size(), "the entry and the start of work it brought: " + dry);
        assertEquals("entry", refused.get(0).get("kind").asText());
        assertEquals("进展情况", refused.get(0).get("kindText").asText());
        assertEquals("5.3.6", refused.get(0).get("subject").asText());
        assertEquals("5.3.6 不是本部门牵头或配合的任务", refused.get(0).get("reason").asText());

        CliRun run = CliRun.of("report", "import", reports, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.lines().contains("  拒收 进展情况 5.3.6：5.3.6 不是本部门牵头或配合的任务"), run::toString);
        assertTrue(run.lines().contains("  拒收 状态 5.3.6：5.3.6 不是本部门牵头或配合的任务"), run::toString);
        assertTrue(run.lines().contains("  新增 0 条，已有 0 条，拒收 2 条"), run::toString);
        assertEquals(0, seeded.count("SELECT count(*) FROM progress_entry"));
        assertEquals(1, seeded.count("SELECT count(*) FROM exchange_batch WHERE kind = 'REPORT_IN'"), "the report is on record");
    }

    @Test
    void theWrongLedgerIsRefusedInTheUsersWords() throws Exception {
        CliRun fromMaster = CliRun.of("report", "export", "--ledger", master, "--out", reports);
        assertEquals(ExitCodes.BAD_INPUT, fromMaster.code(), fromMaster::toString);
        assertTrue(fromMaster.err().contains("当前是督办台账：进展报告只能从部门台账导出。"), fromMaster::toString);
        CliRun noLedger = CliRun.of("report", "export", "--ledger", dir.resolve("没有.planledger"), "--out", reports);
        assertEquals(ExitCodes.BAD_INPUT, noLedger.code(), noLedger::toString);
        assertTrue(Files.notExists(dir.resolve("没有.planledger")), "no ledger is made up");

        CliRun empty = CliRun.of("report", "import", reports, "--ledger", master);
        assertEquals(ExitCodes.BAD_INPUT, empty.code(), empty::toString);
        assertTrue(empty.err().contains("中没有进展报告文件（.plrpt）"), empty::toString);

        Path dept = department(master, "部门.planledger");
        reportAdd(dept, "x");
        exportReport(dept, reports);
        CliRun intoDepartment = CliRun.of("report", "import", reports, "--ledger", dept);
        assertEquals(ExitCodes.BAD_INPUT, intoDepartment.code(), intoDepartment::toString);
        assertTrue(intoDepartment.out().contains("只能导入督办台账；当前是部门台账"), intoDepartment::toString);

        Path notALedger = Files.writeString(dir.resolve("文本.planledger"), "just text");
        CliRun unusable = CliRun.of("report", "import", reports, "--ledger", notALedger);
        assertEquals(ExitCodes.LEDGER, unusable.code(), unusable::toString);

        CliRun en = CliRun.of("--lang", "en", "report", "import", reports, "--ledger", master, "--dry-run");
        assertEquals(ExitCodes.OK, en.code(), en::toString);
        assertTrue(en.out().contains("report no. 1, would merge"), en::toString);
        assertTrue(en.out().contains("Preview (--dry-run): the ledger was not changed."), en::toString);
    }
}
