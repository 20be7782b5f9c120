package org.planledger.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamAdmin;
import org.planledger.store.postgres.TeamMembers;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * The 工作台 on a team ledger: the manager's login gets the manager's desk (the close-out and the
 * extension waiting, every department that did not report), a department's login the desk of
 * that department — its own request waiting, its own items due, nothing of another department's.
 */
class DeskTeamTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @TempDir
    static Path dir;
    private static TeamAddress admin;
    private static TeamAddress lead;
    private static long plan;
    private static long task;
    private static long otherTask;
    private static String leadName;
    private static String otherLeadName;
    private static Set<Long> ledByLead;

    @BeforeAll
    static void aTeamLedgerWithTwoRequestsAndALogin() throws Exception {
        admin = TestPostgres.address(TestPostgres.newDatabase("desk"));
        TeamAdmin.init(admin);
        long leadId;
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            assertTrue(LedgerStartup.prepare(ledger));
            task = id(ledger, "SELECT id FROM task WHERE code = '5.3.6'");
            plan = id(ledger, "SELECT plan_id FROM task WHERE id = " + task);
            leadId = id(ledger, "SELECT department_id FROM task_assignment WHERE task_id = " + task + " AND role = 'LEAD'");
            otherTask = id(ledger, "SELECT min(t.id) FROM task t JOIN task_assignment a ON a.task_id = t.id "
                    + "AND a.role = 'LEAD' WHERE a.department_id <> " + leadId
                    + " AND NOT EXISTS (SELECT 1 FROM milestone m WHERE m.task_id = t.id)");
            long otherLead = id(ledger, "SELECT department_id FROM task_assignment WHERE task_id = " + otherTask
                    + " AND role = 'LEAD'");
            leadName = ledger.read(c -> Sql.string(c, "SELECT name FROM department WHERE id = ?", leadId));
            otherLeadName = ledger.read(c -> Sql.string(c, "SELECT short_name FROM department WHERE id = ?", otherLead));
            ledByLead = Set.copyOf(ledger.read(c -> {
                java.util.List<Long> ids = new java.util.ArrayList<>();
                try (var ps = Sql.prepare(c, "SELECT task_id FROM task_assignment WHERE role = 'LEAD' AND department_id = ?1",
                        leadId); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }));
            Path photo = Files.writeString(dir.resolve("现场照片.jpg"), "jpeg", StandardCharsets.UTF_8);
            ledger.progress(TestClock.get()).requestCloseOut(ItemKey.task(task), leadId, LocalDate.of(2026, 11, 26),
                    "整改全部完成", List.of(new EvidenceFile(photo)));
            ledger.progress(TestClock.get()).requestExtension(ItemKey.task(otherTask), otherLead,
                    LocalDate.of(2025, 12, 20), LocalDate.of(2026, 12, 31), "资金下达晚");
        }
        String login = admin.database() + "_lead";
        assertNull(TeamMembers.add(admin, login, leadName, "lead-pw".toCharArray(), TestClock.get()));
        lead = admin.as(login, "lead-pw");
    }

    private static long id(Ledger ledger, String sql) {
        return ledger.read(c -> Sql.longOrNull(c, sql));
    }

    @Test
    void theManagersLoginGetsTheManagersDesk() {
        Desk desk;
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            desk = Desk.read(ledger, TestClock.get(), plan, TODAY);
        }
        assertFalse(desk.isDepartment());
        assertEquals(List.of(ItemKey.task(task)), desk.lines(DeskGroup.CLOSE_OUT_REQUESTS).stream().map(DeskLine::item).toList());
        assertEquals(List.of(ItemKey.task(otherTask)),
                desk.lines(DeskGroup.EXTENSION_REQUESTS).stream().map(DeskLine::item).toList());
        assertTrue(desk.lines(DeskGroup.MISSING_REPORTS).stream().anyMatch(l -> l.code().equals(otherLeadName)),
                "nobody reported for October");
        assertEquals(163, desk.counts().values().stream().mapToInt(Integer::intValue).sum(),
                "129 tasks and 34 milestones counted by light");
        assertEquals(163, desk.count(Light.RED), "the plan has ended: every item is red");
    }

    @Test
    void aDepartmentsLoginGetsItsOwnDesk() {
        Desk desk;
        try (Ledger ledger = Ledger.openTeam(lead, TestClock.get())) {
            desk = Desk.read(ledger, TestClock.get(), plan, TODAY);
        }
        assertTrue(desk.isDepartment());
        assertEquals(leadName, desk.department());
        assertTrue(desk.lines().stream().noneMatch(l -> !l.group().departmentDesk()), "no manager's lines");
        assertEquals(List.of(ItemKey.task(task)), desk.lines(DeskGroup.WAITING).stream().map(DeskLine::item).toList(),
                "its close-out waits; the other department's extension is not its own");
        List<DeskLine> due = desk.lines(DeskGroup.DUE);
        assertFalse(due.isEmpty());
        assertTrue(due.stream().allMatch(l -> ledByLead.contains(l.item().taskId())), "only the items it leads");
        int own = desk.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(own > 0 && own < 163, "its own items counted, not the plan's: " + own);
    }
}
