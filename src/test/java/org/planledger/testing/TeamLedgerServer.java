package org.planledger.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;

/**
 * A team ledger to look at the app with by hand: starts the tests' embedded PostgreSQL, makes a
 * team ledger holding the shipped plan and a login that must give a password
 * ({@code pl_demo} / {@code demo-password}), prints both addresses, and runs until killed.
 * {@code mvn -o exec:java} is not set up here; run it with the test class path.
 */
public final class TeamLedgerServer {

    private TeamLedgerServer() {
    }

    public static void main(String[] args) throws Exception {
        String url = TestPostgres.newLedgerDatabase("demo");
        TeamAddress address = TestPostgres.address(url);
        try (Ledger ledger = Ledger.openTeam(address, TestClock.get())) {
            LedgerStartup.prepare(ledger);
        }
        try (Connection c = TestPostgres.connect(url); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE pl_demo LOGIN SUPERUSER PASSWORD 'demo-password'");
            String hba;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            Files.writeString(Path.of(hba), "host all pl_demo all scram-sha-256\n" + Files.readString(Path.of(hba)));
            st.execute("SELECT pg_reload_conf()");
        }
        System.out.println("TEAM " + address);
        System.out.println("PASSWORD " + address.as("pl_demo", null));
        System.out.flush();
        Thread.currentThread().join();
    }
}
