package org.planledger.ui.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerPlace;
import org.planledger.app.LedgerStartup;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.TeamAddress;
import org.planledger.store.notice.Notice;
import org.planledger.store.postgres.TeamAdmin;
import org.planledger.store.postgres.TeamMembers;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/**
 * 发督办单 on a team ledger (a real PostgreSQL): the manager's login issues a 督办单 for 2.2.1 from
 * the app — the file is written and the register on the server has it; the lead department's
 * login is not offered the action, and the database refuses it the register anyway, with nothing
 * written.
 */
class NoticeIssueTeamTest {

    private static final InstalledFonts FONTS = InstalledFonts.of(Set.of("仿宋", "宋体", "黑体", "楷体"));

    @TempDir
    static Path dir;
    private static TeamAddress admin;
    private static TeamAddress lead;
    private static ItemKey item;

    @BeforeAll
    static void aTeamLedgerWithALeadLogin() {
        admin = TestPostgres.address(TestPostgres.newDatabase("notice_ui"));
        TeamAdmin.init(admin);
        String leadName;
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            LedgerStartup.prepare(ledger);
            long task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '2.2.1'"));
            item = ItemKey.task(task);
            leadName = ledger.read(c -> Sql.string(c, "SELECT d.name FROM department d JOIN task_assignment a "
                    + "ON a.department_id = d.id WHERE a.task_id = ?1 AND a.role = 'LEAD'", task));
        }
        String login = admin.database() + "_lead";
        assertNull(TeamMembers.add(admin, login, leadName, "lead-pw".toCharArray(), TestClock.get()));
        lead = admin.as(login, "lead-pw");
    }

    private static NoticeIssueViewModel loaded(LedgerSession session, Path out) {
        long plan = ProgressFixture.planId(session);
        NoticeIssueViewModel vm = new NoticeIssueViewModel(session, Messages.chinese(), plan, List.of(item), () -> FONTS);
        vm.load(() -> { }, e -> {
            throw new AssertionError(e);
        });
        vm.folderProperty().set(out.toString());
        return vm;
    }

    @Test
    void theManagersLoginIssuesIntoTheServersRegister() throws Exception {
        LedgerSession session = ProgressFixture.open(LedgerPlace.team(admin));
        session.role().set(ProgressFixture.onLedger(session, Ledger::identity));
        assertTrue(new NoticeAction(session.role(), keys -> { }, Messages.chinese(), null).offered());
        Path out = Files.createDirectory(dir.resolve("manager"));
        NoticeIssueViewModel vm = loaded(session, out);
        assertEquals(1, vm.rows().size());
        List<Text> refused = new ArrayList<>();
        vm.issue(refused::add, () -> { });
        assertTrue(refused.isEmpty(), refused.toString());
        assertEquals(1, files(out).size());
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            Notice n = ledger.notices(TestClock.get()).all().get(0);
            assertEquals(List.of("2.2.1"), n.items().stream().map(Notice.Item::code).toList());
            assertEquals(vm.issuedNotices().get(0).number(), n.number());
        }
        session.close().executeWith(session.executor());
    }

    @Test
    void aDepartmentsLoginIsNotOfferedItAndTheDatabaseRefusesIt() throws Exception {
        LedgerSession session = ProgressFixture.open(LedgerPlace.team(lead));
        session.role().set(ProgressFixture.onLedger(session, Ledger::identity));
        assertFalse(new NoticeAction(session.role(), keys -> { }, Messages.chinese(), null).offered(),
                "a department's login gets no 发督办单");
        Path out = Files.createDirectory(dir.resolve("department"));
        NoticeIssueViewModel vm = loaded(session, out);
        assertEquals(1, vm.rows().size(), "its own item, red");
        int before = registered();
        List<Text> refused = new ArrayList<>();
        vm.issue(refused::add, () -> { });
        assertEquals(1, refused.size(), "refused");
        assertEquals("exchange.error.departmentMode.team", refused.get(0).key(), "in the team's words: a department's login");
        assertEquals(0, files(out).size(), "nothing written");
        assertEquals(before, registered(), "the register is as it was");
        session.close().executeWith(session.executor());
    }

    private static int registered() {
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            return ledger.notices(TestClock.get()).all().size();
        }
    }

    private static List<Path> files(Path out) {
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
