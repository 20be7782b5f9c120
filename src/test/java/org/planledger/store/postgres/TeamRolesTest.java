package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * The database, not the client, decides what a department's login may do (ADR 0013): logged in
 * as 水务局's liaison with plain JDBC, every write department mode forbids is refused by
 * PostgreSQL itself (SQLSTATE 42501: no privilege, or a row-level security policy), and what it
 * allows goes through. Through the store, the same login works in department mode and a refusal
 * comes out in words.
 */
class TeamRolesTest {

    private static final String REFUSED = "42501";

    @TempDir
    static Path dir;

    private static TeamAddress admin;
    private static TeamAddress water;
    private static TeamAddress manager;
    private static long waterId;
    private static long housingId;
    /** 水务局 leads it. */
    private static long led;
    /** 住建局 leads it, 水务局 cooperates. */
    private static long cooperated;
    /** 住建局's alone: 水务局 holds nothing of it. */
    private static long foreign;
    /** 住建局 leads it; 水务局 leads one of its milestones, {@link #ledMilestone}. */
    private static long shared;
    private static long ledMilestone;
    private static long waterIndicator;
    private static long housingIndicator;

    @BeforeAll
    static void aTeamLedgerWithTwoDepartmentsAndTheirLogins() throws SQLException {
        admin = TestPostgres.address(TestPostgres.newDatabase("roles"));
        TeamAdmin.init(admin);
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            assertTrue(LedgerStartup.prepare(ledger));
        }
        try (Connection c = TeamConnections.open(admin)) {
            waterId = Sql.insert(c, "INSERT INTO department (name, short_name, kind) VALUES ('测试水务局', '测水', 'DISTRICT_DEPARTMENT')");
            housingId = Sql.insert(c, "INSERT INTO department (name, short_name, kind) VALUES ('测试住建局', '测建', 'DISTRICT_DEPARTMENT')");
            List<Long> withMilestones = ids(c, "SELECT DISTINCT task_id FROM milestone ORDER BY task_id LIMIT 4");
            led = withMilestones.get(0);
            cooperated = withMilestones.get(1);
            foreign = withMilestones.get(2);
            shared = withMilestones.get(3);
            // the shipped plan's division names other departments on them: these tests say who holds what
            Sql.update(c, "DELETE FROM task_assignment WHERE task_id IN (?, ?, ?, ?)", led, cooperated, foreign, shared);
            Sql.update(c, "DELETE FROM milestone_lead WHERE milestone_id IN (SELECT id FROM milestone WHERE task_id IN (?, ?, ?, ?))",
                    led, cooperated, foreign, shared);
            assign(c, led, waterId, "LEAD");
            assign(c, cooperated, housingId, "LEAD");
            assign(c, cooperated, waterId, "COOPERATE");
            assign(c, foreign, housingId, "LEAD");
            assign(c, shared, housingId, "LEAD");
            ledMilestone = Sql.longOrNull(c, "SELECT min(id) FROM milestone WHERE task_id = ?", shared);
            Sql.update(c, "INSERT INTO milestone_lead (milestone_id, department_id) VALUES (?, ?)", ledMilestone, waterId);
            List<Long> indicators = ids(c, "SELECT id FROM indicator ORDER BY id LIMIT 2");
            Sql.update(c, "DELETE FROM indicator_profile WHERE indicator_id IN (?, ?)", indicators.get(0), indicators.get(1));
            waterIndicator = indicators.get(0);
            housingIndicator = indicators.get(1);
            Sql.update(c, "INSERT INTO indicator_profile (indicator_id, department_id, updated_at) VALUES (?, ?, 'x'), (?, ?, 'x')",
                    waterIndicator, waterId, housingIndicator, housingId);
        }
        String unique = admin.database();
        assertNull(TeamMembers.add(admin, unique + "_shuiwu", "测试水务局", "water-pw".toCharArray(), TestClock.get()));
        assertNull(TeamMembers.add(admin, unique + "_boss", null, "boss-pw".toCharArray(), TestClock.get()));
        water = admin.as(unique + "_shuiwu", "water-pw");
        manager = admin.as(unique + "_boss", "boss-pw");
    }

    @Test
    void aDepartmentLoginReadsThePlanButOnlyTheHistoryOfWhatItHolds() throws SQLException {
        try (Connection m = TeamConnections.open(manager)) {
            entry(m, foreign, null, housingId);
        }
        try (Connection c = TeamConnections.open(water)) {
            assertEquals(129, Sql.count(c, "SELECT count(*) FROM task"), "the whole plan's outline");
            assertEquals(0, Sql.count(c, "SELECT count(*) FROM progress_entry WHERE task_id = ? AND milestone_id IS NULL", foreign),
                    "住建局's own progress on a task 水务局 is not on");
            refused(c, "SELECT * FROM team_member");
            refused(c, "SELECT secret FROM exchange_department");
            refused(c, "SELECT secret FROM ledger_identity");
        }
        try (Connection m = TeamConnections.open(manager)) {
            assertTrue(Sql.count(m, "SELECT count(*) FROM progress_entry WHERE task_id = ?", foreign) > 0, "the manager reads it");
        }
    }

    /**
     * A closed plan (V12, ADR 0017) is refused by the database to every login, the manager's too;
     * a department reads the outcomes of what it holds only and writes none of them.
     */
    @Test
    void aClosedPlanRefusesEveryLoginAndADepartmentReadsOnlyItsOwnOutcomes() throws SQLException {
        long plan;
        long evaluation;
        try (Connection a = TeamConnections.open(admin)) {
            plan = Sql.longOrNull(a, "SELECT plan_id FROM task WHERE id = ?", led);
            evaluation = Sql.insert(a, "INSERT INTO evaluation (plan_id, kind, as_of, started_at, state, confirmed_at) "
                    + "VALUES (?, 'FINAL', '2026-11-29', 'x', 'CONFIRMED', 'x')", plan);
            for (long task : List.of(led, foreign)) {
                Sql.update(a, "INSERT INTO evaluation_outcome (evaluation_id, task_id, outcome, state, source, recorded_at) "
                        + "VALUES (?, ?, 'NOT_DONE', 'CONFIRMED', 'MANAGER', 'x')", evaluation, task);
            }
        }
        try (Connection c = TeamConnections.open(water)) {
            assertEquals(1, Sql.count(c, "SELECT count(*) FROM evaluation_outcome"), "its own task's outcome, not 住建局's");
            refused(c, "UPDATE evaluation_outcome SET outcome = 'DONE'");
            refused(c, "INSERT INTO evaluation_outcome (evaluation_id, task_id, outcome, state, source, recorded_at) VALUES ("
                    + evaluation + ", " + cooperated + ", 'DONE', 'SUBMITTED', 'DEPARTMENT_REPORT', 'x')");
            refused(c, "INSERT INTO plan_closure (plan_id, evaluation_id, closed_on, closed_at) VALUES (" + plan + ", "
                    + evaluation + ", '2026-11-29', 'x')");
        }
        try (Connection a = TeamConnections.open(admin)) {
            Sql.update(a, "INSERT INTO plan_closure (plan_id, evaluation_id, closed_on, closed_at) VALUES (?, ?, '2026-11-29', 'x')",
                    plan, evaluation);
        }
        try {
            try (Connection c = TeamConnections.open(water)) {
                closed(() -> entry(c, led, null, waterId));
                // a temporary table of the same name does not stand in for the real one
                Sql.update(c, "CREATE TEMPORARY TABLE plan_closure (plan_id bigint PRIMARY KEY)");
                closed(() -> entry(c, led, null, waterId));
                closed(() -> value(c, waterIndicator, waterId));
                closed(() -> Sql.update(c, "UPDATE task SET status = status WHERE id = ?", led));
            }
            try (Connection m = TeamConnections.open(manager)) {
                closed(() -> entry(m, foreign, null, housingId));
                closed(() -> Sql.update(m, "UPDATE task SET title = title || '（改）' WHERE id = ?", foreign));
                closed(() -> Sql.update(m, "UPDATE plan SET document_number = 'x' WHERE id = ?", plan));
                closed(() -> Sql.update(m, "INSERT INTO task_weight (task_id, weight, updated_at) VALUES (?, 2, 'x')", foreign));
                closed(() -> Sql.update(m, "UPDATE evaluation_outcome SET note = 'x'"));
            }
            try (Ledger ledger = Ledger.openTeam(water, TestClock.get())) {
                StoreException e = assertThrows(StoreException.class, () -> ledger.progress(TestClock.get()).addEntry(
                        new org.planledger.store.progress.NewEntry(ItemKey.task(led), waterId, new org.planledger.model.ReportingPeriod(
                                org.planledger.model.PeriodKind.MONTH, java.time.LocalDate.of(2026, 11, 1)),
                                java.time.LocalDate.of(2026, 11, 29), "推进", "", "", null, null, List.of())));
                assertEquals("store.error.planClosed", e.problem().key(), "through the store, in words");
            }
        } finally {
            try (Connection a = TeamConnections.open(admin)) {
                Sql.update(a, "DELETE FROM plan_closure WHERE plan_id = ?", plan);
                Sql.update(a, "DELETE FROM evaluation WHERE id = ?", evaluation);
            }
        }
    }

    private static void closed(Write write) {
        SQLException e = assertThrows(SQLException.class, write::run);
        assertTrue(e.getMessage().contains("plan_closed"), e.getMessage());
    }

    /** Liaison officers' phones (V9): a department's login reads its own liaison's row only, the manager every row. */
    @Test
    void aDepartmentLoginReadsOnlyItsOwnLiaisonOfficer() throws SQLException {
        try (Connection a = TeamConnections.open(admin)) {
            Sql.update(a, "INSERT INTO liaison (department_id, name, phone, updated_at) VALUES (?, '王水', '13800000001', 'x'), "
                    + "(?, '李建', '13900000002', 'x') ON CONFLICT (department_id) DO NOTHING", waterId, housingId);
        }
        try (Connection c = TeamConnections.open(water)) {
            assertEquals(List.of("王水 13800000001"), texts(c, "SELECT name || ' ' || phone FROM liaison"),
                    "its own liaison, no other department's");
            assertEquals(0, Sql.count(c, "SELECT count(*) FROM liaison WHERE phone = '13900000002'"));
            assertEquals(0, Sql.count(c, "SELECT count(*) FROM liaison WHERE department_id = ?", housingId));
            refused(c, "UPDATE liaison SET phone = '0'");
            refused(c, "INSERT INTO liaison (department_id, name, phone, updated_at) VALUES (" + housingId + ", 'x', '1', 'x')");
        }
        try (Connection m = TeamConnections.open(manager)) {
            assertEquals(2, Sql.count(m, "SELECT count(*) FROM liaison WHERE department_id IN (?, ?)", waterId, housingId),
                    "the manager reads every department's liaison");
        }
        try (Ledger ledger = Ledger.openTeam(water, TestClock.get())) {
            assertEquals("13800000001", ledger.departments().liaison(waterId).orElseThrow().phone());
            assertTrue(ledger.departments().liaison(housingId).isEmpty(), "through the store too");
        }
    }

    @Test
    void aDepartmentLoginWritesProgressRequestsEvidenceAndItsIndicatorsOnWhatItHolds() throws SQLException {
        try (Connection c = TeamConnections.open(water)) {
            long onLed = entry(c, led, null, waterId);
            entry(c, cooperated, null, waterId);
            entry(c, shared, ledMilestone, waterId);
            // progress on the milestone it leads starts the task it does not lead, as ItemStart does
            event(c, shared, null, "IN_PROGRESS", waterId, 0);
            event(c, shared, ledMilestone, "IN_PROGRESS", waterId, 0);
            Sql.update(c, "INSERT INTO evidence (uid, progress_entry_id, name, size, sha256, content) VALUES (?, ?, 'a.pdf', 1, 'x', ?)",
                    uid(), onLed, new byte[] {1});
            // the first progress starts a 未启动 task: the event, then the outline's copy of it
            event(c, led, null, "IN_PROGRESS", waterId, 0);
            assertEquals(1, Sql.update(c, "UPDATE task SET status = 'IN_PROGRESS' WHERE id = ?", led));
            long request = event(c, led, null, "CLOSE_OUT_REQUESTED", waterId, 0);
            assertEquals(1, Sql.update(c, "UPDATE task SET status = 'CLOSE_OUT_REQUESTED' WHERE id = ?", led));
            Sql.update(c, "INSERT INTO evidence (uid, status_event_id, name, size, sha256, content) VALUES (?, ?, 'b.pdf', 1, 'x', ?)",
                    uid(), request, new byte[] {1});
            Sql.update(c, "INSERT INTO extension_request (uid, task_id, milestone_id, department_id, requested_on, old_due, "
                    + "new_due, reason, recorded_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-06-30', '2026-12-31', '汛期', 'x')",
                    uid(), shared, ledMilestone, waterId);
            value(c, waterIndicator, waterId);
        }
    }

    @Test
    void aDepartmentLoginCannotChangeOrDeleteAnyHistory() throws SQLException {
        long entry;
        try (Connection c = TeamConnections.open(water)) {
            entry = entry(c, cooperated, null, waterId);
            value(c, waterIndicator, waterId);
            for (String table : List.of("progress_entry", "status_event", "evidence", "extension_request",
                    "extension_decision", "light_override", "indicator_value", "indicator_judgement", "change_log")) {
                refused(c, "DELETE FROM " + table);
                refused(c, "UPDATE " + table + " SET id = id");
            }
            refused(c, "UPDATE progress_entry SET progress = '改了' WHERE id = " + entry);
        }
    }

    /** item_progress is the database's own summary of the entries: a login reads it, only the trigger writes it. */
    @Test
    void theProgressSummaryFollowsADepartmentsEntriesAndNoLoginWritesIt() throws SQLException {
        try (Connection c = TeamConnections.open(water)) {
            Sql.update(c, "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, period_start, period_end, "
                    + "written_on, progress, percent, recorded_at) VALUES (?, ?, ?, 'MONTH', '2026-10-01', '2026-10-31', "
                    + "'2026-11-03', '推进', 65, 'x')", uid(), led, waterId);
            assertEquals(65, Sql.count(c, "SELECT percent FROM item_progress WHERE task_id = ? AND milestone_id IS NULL", led));
            refused(c, "UPDATE item_progress SET percent = 100");
            refused(c, "DELETE FROM item_progress");
            refused(c, "INSERT INTO item_progress (task_id, last_written_on, percent) VALUES (" + foreign + ", '2026-11-03', 100)");
            refused(c, "SELECT item_progress_refresh(" + led + ", NULL)");
            assertEquals(0, Sql.count(c, "SELECT count(*) FROM item_progress WHERE task_id = ?", foreign), "not what it does not hold");
        }
        try (Connection m = TeamConnections.open(manager)) {
            entry(m, foreign, null, housingId);
            assertTrue(Sql.count(m, "SELECT count(*) FROM item_progress WHERE task_id = ?", foreign) > 0, "the manager reads it");
            refused(m, "UPDATE item_progress SET percent = 100");
            refused(m, "DELETE FROM item_progress");
        }
    }

    @Test
    void aDepartmentLoginCannotWriteForAnotherDepartmentNorOnWhatItDoesNotHold() throws SQLException {
        try (Connection c = TeamConnections.open(water)) {
            refused(() -> entry(c, led, null, housingId));
            refused(() -> entry(c, foreign, null, waterId));
            refused(() -> event(c, foreign, null, "IN_PROGRESS", waterId, 0));
            refused(() -> event(c, cooperated, null, "CLOSE_OUT_REQUESTED", waterId, 0)); // not its lead
            refused(() -> event(c, shared, null, "CLOSE_OUT_REQUESTED", waterId, 0)); // leads a milestone, not the task
            try (Connection m = TeamConnections.open(manager)) {
                event(m, shared, ledMilestone, "RETURNED", null, 1);
            }
            refused(() -> Sql.update(c, "INSERT INTO status_event (uid, task_id, milestone_id, status, effective_on, "
                    + "department_id, by_manager, recorded_at) VALUES (?, ?, ?, 'CLOSE_OUT_REQUESTED', '2026-01-01', ?, 0, 'x')",
                    uid(), shared, ledMilestone, waterId)); // dated before the manager's 退回
            refused(() -> entry(c, shared, null, waterId));
            refused(() -> value(c, housingIndicator, waterId));
            refused(() -> value(c, waterIndicator, housingId));
            refused(() -> Sql.update(c, "INSERT INTO extension_request (uid, task_id, department_id, requested_on, old_due, "
                    + "new_due, reason, recorded_at) VALUES (?, ?, ?, '2026-01-01', '2026-06-30', '2026-12-31', '汛期', 'x')",
                    uid(), cooperated, waterId));
            long housingEntry;
            try (Connection m = TeamConnections.open(manager)) {
                housingEntry = entry(m, cooperated, null, housingId);
            }
            refused(() -> Sql.update(c, "INSERT INTO evidence (uid, progress_entry_id, name, size, sha256, content) "
                    + "VALUES (?, ?, 'a.pdf', 1, 'x', ?)", uid(), housingEntry, new byte[] {1}));
            // status the events do not say, or on a task it does not hold: nothing changes
            refused(() -> Sql.update(c, "UPDATE task SET status = 'CLOSED' WHERE id = ?", cooperated));
            assertEquals(0, Sql.update(c, "UPDATE task SET status = 'NOT_STARTED' WHERE id = ?", foreign));
            refused(() -> Sql.update(c, "UPDATE task SET title = 'x' WHERE id = ?", led));
        }
    }

    @Test
    void aDepartmentLoginCannotRecordTheManagersDecisions() throws SQLException {
        try (Connection c = TeamConnections.open(water)) {
            refused(() -> event(c, led, null, "CLOSED", null, 1));
            refused(() -> event(c, led, null, "CLOSED", waterId, 0));
            refused(() -> event(c, led, null, "RETURNED", waterId, 0));
            refused(() -> event(c, led, null, "SUSPENDED", waterId, 0));
            refused(() -> event(c, led, null, "CLOSE_OUT_REQUESTED", waterId, 1));
            refused(c, "INSERT INTO light_override (uid, task_id, light, set_on, reason, recorded_at) "
                    + "VALUES ('u1', " + led + ", 'GREEN', '2026-01-01', 'x', 'x')");
            refused(c, "INSERT INTO extension_decision (uid, request_id, accepted, decided_on, recorded_at) "
                    + "SELECT 'u2', id, 1, '2026-01-01', 'x' FROM extension_request LIMIT 1");
            refused(c, "INSERT INTO indicator_judgement (uid, indicator_id, verdict, judged_on, reason, recorded_at) "
                    + "VALUES ('u3', " + waterIndicator + ", 'MET', '2026-01-01', 'x', 'x')");
            refused(c, "INSERT INTO task_weight (task_id, weight, updated_at) VALUES (" + led + ", 2, 'x')");
            refused(c, "UPDATE ledger_setting SET value = '{}'");
            refused(c, "INSERT INTO ledger_setting (key, value) VALUES ('rules', '{}')");
            refused(c, "INSERT INTO task_assignment (task_id, department_id, role) VALUES (" + foreign + ", " + waterId + ", 'COOPERATE')");
            refused(c, "DELETE FROM task_assignment");
            refused(c, "UPDATE milestone_lead SET department_id = " + waterId);
            refused(c, "UPDATE task_division SET state = 'CONFIRMED'");
            refused(c, "INSERT INTO department (name, short_name, kind) VALUES ('x', 'x', 'OTHER')");
            refused(c, "UPDATE plan SET title = 'x'");
            refused(c, "DELETE FROM task");
            refused(c, "UPDATE indicator_profile SET department_id = " + waterId);
            refused(c, "INSERT INTO team_member (login, role, added_at) VALUES ('me', 'MANAGER', 'x')");
            refused(c, "UPDATE ledger_identity SET role = 'MASTER'");
        }
        try (Connection m = TeamConnections.open(manager)) {
            event(m, cooperated, null, "SUSPENDED", null, 1);
            Sql.update(m, "INSERT INTO light_override (uid, task_id, light, set_on, reason, recorded_at) "
                    + "VALUES (?, ?, 'GREEN', '2026-01-01', 'x', 'x')", uid(), led);
        }
    }

    /** The register (V10): a department's login reads the documents sent to it and their items, and adds or deletes none. */
    @Test
    void aDepartmentLoginReadsOnlyTheNoticesAddressedToItAndWritesNone() throws SQLException {
        long toWater;
        try (Connection m = TeamConnections.open(manager)) {
            toWater = notice(m, "督〔2026〕101号", waterId, led);
            notice(m, "督〔2026〕102号", housingId, foreign);
        }
        try (Connection c = TeamConnections.open(water)) {
            assertEquals(1, Sql.count(c, "SELECT count(*) FROM notice WHERE number LIKE '督〔2026〕10_号'"));
            assertEquals(toWater, Sql.longOrNull(c, "SELECT id FROM notice WHERE number LIKE '督〔2026〕10_号'"));
            assertEquals(0, Sql.count(c, "SELECT count(*) FROM notice_item WHERE task_id = ?", foreign), "住建局's item");
            assertEquals(1, Sql.count(c, "SELECT count(*) FROM notice_item WHERE task_id = ?", led));
            refused(c, "UPDATE notice SET closed_on = '2026-11-21'");
            refused(c, "DELETE FROM notice_item");
            refused(c, "INSERT INTO notice (number, prefix, year, serial, kind, issued_on, recorded_at) "
                    + "VALUES ('x', 'x', 2026, 1, 'SUPERVISION', '2026-11-20', 'x')");
        }
        try (Connection m = TeamConnections.open(manager)) {
            assertEquals(2, Sql.count(m, "SELECT count(*) FROM notice WHERE number LIKE '督〔2026〕10_号'"), "the manager reads both");
        }
    }

    /** Carry-over links (V13): a department's login reads the links of the tasks it holds, on either side, and writes none. */
    @Test
    void aDepartmentLoginReadsTheCarryOverLinksOfItsTasksAndWritesNone() throws SQLException {
        try (Connection m = TeamConnections.open(manager)) {
            Sql.update(m, "INSERT INTO carryover_link (from_task_id, to_task_id, state, decided_at) VALUES (?, ?, 'CONFIRMED', 'x')",
                    foreign, cooperated);
            Sql.update(m, "INSERT INTO carryover_link (from_task_id, to_task_id, state, decided_at) VALUES (?, ?, 'SUGGESTED', 'x')",
                    led, foreign);
            Sql.update(m, "INSERT INTO carryover_link (from_task_id, state, reason, decided_at) VALUES (?, 'NOT_CARRIED', '已完成', 'x')",
                    foreign);
        }
        try (Connection c = TeamConnections.open(water)) {
            assertEquals(List.of(cooperated, foreign), ids(c, "SELECT coalesce(to_task_id, 0) FROM carryover_link ORDER BY to_task_id"),
                    "the link into the task it cooperates on and the one out of the task it leads, not 住建局's 不结转");
            refused(c, "UPDATE carryover_link SET state = 'CONFIRMED'");
            refused(c, "DELETE FROM carryover_link");
            refused(c, "INSERT INTO carryover_link (from_task_id, state, reason, decided_at) VALUES (" + led + ", 'NOT_CARRIED', 'x', 'x')");
        }
        try (Connection m = TeamConnections.open(manager)) {
            assertEquals(3, Sql.count(m, "SELECT count(*) FROM carryover_link"), "the manager reads them all");
            Sql.update(m, "DELETE FROM carryover_link");
        }
    }

    /** V11: a department's entry answers the 督办单 sent to it, though its login cannot write the register itself. */
    @Test
    void aDepartmentsEntryAnswersItsNoticeThroughTheTriggerWhileItsLoginStillWritesNoNotice() throws SQLException {
        long toWater;
        try (Connection m = TeamConnections.open(manager)) {
            toWater = notice(m, "督〔2026〕201号", waterId, cooperated);
            Sql.update(m, "UPDATE notice SET issued_on = '2026-12-01' WHERE id = ?", toWater);
        }
        long answer;
        try (Connection c = TeamConnections.open(water)) {
            answer = Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, period_start, period_end, "
                    + "written_on, progress, recorded_at) VALUES (?, ?, ?, 'MONTH', '2026-12-01', '2026-12-31', "
                    + "'2026-12-03', '已配合完成', 'x')", uid(), cooperated, waterId);
            assertEquals(answer, Sql.longOrNull(c, "SELECT feedback_entry_id FROM notice WHERE id = ?", toWater));
            assertEquals("2026-12-03", Sql.string(c, "SELECT feedback_on FROM notice WHERE id = ?", toWater));
            refused(c, "UPDATE notice SET feedback_entry_id = NULL, feedback_on = NULL");
        }
    }

    /**
     * V14: a department's login records the 签收 of its own notices — that column only, once —
     * and cannot touch another department's, nor the office's working calendar.
     */
    @Test
    void aDepartmentLoginSignsForItsOwnNoticesOnceAndForNoOneElse() throws SQLException {
        long toWater;
        long toHousing;
        long signedByOffice;
        try (Connection m = TeamConnections.open(manager)) {
            toWater = notice(m, "督〔2026〕301号", waterId, led);
            toHousing = notice(m, "督〔2026〕302号", housingId, foreign);
            signedByOffice = notice(m, "督〔2026〕303号", waterId, led);
            Sql.update(m, "UPDATE notice SET signed_on = '2026-11-22' WHERE id = ?", signedByOffice);
            Sql.update(m, "INSERT INTO work_calendar (day, kind, recorded_at) VALUES ('2026-10-01', 'HOLIDAY', 'x')");
        }
        try (Connection c = TeamConnections.open(water)) {
            assertEquals(1, Sql.update(c, "UPDATE notice SET signed_on = '2026-11-23' WHERE id = ?", toWater));
            assertEquals(0, Sql.update(c, "UPDATE notice SET signed_on = '2026-11-23' WHERE id = ?", toHousing),
                    "another department's notice is not even seen");
            refused(c, "UPDATE notice SET signed_on = '2026-11-24' WHERE id = " + signedByOffice);
            refused(c, "UPDATE notice SET signed_on = NULL WHERE id = " + toWater);
            refused(c, "UPDATE notice SET signed_on = '2026-11-23', feedback_on = '2026-11-23' WHERE id = " + toWater);
            assertEquals(1, Sql.count(c, "SELECT count(*) FROM work_calendar WHERE day = '2026-10-01'"), "everyone reads the calendar");
            refused(c, "INSERT INTO work_calendar (day, kind, recorded_at) VALUES ('2026-10-02', 'HOLIDAY', 'x')");
            refused(c, "DELETE FROM work_calendar");
        }
        try (Connection m = TeamConnections.open(manager)) {
            assertEquals("2026-11-23", Sql.string(m, "SELECT signed_on FROM notice WHERE id = ?", toWater));
            assertNull(Sql.string(m, "SELECT signed_on FROM notice WHERE id = ?", toHousing));
            assertEquals("2026-11-22", Sql.string(m, "SELECT signed_on FROM notice WHERE id = ?", signedByOffice), "kept");
        }
    }

    /** Through the store, a department's login records the 签收 of its own notice, once; another's it cannot even see. */
    @Test
    void throughTheStoreADepartmentLoginSignsForItsOwnNoticeAndAnothersIsRefusedInWords() throws SQLException {
        try (Connection m = TeamConnections.open(manager)) {
            notice(m, "督〔2026〕401号", waterId, led);
            notice(m, "督〔2026〕402号", housingId, foreign);
        }
        try (Ledger ledger = Ledger.openTeam(water, TestClock.get())) {
            var register = ledger.notices(TestClock.get());
            assertEquals(TestClock.TODAY, register.recordReceipt("督〔2026〕401号", TestClock.TODAY).signedOn());
            StoreException twice = assertThrows(StoreException.class, () -> register.recordReceipt("督〔2026〕401号", TestClock.TODAY));
            assertTrue(Messages.chinese().format(twice.problem()).contains("已于"), Messages.chinese().format(twice.problem()));
            StoreException other = assertThrows(StoreException.class, () -> register.recordReceipt("督〔2026〕402号", TestClock.TODAY));
            assertTrue(Messages.chinese().format(other.problem()).contains("没有文号为“督〔2026〕402号”"),
                    Messages.chinese().format(other.problem()));
        }
    }

    private static long notice(Connection c, String number, long department, long task) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO notice (number, prefix, year, serial, kind, colour, department_id, issued_on, "
                + "recorded_at) VALUES (?, '督', 2026, ?, 'SUPERVISION', 'RED', ?, '2026-11-20', 'x')", number,
                number.hashCode() & 0xffff, department);
        Sql.update(c, "INSERT INTO notice_item (notice_id, task_id, light, reason) VALUES (?, ?, 'RED', '已超期')", id, task);
        return id;
    }

    /** A table a later migration adds is decided on for departments, not left to chance. */
    @Test
    void everyTableIsReadByDepartmentsOrKeptFromThemOnPurpose() throws SQLException {
        java.util.Set<String> tables = new java.util.TreeSet<>();
        try (Connection c = TeamConnections.open(admin)) {
            try (var ps = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        tables.removeAll(TeamGrants.DEPARTMENT_READS);
        // the identity is read column by column (not its secret); the other two hold secrets and logins
        assertEquals(java.util.Set.of("ledger_identity", "exchange_department", "team_member"), tables);
    }

    @Test
    void throughTheStoreADepartmentLoginWorksInItsDepartmentsModeAndARefusalIsWorded() throws Exception {
        try (Ledger ledger = Ledger.openTeam(water, TestClock.get())) {
            LedgerIdentity id = ledger.identity();
            assertTrue(id.isDepartment());
            assertEquals(waterId, id.departmentId());
            assertEquals("测试水务局", id.departmentName());

            long plan = ledger.plans().plans().get(0).id();
            assertEquals(129, ledger.plans().outline(plan).chapters().stream().mapToInt(ch -> ch.taskCount()).sum(),
                    "the plan reads whole");
            assertFalse(ledger.progress(TestClock.get()).lights(plan, TestClock.TODAY).isEmpty());

            long value = ledger.indicators(TestClock.get()).recordValue(waterIndicator, 2025, "12", TestClock.TODAY, "", "", waterId);
            assertTrue(value > 0);

            // the app checks the lead named, not who is asking: the database checks who is asking
            Path proof = Files.writeString(dir.resolve("验收.txt"), "已完成");
            StoreException e = assertThrows(StoreException.class, () -> ledger.progress(TestClock.get())
                    .requestCloseOut(ItemKey.task(foreign), housingId, TestClock.TODAY, "完成",
                            List.of(new EvidenceFile(proof))));
            assertEquals("store.team.refusedByRole", e.problem().key());
            assertTrue(Messages.chinese().format(e.problem()).contains(water.displayName()));
            StoreException manager = assertThrows(StoreException.class,
                    () -> ledger.progress(TestClock.get()).overrideLight(ItemKey.task(led), null, TestClock.TODAY, "x"));
            assertEquals("exchange.error.departmentMode.team", manager.problem().key());
            assertTrue(Messages.chinese().format(manager.problem()).startsWith("你以测试水务局的部门登录名登录团队台账"),
                    "a login's words, not a department ledger file's: " + Messages.chinese().format(manager.problem()));
        }
        try (Ledger ledger = Ledger.openTeam(manager, TestClock.get())) {
            assertFalse(ledger.identity().isDepartment());
        }
    }

    @Test
    void aDisabledLoginCanNoLongerLogIn() {
        String login = admin.database() + "_gone";
        String generated = TeamMembers.add(admin, login, "测建", null, TestClock.get());
        assertEquals(TeamMembers.GENERATED_LENGTH, generated.length());
        TeamAddress gone = admin.as(login, generated);
        try (Ledger ledger = Ledger.openTeam(gone, TestClock.get())) {
            assertEquals(housingId, ledger.identity().departmentId());
        }
        TeamMembers.disable(admin, login);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.openTeam(gone, TestClock.get()));
        assertEquals("store.team.loginRefused", e.problem().key());
        TeamMembers.Member listed = TeamMembers.list(admin).stream().filter(m -> m.login().equals(login)).findFirst().orElseThrow();
        assertTrue(listed.disabled());
        assertFalse(listed.canLogIn());
        assertEquals("测试住建局", listed.department());
    }

    private static long entry(Connection c, long task, Long milestone, long department) throws SQLException {
        return Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, milestone_id, department_id, period_kind, period_start, "
                + "period_end, written_on, progress, recorded_at) VALUES (?, ?, ?, ?, 'MONTH', '2026-10-01', '2026-10-31', "
                + "'2026-11-02', '推进', 'x')", uid(), task, milestone, department);
    }

    private static long event(Connection c, long task, Long milestone, String status, Long department, int byManager)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO status_event (uid, task_id, milestone_id, status, effective_on, department_id, "
                + "by_manager, recorded_at) VALUES (?, ?, ?, ?, '2026-11-02', ?, ?, 'x')", uid(), task, milestone, status,
                department, byManager);
    }

    private static long value(Connection c, long indicator, long department) throws SQLException {
        return Sql.insert(c, "INSERT INTO indicator_value (uid, indicator_id, year, value, recorded_on, department_id, "
                + "recorded_at) VALUES (?, ?, 2025, '1', '2026-01-01', ?, 'x')", uid(), indicator, department);
    }

    private static void assign(Connection c, long task, long department, String role) throws SQLException {
        Sql.update(c, "INSERT INTO task_assignment (task_id, department_id, role) VALUES (?, ?, ?)", task, department, role);
    }

    private static List<String> texts(Connection c, String sql) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> out = new java.util.ArrayList<>();
        try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static String uid() {
        return java.util.UUID.randomUUID().toString();
    }

    @FunctionalInterface
    private interface Write {
        void run() throws SQLException;
    }

    private static void refused(Write write) {
        SQLException e = assertThrows(SQLException.class, write::run);
        assertEquals(REFUSED, e.getSQLState(), e.getMessage());
    }

    private static void refused(Connection c, String sql) {
        refused(() -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        });
    }
}
