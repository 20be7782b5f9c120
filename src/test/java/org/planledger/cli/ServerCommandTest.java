package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planledger.store.sqlite.LedgerSchema;
import org.planledger.testing.TestPostgres;

/** {@code server init} and {@code server user add|list|disable} on a real PostgreSQL. */
class ServerCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void initMakesATeamLedgerAndRunningItAgainChangesNothing() throws SQLException {
        String jdbc = TestPostgres.newDatabase("init");
        String url = url(jdbc);

        CliRun first = CliRun.of("server", "init", "--url", url);
        assertEquals(ExitCodes.OK, first.code(), first::toString);
        assertTrue(first.out().contains("从版本 0 升级到 " + LedgerSchema.VERSION), first.out());
        assertTrue(first.out().contains("已创建角色"), first.out());
        List<String> after = state(jdbc);

        CliRun again = CliRun.of("server", "init", "--url", url);
        assertEquals(ExitCodes.OK, again.code(), again::toString);
        assertTrue(again.out().contains("已是最新版本 " + LedgerSchema.VERSION), again.out());
        assertTrue(again.out().contains("已存在"), again.out());
        assertEquals(after, state(jdbc));
        // not vacuous: the state holds the roles, their grants and the policies
        String db = database(jdbc);
        assertTrue(after.contains("role " + db + "_department login=false"), after.toString());
        assertTrue(after.contains("grant " + db + "_department progress_entry INSERT"), after.toString());
        assertFalse(after.contains("grant " + db + "_department progress_entry UPDATE"), after.toString());
        assertTrue(after.stream().anyMatch(s -> s.startsWith("policy status_event department_writes")), after.toString());
    }

    @Test
    void initUpgradesATeamLedgerOfAnEarlierVersion() {
        String jdbc = TestPostgres.newDatabase("v6");
        TestPostgres.flywayConfig(jdbc).target("6").load().migrate();

        CliRun init = CliRun.of("server", "init", "--url", url(jdbc));

        assertEquals(ExitCodes.OK, init.code(), init::toString);
        assertTrue(init.out().contains("从版本 6 升级到 " + LedgerSchema.VERSION), init.out());
    }

    /** As a DBA would set it up: the ledger's administrator owns the database and may create roles, nothing more. */
    @Test
    void anOwnerWhoIsNoSuperuserInitsTheLedgerAndAddsUsers() throws SQLException {
        String jdbc = TestPostgres.newDatabase("owned");
        String db = database(jdbc);
        String owner = db + "_admin";
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE");
            st.execute("ALTER DATABASE " + db + " OWNER TO " + owner);
        }
        String url = url(jdbc).replace("user=postgres", "user=" + owner);

        CliRun init = CliRun.of("server", "init", "--url", url);
        assertEquals(ExitCodes.OK, init.code(), init::toString);
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            st.execute("INSERT INTO department (name, short_name, kind) VALUES ('水务局', '水务', 'DISTRICT_DEPARTMENT')");
        }
        CliRun add = CliRun.of("server", "user", "add", "--url", url, "--department", "水务", "--login", db + "_sw");
        assertEquals(ExitCodes.OK, add.code(), add::toString);
        assertEquals(ExitCodes.OK, CliRun.of("server", "init", "--url", url).code(), "again, as the owner");

        String fresh = TestPostgres.newDatabase("not_owned");
        String noRoles = db + "_plain";
        try (Connection c = TestPostgres.connect(fresh); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + noRoles + " LOGIN");
        }
        CliRun refused = CliRun.of("server", "init", "--url", url(fresh).replace("user=postgres", "user=" + noRoles));
        assertEquals(ExitCodes.LEDGER, refused.code(), refused::toString);
        assertTrue(refused.err().contains("CREATEROLE"), refused.err());
    }

    @Test
    void initRefusesADatabaseThatHoldsSomethingElseAndLeavesItAsItWas() throws SQLException {
        String jdbc = TestPostgres.newDatabase("foreign");
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id int)");
        }
        List<String> before = state(jdbc);

        CliRun init = CliRun.of("server", "init", "--url", url(jdbc));

        assertEquals(ExitCodes.LEDGER, init.code(), init::toString);
        assertTrue(init.err().contains("public.customers"), init.err());
        assertTrue(init.err().contains("未作任何改动"), init.err());
        assertEquals(before, state(jdbc));
    }

    @Test
    void initRefusesADatabaseWhoseLocaleBreaksSortingOrChineseSearchAndSaysWhatToRun() throws SQLException {
        String jdbc = TestPostgres.newDatabase("locale");
        String name = database(jdbc) + "_ctype_c";
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        String wrong = jdbc.replace("/" + database(jdbc) + "?", "/" + name + "?");

        CliRun init = CliRun.of("server", "init", "--url", url(wrong));

        assertEquals(ExitCodes.LEDGER, init.code(), init::toString);
        assertTrue(init.err().contains("LC_CTYPE 'C.UTF-8'"), init.err());
        assertEquals(List.of(), state(wrong));
    }

    @Test
    void usersAreAddedListedAndDisabledAndNoPasswordIsShownButTheGeneratedOne() throws Exception {
        String jdbc = TestPostgres.newDatabase("users");
        String url = url(jdbc);
        String db = database(jdbc);
        CliRun before = CliRun.of("server", "user", "list", "--url", url);
        assertEquals(ExitCodes.LEDGER, before.code(), before::toString);
        assertTrue(before.err().contains("server init"), before.err());
        assertEquals(ExitCodes.OK, CliRun.of("server", "init", "--url", url).code());
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            st.execute("INSERT INTO department (name, short_name, kind) VALUES ('水务局', '水务', 'DISTRICT_DEPARTMENT')");
        }

        CliRun typed = withStdin("Typed-Secret-1\n", () -> CliRun.of("server", "user", "add", "--url", url,
                "--department", "水务局", "--login", db + "_shuiwu01", "--password-stdin"));
        assertEquals(ExitCodes.OK, typed.code(), typed::toString);
        assertFalse(typed.out().contains("Typed-Secret-1"), typed.out());
        CliRun generated = CliRun.of("server", "user", "add", "--url", url, "--manager", "--login", db + "_boss");
        assertEquals(ExitCodes.OK, generated.code(), generated::toString);
        String password = generated.out().lines().filter(l -> l.startsWith("初始密码")).findFirst().orElseThrow()
                .replaceAll(".*：", "");
        assertEquals(20, password.length(), generated.out());

        CliRun taken = CliRun.of("server", "user", "add", "--url", url, "--department", "水务", "--login", db + "_boss");
        assertEquals(ExitCodes.LEDGER, taken.code(), taken::toString);
        CliRun noDepartment = CliRun.of("server", "user", "add", "--url", url, "--department", "不存在局", "--login", db + "_x");
        assertTrue(noDepartment.err().contains("不存在局"), noDepartment.err());
        assertEquals(ExitCodes.BAD_INPUT, noDepartment.code());
        CliRun badLogin = CliRun.of("server", "user", "add", "--url", url, "--manager", "--login", "Boss; DROP ROLE x");
        assertEquals(ExitCodes.BAD_INPUT, badLogin.code(), badLogin::toString);
        assertTrue(badLogin.err().contains("小写英文字母"), badLogin.err());
        CliRun empty = withStdin("", () -> CliRun.of("server", "user", "add", "--url", url, "--manager", "--login",
                db + "_empty", "--password-stdin"));
        assertEquals(ExitCodes.BAD_INPUT, empty.code(), empty::toString);

        CliRun disable = CliRun.of("server", "user", "disable", "--url", url, "--login", db + "_shuiwu01");
        assertEquals(ExitCodes.OK, disable.code(), disable::toString);
        CliRun list = CliRun.of("server", "user", "list", "--url", url);
        assertFalse(list.out().contains(password), list.out());
        assertTrue(list.out().contains(db + "_shuiwu01"), list.out());
        JsonNode users = JSON.readTree(CliRun.of("server", "user", "list", "--url", url, "--json").out());
        assertEquals(2, users.size(), "nothing of the refused additions stays: " + users);
        assertEquals(db + "_boss", users.get(0).get("login").asText());
        assertEquals("MANAGER", users.get(0).get("role").asText());
        assertTrue(users.get(0).get("canLogIn").asBoolean());
        assertEquals("水务局", users.get(1).get("department").asText());
        assertTrue(users.get(1).get("disabled").asBoolean());
        assertFalse(users.get(1).get("canLogIn").asBoolean());
    }

    private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(saved);
        }
    }

    private static String url(String jdbc) {
        return jdbc.substring("jdbc:".length());
    }

    private static String database(String jdbc) {
        return jdbc.substring(jdbc.lastIndexOf('/') + 1, jdbc.indexOf('?'));
    }

    /** What init leaves: schema history, the ledger's roles, their privileges, the policies, the database's ACL. */
    private static List<String> state(String jdbc) throws SQLException {
        String db = database(jdbc);
        List<String> out = new ArrayList<>();
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            rows(st, out, "SELECT 'history ' || installed_rank || ' ' || coalesce(version, '') || ' ' || checksum "
                    + "FROM flyway_schema_history ORDER BY installed_rank",
                    true);
            rows(st, out, "SELECT 'role ' || rolname || ' login=' || rolcanlogin FROM pg_roles WHERE rolname LIKE '"
                    + db + "\\_%' ORDER BY 1", false);
            rows(st, out, "SELECT 'grant ' || grantee || ' ' || table_name || ' ' || privilege_type FROM "
                    + "information_schema.role_table_grants WHERE table_schema = 'public' AND grantee LIKE '" + db
                    + "\\_%' ORDER BY 1", false);
            rows(st, out, "SELECT 'column ' || grantee || ' ' || table_name || '.' || column_name || ' ' || privilege_type "
                    + "FROM information_schema.column_privileges WHERE table_schema = 'public' AND grantee LIKE '" + db
                    + "\\_%' ORDER BY 1", false);
            rows(st, out, "SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || coalesce(qual, '') "
                    + "|| ' ' || coalesce(with_check, '') FROM pg_policies ORDER BY 1", false);
            rows(st, out, "SELECT 'acl ' || coalesce(datacl::text, '') FROM pg_database WHERE datname = current_database() "
                    + "AND datacl IS NOT NULL", false);
        }
        return out;
    }

    private static void rows(Statement st, List<String> out, String sql, boolean onlyIfHistory) throws SQLException {
        if (onlyIfHistory) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return;
                }
            }
        }
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
    }
}
