package org.planledger.bench;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamAdmin;
import org.planledger.store.postgres.TeamMembers;

/**
 * Where the load of {@link TeamLoadSeries} goes: a team ledger on PostgreSQL, each client logged in
 * as its department's own login (row-level security deciding what it may write), or a ledger file
 * every client opens for itself (SQLite serialises the writers).
 */
interface LoadTarget {

    /** "PostgreSQL" or "SQLite", as the report's columns name it. */
    String backend();

    /** Makes the ledger (server init for a team ledger) and opens it as its owner. */
    Ledger createAndOpenOwner(Clock clock);

    /** Gives each department (and the manager) a login; nothing for a ledger file. */
    void addLogins(List<String> departments, Clock clock);

    /** Opens the ledger as {@code department}'s login, or the manager's when it is null. */
    Ledger openAs(String department, Clock clock);

    /** How many progress entries each department has on record, read as the owner. */
    static Map<Long, Long> entriesByDepartment(Ledger owner) {
        return owner.read(c -> {
            Map<Long, Long> counts = new HashMap<>();
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT department_id, count(*) FROM progress_entry GROUP BY department_id")) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /** The text of every progress entry on record, read as the owner. */
    static List<String> entryTexts(Ledger owner) {
        return owner.read(c -> {
            List<String> texts = new java.util.ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT progress FROM progress_entry")) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        });
    }

    /** A team ledger in the empty database at {@code owner} (an owner's login, who may create roles). */
    record Team(TeamAddress owner, Map<String, TeamAddress> logins) implements LoadTarget {

        Team(TeamAddress owner) {
            this(owner, new HashMap<>());
        }

        @Override
        public String backend() {
            return "PostgreSQL";
        }

        @Override
        public Ledger createAndOpenOwner(Clock clock) {
            TeamAdmin.init(owner);
            return Ledger.openTeam(owner, clock);
        }

        @Override
        public void addLogins(List<String> departments, Clock clock) {
            // logins are the server's, not the database's: named after the database so runs never meet
            String prefix = "ld_" + owner.database().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            prefix = prefix.substring(0, Math.min(prefix.length(), 56));
            add(prefix + "_m", null, clock);
            for (int i = 0; i < departments.size(); i++) {
                add(String.format(Locale.ROOT, "%s_d%02d", prefix, i + 1), departments.get(i), clock);
            }
        }

        private void add(String login, String department, Clock clock) {
            String password = TeamMembers.add(owner, login, department, null, clock);
            logins.put(department == null ? "" : department, owner.as(login, password));
        }

        @Override
        public Ledger openAs(String department, Clock clock) {
            TeamAddress login = logins.get(department == null ? "" : department);
            if (login == null) {
                throw new IllegalStateException("no login for " + department);
            }
            return Ledger.openTeam(login, clock);
        }
    }

    /** A new ledger file; every client opens it as a user of the desktop app does. */
    record File(Path file) implements LoadTarget {

        @Override
        public String backend() {
            return "SQLite";
        }

        @Override
        public Ledger createAndOpenOwner(Clock clock) {
            return Ledger.open(file, clock);
        }

        @Override
        public void addLogins(List<String> departments, Clock clock) {
            // a ledger file has no logins: each client writes in its department's name
        }

        @Override
        public Ledger openAs(String department, Clock clock) {
            return Ledger.open(file, clock);
        }
    }
}
