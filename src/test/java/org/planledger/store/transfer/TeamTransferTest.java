package org.planledger.store.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.plan.Outline;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * A manager's ledger file moved onto a team ledger ({@code server push}), backed up from it into a
 * ledger file that opens here, and restored onto it: on a real PostgreSQL, with the shipped plan
 * and history with evidence files.
 */
class TeamTransferTest {

    @TempDir
    static Path shared;
    private static Path history;

    @TempDir
    Path dir;

    @BeforeAll
    static void aManagersLedgerWithHistory() {
        history = HistoryLedger.create(shared);
    }

    private static String newTeam(String purpose) {
        return TestPostgres.newLedgerDatabase(purpose);
    }

    private static Ledger openTeam(String url) {
        return Ledger.openTeam(TestPostgres.address(url), TestClock.get());
    }

    @Test
    void aPushedLedgerReadsAlikeAndEveryTableDigestsAlike() {
        String url = newTeam("push");
        try (Ledger team = openTeam(url); Ledger file = Ledger.open(history, TestClock.get())) {
            List<long[]> seen = new ArrayList<>();
            LedgerTransfer.Result result = LedgerTransfer.push(team, history, (done, total) -> seen.add(new long[] {done, total}));

            assertEquals(HistoryLedger.digests(file, file), HistoryLedger.digests(team, file), "every table, row for row");
            assertEquals(2, result.rowsOf("evidence"));
            assertEquals(HistoryLedger.count(file, "progress_entry"), result.rowsOf("progress_entry"));
            long[] last = seen.get(seen.size() - 1);
            assertEquals(last[1], last[0], "the progress ends at its total");
            assertEquals(3 * result.rows(), last[1]);

            long plan = file.plans().plans().get(0).id();
            assertEquals(outlineText(file.plans().outline(plan)), outlineText(team.plans().outline(plan)));
            assertEquals(file.identity().ledgerId(), team.identity().ledgerId(), "packages issued from the file still match");
            long task = file.plans().search(plan, HistoryLedger.ENTRY_TASK_WORDS, 1).get(0).taskId();
            ProgressHistory there = team.progress(TestClock.get()).history(task, HistoryLedger.DAY);
            assertEquals(file.progress(TestClock.get()).history(task, HistoryLedger.DAY), there);
            long photo = there.entries().get(0).evidence().get(0).id();
            assertArrayEquals(file.progress(TestClock.get()).evidenceContent(photo),
                    team.progress(TestClock.get()).evidenceContent(photo), "evidence bytes");
            assertEquals(300_000, team.progress(TestClock.get()).evidenceContent(photo).length);
        }
    }

    @Test
    void newRowsOnATeamLedgerAfterAPushTakeIdsPastThePushedOnes() throws Exception {
        String url = newTeam("ids");
        try (Ledger team = openTeam(url)) {
            LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE);
            long plan = team.plans().plans().get(0).id();
            long task = team.plans().search(plan, HistoryLedger.ENTRY_TASK_WORDS, 1).get(0).taskId();
            long before = HistoryLedger.count(team, "light_override");

            team.progress(TestClock.get()).overrideLight(ItemKey.task(task), org.planledger.model.Light.GREEN,
                    HistoryLedger.DAY, "资金已到位");

            assertEquals(before + 1, HistoryLedger.count(team, "light_override"), "written, not a duplicate id");
        }
        // every identity's next number is past the largest id its table holds
        try (var c = TestPostgres.connect(url); var st = c.createStatement();
             var rs = st.executeQuery("SELECT table_name FROM information_schema.columns "
                     + "WHERE table_schema = 'public' AND is_identity = 'YES' AND column_name = 'id'")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertTrue(tables.size() > 15, tables::toString);
            for (String t : tables) {
                try (var s2 = c.createStatement();
                     var r = s2.executeQuery("SELECT nextval(pg_get_serial_sequence('" + t + "', 'id')), "
                             + "(SELECT coalesce(max(id), 0) FROM " + t + ")")) {
                    r.next();
                    assertTrue(r.getLong(1) > r.getLong(2), t + ": next " + r.getLong(1) + ", largest " + r.getLong(2));
                }
            }
        }
    }

    @Test
    void aTeamLedgerThatHoldsAnythingIsRefusedInWordsAndLeftAsItWas() {
        String url = newTeam("full");
        try (Ledger team = openTeam(url); Ledger file = Ledger.open(history, TestClock.get())) {
            LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE);
            List<TableDigest> before = HistoryLedger.digests(team, file);

            StoreException e = assertThrows(StoreException.class,
                    () -> LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE));

            String words = Messages.chinese().format(e.problem());
            assertTrue(words.contains("不是空的") && words.contains("1 个规划") && words.contains("backup restore"), words);
            assertEquals(before, HistoryLedger.digests(team, file));
        }
    }

    @Test
    void aPushStoppedHalfWayLeavesTheTeamLedgerEmpty() {
        String url = newTeam("halfway");
        try (Ledger team = openTeam(url)) {
            AtomicLong half = new AtomicLong();
            RuntimeException stop = new RuntimeException("the connection was lost");
            RuntimeException e = assertThrows(RuntimeException.class, () -> LedgerTransfer.push(team, history, (done, total) -> {
                if (done > total / 6 && half.compareAndSet(0, done)) {
                    throw stop;
                }
            }));
            assertEquals(stop, e);
            assertTrue(half.get() > 0);
            assertEquals(0, HistoryLedger.count(team, "plan"));
            assertEquals(0, HistoryLedger.count(team, "task"));
            assertEquals(0, HistoryLedger.count(team, "progress_entry"));
            assertEquals(1, HistoryLedger.count(team, "ledger_identity"), "the identity server init drew");

            LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE);
            assertEquals(1, team.plans().plans().size(), "a second try goes through");
        }
    }

    @Test
    void aCopyThatDoesNotCheckOutIsUndoneAndTheTableNamed() {
        String url = newTeam("mismatch");
        // a database that changes what it is given (a trigger someone left): the digests catch it
        HistoryLedger.onDatabase(url, "CREATE FUNCTION pad() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN NEW.problems := NEW.problems || ' '; RETURN NEW; END $$");
        HistoryLedger.onDatabase(url, "CREATE TRIGGER pad BEFORE INSERT ON progress_entry FOR EACH ROW EXECUTE FUNCTION pad()");
        try (Ledger team = openTeam(url)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE));

            assertEquals("store.transfer.mismatch", e.problem().key());
            String words = Messages.chinese().format(e.problem());
            assertTrue(words.contains("progress_entry") && words.contains("已全部撤销"), words);
            assertEquals(0, HistoryLedger.count(team, "plan"));
            assertEquals(0, HistoryLedger.count(team, "evidence"));
        }
    }

    @Test
    void aTeamLedgersBackupOpensHereWithTheSamePlansOutlineAndProgress() {
        String url = newTeam("backup");
        Path backup = dir.resolve("团队台账备份.planledger");
        try (Ledger team = openTeam(url); Ledger file = Ledger.open(history, TestClock.get())) {
            LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE);
            team.backupTo(backup, Ledger.CopyProgress.NONE);
            assertEquals(List.of(backup.getFileName()), listNames(dir), "no partial copy left beside it");

            try (Ledger copy = Ledger.open(backup, TestClock.get())) {
                assertTrue(copy.damage().isEmpty());
                long plan = copy.plans().plans().get(0).id();
                assertEquals(file.plans().plans(), copy.plans().plans());
                assertEquals(outlineText(file.plans().outline(plan)), outlineText(copy.plans().outline(plan)));
                long task = copy.plans().search(plan, HistoryLedger.ENTRY_TASK_WORDS, 1).get(0).taskId();
                assertEquals(file.progress(TestClock.get()).history(task, HistoryLedger.DAY),
                        copy.progress(TestClock.get()).history(task, HistoryLedger.DAY));
                assertEquals(file.progress(TestClock.get()).lights(plan, HistoryLedger.DAY),
                        copy.progress(TestClock.get()).lights(plan, HistoryLedger.DAY));
                assertFalse(copy.plans().search(plan, "水体", 50).isEmpty(), "search works on the backup (its index rebuilt)");
                assertEquals(file.plans().search(plan, "黑臭水体", 50), copy.plans().search(plan, "黑臭水体", 50));
            }
        }
    }

    @Test
    void fileToTeamToFileGivesBackEveryTableAsItWas() {
        String url = newTeam("roundtrip");
        Path back = dir.resolve("back.planledger");
        try (Ledger team = openTeam(url)) {
            LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE);
            team.backupTo(back, Ledger.CopyProgress.NONE);
        }
        try (Ledger original = Ledger.open(history, TestClock.get()); Ledger copy = Ledger.open(back, TestClock.get())) {
            assertEquals(HistoryLedger.digests(original, original), HistoryLedger.digests(copy, original));
        }
    }

    /**
     * A closed plan (V12) moves to a team ledger and back: the closure is copied after the rows it
     * freezes, so the copy is not refused by its own triggers, and the plan is closed on arrival.
     */
    @Test
    void aClosedPlanIsPushedAndBackedUpWholeAndStaysClosed() throws Exception {
        Path closed = dir.resolve("closed.planledger");
        Files.copy(history, closed);
        long plan;
        try (Ledger file = Ledger.open(closed, TestClock.get())) {
            var store = file.evaluations(TestClock.get());
            plan = file.plans().plans().get(0).id();
            var e = store.start(plan, org.planledger.store.evaluation.EvaluationKind.FINAL, null);
            java.util.Map<ItemKey, org.planledger.store.evaluation.OutcomeDraft> items = new java.util.HashMap<>();
            store.outcomes(e.id()).forEach(o -> items.put(o.key(), org.planledger.store.evaluation.OutcomeDraft.of(
                    org.planledger.model.FinalOutcome.NOT_DONE, null, "")));
            java.util.Map<Long, org.planledger.store.evaluation.IndicatorDraft> indicators = new java.util.HashMap<>();
            store.indicators(e.id()).forEach(i -> indicators.put(i.indicatorId(), new org.planledger.store.evaluation.IndicatorDraft(
                    2025, "1", "BINDING".equals(i.attribute()) ? org.planledger.model.IndicatorConclusion.MET
                    : org.planledger.model.IndicatorConclusion.ON_PACE, "")));
            store.propose(e.id(), items, indicators);
            store.confirm(e.id(), List.of(), List.of(), true);
            store.confirmEvaluation(e.id());
            store.close(plan);
        }
        String url = newTeam("closed");
        Path back = dir.resolve("closed-back.planledger");
        try (Ledger team = openTeam(url)) {
            LedgerTransfer.push(team, closed, Ledger.CopyProgress.NONE);
            assertEquals(org.planledger.model.PlanState.CLOSED, team.evaluations(TestClock.get()).state(plan));
            StoreException refused = assertThrows(StoreException.class, () -> team.inTransaction(c -> org.planledger.store.Sql.update(c,
                    "UPDATE task SET title = title WHERE plan_id = ?", plan)));
            assertEquals("store.error.planClosed", refused.problem().key());
            team.backupTo(back, Ledger.CopyProgress.NONE);
        }
        try (Ledger original = Ledger.open(closed, TestClock.get()); Ledger copy = Ledger.open(back, TestClock.get())) {
            assertEquals(HistoryLedger.digests(original, original), HistoryLedger.digests(copy, original));
            assertEquals(org.planledger.model.PlanState.CLOSED, copy.evaluations(TestClock.get()).state(plan));
        }
    }

    @Test
    void aRestoreReplacesTheTeamLedgersContentWithTheFilesInOneGo() {
        String url = newTeam("restore");
        Path backup = dir.resolve("before.planledger");
        try (Ledger team = openTeam(url); Ledger file = Ledger.open(history, TestClock.get())) {
            LedgerTransfer.push(team, history, Ledger.CopyProgress.NONE);
            team.backupTo(backup, Ledger.CopyProgress.NONE);
            long plan = team.plans().plans().get(0).id();
            long task = team.plans().search(plan, HistoryLedger.ENTRY_TASK_WORDS, 1).get(0).taskId();
            team.progress(TestClock.get()).overrideLight(ItemKey.task(task), org.planledger.model.Light.RED,
                    HistoryLedger.DAY, "written after the backup");
            assertEquals(HistoryLedger.count(file, "light_override") + 1, HistoryLedger.count(team, "light_override"));

            team.restoreFrom(backup, Ledger.CopyProgress.NONE);

            assertEquals(HistoryLedger.digests(file, file), HistoryLedger.digests(team, file));
        }
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedBeforeTheTeamLedgerIsTouched() throws Exception {
        String url = newTeam("notledger");
        Path text = Files.writeString(dir.resolve("notes.planledger"), "不是台账");
        try (Ledger team = openTeam(url)) {
            StoreException e = assertThrows(StoreException.class, () -> team.restoreFrom(text, Ledger.CopyProgress.NONE));
            assertEquals("store.error.notLedger", e.problem().key());
            StoreException missing = assertThrows(StoreException.class,
                    () -> LedgerTransfer.push(team, dir.resolve("missing.planledger"), Ledger.CopyProgress.NONE));
            assertEquals("store.error.notLedger", missing.problem().key());
            assertFalse(Files.exists(dir.resolve("missing.planledger")), "nothing created where the user pointed");
            assertEquals(1, HistoryLedger.count(team, "ledger_identity"));
        }
    }

    @Test
    void aLedgerFromAnOlderPlanLedgerIsUpgradedInACopyAndTheUsersFileLeftAsItWas() throws Exception {
        Path old = dir.resolve("old.planledger");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration")
                .target("5").load().migrate();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1347175495");
            st.execute("INSERT INTO plan (title, start_year, end_year, source_name, imported_at, updated_at) "
                    + "VALUES ('旧规划', 2021, 2025, 'old.txt', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
        }
        byte[] before = Files.readAllBytes(old);
        String url = newTeam("older");
        try (Ledger team = openTeam(url)) {
            LedgerTransfer.push(team, old, Ledger.CopyProgress.NONE);

            assertEquals("旧规划", team.plans().plans().get(0).title());
            assertEquals(1, HistoryLedger.count(team, "ledger_identity"), "the upgrade's identity moved in");
        }
        assertArrayEquals(before, Files.readAllBytes(old), "the user's file is not upgraded in place");
        assertEquals(5, Ledger.versionOf(old));
        assertEquals(List.of(old.getFileName()), listNames(dir), "no backup or copy left beside it");
    }

    private static List<Path> listNames(Path folder) {
        try (var s = Files.list(folder)) {
            return s.map(Path::getFileName).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String outlineText(Outline outline) {
        StringBuilder sb = new StringBuilder(outline.planTitle());
        for (Outline.Chapter ch : outline.chapters()) {
            sb.append('\n').append(ch.number()).append(' ').append(ch.title());
            for (Outline.Section s : ch.sections()) {
                sb.append("\n  ").append(s.number()).append(' ').append(s.title()).append(' ').append(s.tasks());
            }
        }
        return sb.toString();
    }
}
