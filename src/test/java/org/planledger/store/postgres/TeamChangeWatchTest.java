package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.TeamAddress;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/** A client of a team ledger hears the others' writes: PlanLedger's own at once, anyone else's by the fallback poll. */
class TeamChangeWatchTest {

    @Test
    void aWriteByAnotherClientIsHeard() throws Exception {
        String url = TestPostgres.newLedgerDatabase("watch");
        TeamAddress address = TestPostgres.address(url);
        try (Ledger manager = Ledger.openTeam(address, TestClock.get());
             Ledger department = Ledger.openTeam(address, TestClock.get())) {
            LedgerStartup.prepare(manager);
            CountDownLatch heard = new CountDownLatch(1);
            manager.watchChanges(heard::countDown);
            department.inTransaction(c -> Sql.update(c, "UPDATE department SET note = '电话已更新' WHERE id = "
                    + "(SELECT min(id) FROM department)"));
            assertTrue(heard.await(60, TimeUnit.SECONDS), "the manager's window hears the department's write");
        }
    }

    @Test
    void aWriteMadeOutsidePlanLedgerIsHeardByThePoll() throws Exception {
        String url = TestPostgres.newLedgerDatabase("watch_raw");
        TeamAddress address = TestPostgres.address(url);
        try (Ledger manager = Ledger.openTeam(address, TestClock.get())) {
            LedgerStartup.prepare(manager);
            CountDownLatch heard = new CountDownLatch(1);
            manager.watchChanges(heard::countDown);
            // the watch takes its first count once it has connected: write until it has heard one
            boolean told = false;
            for (int i = 0; i < 45 && !told; i++) {
                try (Connection psql = DriverManager.getConnection(url); Statement st = psql.createStatement()) {
                    st.execute("UPDATE department SET note = '由数据库管理员更正" + i + "' WHERE id = (SELECT max(id) FROM department)");
                }
                told = heard.await(2, TimeUnit.SECONDS);
            }
            assertTrue(told, "a write made with psql is heard too");
        }
    }
}
