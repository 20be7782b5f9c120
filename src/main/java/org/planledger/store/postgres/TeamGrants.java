package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.planledger.store.Sql;

/**
 * What each role may do to each table, granted by {@code server init} (ADR 0013). Which rows is
 * the policies' part (db/postgresql/V7). Every grant is made again from nothing on every init, in
 * the caller's transaction, so a second init leaves the privileges exactly as the first did.
 */
final class TeamGrants {

    /**
     * What a department's login reads: the plan, the division of work, the history, the settings,
     * the register's documents addressed to it (the policies of V10 choose which), the office's working calendar,
     * the evaluations and the outcomes of the tasks it holds, and the plans' closing (V12: ADR 0017).
     */
    static final List<String> DEPARTMENT_READS = List.of("plan", "chapter", "section", "task", "measure", "milestone",
            "indicator", "department", "liaison", "task_division", "task_assignment", "milestone_lead", "change_log",
            "status_event", "progress_entry", "evidence", "extension_request", "extension_decision", "light_override",
            "ledger_setting", "task_weight", "indicator_profile", "indicator_value", "indicator_judgement",
            "exchange_batch", "exchange_origin", "exchange_sent", "exchange_attention", "flyway_schema_history",
            "item_progress", "notice", "notice_item", "work_calendar", "carryover_link", "evaluation", "evaluation_outcome",
            "evaluation_indicator", "plan_closure", "plan_state_change");

    /** What a department's login adds to; it updates and deletes none of them. */
    static final List<String> DEPARTMENT_INSERTS = List.of("progress_entry", "status_event", "evidence",
            "extension_request", "indicator_value");

    /** The ledger's identity without the secret column (a department ledger's key, never a team login's). */
    static final String IDENTITY_COLUMNS = "singleton, ledger_id, role, department_id, issuer_ledger_id, package_serial, "
            + "acked_seq, report_seq";

    /**
     * Read by a manager's login, written only by the administrator (team_member), Flyway, or the
     * trigger that derives item_progress from the entries.
     */
    static final List<String> MANAGER_READ_ONLY = List.of("team_member", "flyway_schema_history", "item_progress");

    private TeamGrants() {
    }

    /** Creates the roles that do not exist yet; true if any was created. */
    static boolean createRoles(Connection c, TeamRoles roles) throws SQLException {
        boolean created = false;
        for (String role : List.of(roles.manager(), roles.department())) {
            if (Sql.count(c, "SELECT count(*) FROM pg_roles WHERE rolname = ?", role) == 0) {
                run(c, "CREATE ROLE " + TeamRoles.quote(role) + " NOLOGIN");
                created = true;
            }
        }
        return created;
    }

    static void grant(Connection c, String database, TeamRoles roles) throws SQLException {
        String manager = TeamRoles.quote(roles.manager());
        String department = TeamRoles.quote(roles.department());
        String both = manager + ", " + department;
        String db = TeamRoles.quote(database);
        run(c, "REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
        // TEMPORARY: the store's large reads stage ids in temporary tables
        run(c, "GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO " + both);
        run(c, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        run(c, "GRANT USAGE ON SCHEMA public TO " + both);
        run(c, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, " + both);
        run(c, "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, " + both);

        for (String table : tables(c)) {
            String privileges = MANAGER_READ_ONLY.contains(table) ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
            run(c, "GRANT " + privileges + " ON " + TeamRoles.quote(table) + " TO " + manager);
        }
        // UPDATE: a restore by a manager moves the identities past the ids it brings (setval)
        run(c, "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + manager);

        run(c, "GRANT SELECT ON " + String.join(", ", DEPARTMENT_READS) + " TO " + department);
        run(c, "GRANT SELECT (" + IDENTITY_COLUMNS + ") ON ledger_identity TO " + department);
        run(c, "GRANT INSERT ON " + String.join(", ", DEPARTMENT_INSERTS) + " TO " + department);
        run(c, "GRANT UPDATE (status) ON task, milestone TO " + department);
        // 签收 of its own notices, once (db/postgresql/V14: the policy chooses the rows, a trigger keeps a date recorded)
        run(c, "GRANT UPDATE (signed_on) ON notice TO " + department);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
