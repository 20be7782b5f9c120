package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeSource;
import org.planledger.store.evaluation.OutcomeState;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The department's route of the final evaluation on the command line: the package, {@code evaluation
 * set} in the department ledger (its own led item; a task it only cooperates on refused in words),
 * {@code report export}, the dry run listing the outcome, the merge recording it as the
 * department's submission, to be confirmed.
 */
@BothBackends
class EvaluationByReportCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String ledger;

    @BeforeEach
    void seeded() {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        ledger = seeded.argument();
    }

    private List<String> codes(String sql) {
        try (Ledger l = seeded.open(TestClock.get())) {
            return l.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
        }
    }

    @Test
    void theLiaisonGivesAnOutcomeInItsLedgerAndTheReportBringsItToBeConfirmed() throws Exception {
        Evaluation e;
        try (Ledger l = seeded.open(TestClock.get())) {
            e = l.evaluations(TestClock.get()).start(l.plans().plans().get(0).id(), EvaluationKind.FINAL, null);
        }
        String water = "SELECT t.code FROM task t JOIN task_assignment a ON a.task_id = t.id JOIN department d ON d.id = a.department_id "
                + "WHERE d.name = '区水务局' AND a.role = ";
        String led = codes(water + "'LEAD' ORDER BY t.id").get(0);
        List<String> cooperated = codes(water + "'COOPERATE' ORDER BY t.id");

        Path packages = Files.createDirectory(dir.resolve("任务包"));
        CliRun exportedPackage = CliRun.of("package", "export", "--department", "水务局", "--out", packages, "--ledger", ledger);
        assertEquals(ExitCodes.OK, exportedPackage.code(), exportedPackage::toString);
        Path pkg;
        try (Stream<Path> s = Files.list(packages)) {
            pkg = s.findFirst().orElseThrow();
        }
        String dept = dir.resolve("水务局.planledger").toString();
        CliRun opened = CliRun.of("package", "open", pkg, "--into", dept);
        assertEquals(ExitCodes.OK, opened.code(), opened::toString);

        CliRun set = CliRun.of("evaluation", "set", led, "--outcome", "已完成", "--done", "2025-10-08", "--achievements",
                "河道水质稳定达标", "--ledger", dept);
        assertEquals(ExitCodes.OK, set.code(), set::toString);
        assertTrue(set.out().startsWith("已填报 " + led + "：已完成 2025年10月8日"), set.out());
        assertTrue(set.out().contains("已记录为本部门的填报（待督办单位确认）"), set.out());
        assertTrue(!cooperated.isEmpty(), "区水务局 cooperates on some task of the seeded plan");
        CliRun refused = CliRun.of("evaluation", "set", cooperated.get(0), "--outcome", "已完成", "--done", "2025-10-08",
                "--ledger", dept);
        assertEquals(ExitCodes.BAD_INPUT, refused.code(), refused::toString);
        assertTrue(refused.err().contains(cooperated.get(0) + " 不是区水务局牵头的事项"), refused.err());

        Path reports = Files.createDirectory(dir.resolve("报告"));
        CliRun exported = CliRun.of("report", "export", "--out", reports, "--ledger", dept);
        assertEquals(ExitCodes.OK, exported.code(), exported::toString);
        assertTrue(exported.out().contains("终期评估结果 1 项"), exported.out());
        assertTrue(!exported.out().contains("不会给督办台账带来新记录"), "the outcome is something new: " + exported.out());

        String before = seeded.digest();
        CliRun dry = CliRun.of("report", "import", reports, "--dry-run", "--ledger", ledger);
        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        assertTrue(dry.out().contains("终期评估：将记录 1 项（待确认）"), dry.out());
        assertTrue(dry.out().contains(led + "：已完成，完成时间 2025年10月8日——将记录为部门填报，待确认"), dry.out());
        assertEquals(before, seeded.digest(), "a dry run writes nothing");

        CliRun merged = CliRun.of("report", "import", reports, "--ledger", ledger);
        assertEquals(ExitCodes.OK, merged.code(), merged::toString);
        assertTrue(merged.out().contains("终期评估：已记录 1 项（待确认）"), merged.out());
        try (Ledger l = seeded.open(TestClock.get())) {
            ItemOutcome o = l.evaluations(TestClock.get()).outcomes(e.id()).stream().filter(x -> x.label().equals(led))
                    .findFirst().orElseThrow();
            assertEquals(OutcomeState.SUBMITTED, o.state());
            assertEquals(OutcomeSource.DEPARTMENT_REPORT, o.source());
            assertEquals("河道水质稳定达标", o.achievements());
            Long water0 = l.read(c -> Sql.longOrNull(c, "SELECT id FROM department WHERE name = '区水务局'"));
            assertEquals(water0, o.departmentId());
        }
    }
}
