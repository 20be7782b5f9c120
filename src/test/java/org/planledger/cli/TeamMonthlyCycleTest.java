package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamAdmin;
import org.planledger.store.postgres.TeamMembers;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * A month on one team ledger, as README sets it up: the administrator runs server init and adds a
 * manager and two departments' logins; the lead department reports on 5.3.6 and asks to close it,
 * the manager sees it live, accepts, and exports the summary; the database refuses what each
 * department's role forbids, and the command line says so in words.
 */
class TeamMonthlyCycleTest {

    @TempDir
    Path dir;

    @Test
    void aManagerAndTwoDepartmentsDoTheMonthlyCycle() throws Exception {
        TeamAddress admin = TestPostgres.address(TestPostgres.newDatabase("cycle"));
        TeamAdmin.init(admin);
        try (Ledger owner = Ledger.openTeam(admin, TestClock.get())) {
            LedgerStartup.prepare(owner);
        }
        String tag = admin.database().replaceAll("[^a-z0-9]", "");
        TeamMembers.add(admin, "mgr" + tag, null, "manager-pw-1".toCharArray(), TestClock.get());
        TeamMembers.add(admin, "lead" + tag, "生态环境分局", "lead-pw-1".toCharArray(), TestClock.get());
        TeamMembers.add(admin, "other" + tag, "区水务局", "other-pw-1".toCharArray(), TestClock.get());
        String manager = url(admin, "mgr" + tag, "manager-pw-1");
        String lead = url(admin, "lead" + tag, "lead-pw-1");
        String other = url(admin, "other" + tag, "other-pw-1");

        try (Ledger managersWindow = Ledger.openTeam(admin.as("mgr" + tag, "manager-pw-1"), TestClock.get())) {
            CountDownLatch live = new CountDownLatch(1);
            managersWindow.watchChanges(live::countDown);

            ok("report", "add", "--ledger", lead, "--task", "5.3.6", "--department", "生态环境分局", "--period", "2026-10",
                    "--progress", "完成全部企业源头替代", "--percent", "100");
            assertTrue(live.await(60, TimeUnit.SECONDS), "the manager's window hears the department's report");

            Path evidence = Files.writeString(dir.resolve("验收报告.pdf"), "验收报告");
            ok("report", "request-close", "--ledger", lead, "--task", "5.3.6", "--department", "生态环境分局",
                    "--evidence", evidence, "--explanation", "全部企业完成源头替代");

            CliRun inAnothersName = CliRun.of("report", "add", "--ledger", other, "--task", "5.3.6", "--department", "生态环境分局",
                    "--period", "2026-10", "--progress", "代填");
            assertTrue(inAnothersName.code() != ExitCodes.OK && inAnothersName.err().contains("只能以区水务局的名义填报"),
                    inAnothersName::toString);
            CliRun notItsTask = CliRun.of("report", "add", "--ledger", other, "--task", "5.3.6", "--department", "区水务局",
                    "--period", "2026-10", "--progress", "代填");
            assertTrue(notItsTask.code() != ExitCodes.OK && notItsTask.err().contains("未作任何改动"), notItsTask::toString);
            CliRun notAManager = CliRun.of("decide", "accept", "--ledger", lead, "--task", "5.3.6");
            assertTrue(notAManager.code() != ExitCodes.OK && notAManager.err().contains("部门登录名登录团队台账"), notAManager::toString);

            CliRun accepted = ok("decide", "accept", "--ledger", manager, "--task", "5.3.6", "--note", "验收合格");
            assertTrue(accepted.out().startsWith("已通过销号：5.3.6"), accepted::toString);
        }
        JsonNode seenByLead = json(ok("lights", "--ledger", lead, "--json"));
        assertEquals("CLOSED", task(seenByLead, "5.3.6").get("status").asText(), "the department sees the decision");

        Path summary = dir.resolve("汇总.xlsx");
        ok("export", "summary", "--ledger", manager, "--out", summary);
        assertTrue(Files.size(summary) > 10_000, "the summary workbook");
    }

    private static String url(TeamAddress admin, String login, String password) {
        return "postgresql://" + admin.host() + ":" + admin.port() + "/" + admin.database() + "?user=" + login
                + "&password=" + password;
    }

    private static CliRun ok(Object... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return run;
    }

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode task(JsonNode lights, String code) {
        for (JsonNode item : lights.get("items")) {
            if (code.equals(item.path("code").asText()) && "task".equals(item.path("kind").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + lights);
    }
}
