package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * A team ledger that cannot be reached is told in the user's language, from what went wrong —
 * refused, unknown server, no answer, TLS refused, wrong or missing password, no such database —
 * against real sockets and a real PostgreSQL; never in the driver's own (English) words.
 */
class TeamConnectFailureTest {

    private static final String LOGIN = "pl_connect_pw";

    private static TeamAddress ledger;

    @BeforeAll
    static void aTeamLedgerAndALoginThatNeedsItsPassword() throws Exception {
        String url = TestPostgres.newLedgerDatabase("connect_failure");
        ledger = TestPostgres.address(url);
        TestPostgres.requirePassword(url, LOGIN, "right-one");
    }

    @Test
    void aServerThatIsNotRunningRefusesTheConnection() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        TeamAddress address = new TeamAddress("127.0.0.1", closed, "ledger", "shuiwu01", null, Map.of());
        told(address, "store.team.connect.refused",
                "连接不上团队台账“ledger @ 127.0.0.1:" + closed + "”：服务器 127.0.0.1:" + closed + " 拒绝了连接");
    }

    @Test
    void aServerNameNobodyKnows() {
        TeamAddress address = new TeamAddress("no-such-server.invalid", 5432, "ledger", "shuiwu01", null, Map.of());
        told(address, "store.team.connect.unknownHost", "找不到名为“no-such-server.invalid”的服务器");
    }

    @Test
    void aServerThatTakesTheConnectionAndNeverAnswersTimesOut() throws Exception {
        List<Socket> taken = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        taken.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            TeamAddress address = new TeamAddress("127.0.0.1", silent.getLocalPort(), "ledger", "shuiwu01", null, Map.of());
            long start = System.nanoTime();
            told(address, "store.team.connect.timedOut", "没有应答（连接超时）");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            // 10 s for the login to answer; a loaded machine adds some: the point is an end, not a hang
            assertTrue(seconds < 6L * TeamConnections.CONNECT_SECONDS, "gave up after " + seconds + " s, not never");
        } finally {
            for (Socket s : taken) {
                s.close();
            }
        }
    }

    @Test
    void anEncryptedConnectionTheServerDoesNotOffer() {
        // the test server speaks no TLS; sslmode=require insists on it
        TeamAddress address = new TeamAddress(ledger.host(), ledger.port(), ledger.database(), LOGIN, "right-one",
                Map.of("sslmode", "require"));
        told(address, "store.team.connect.tlsRefused", "不接受加密连接（TLS）");
    }

    @Test
    void aWrongPasswordAndAMissingOne() {
        told(ledger.as(LOGIN, "wrong-one"), "store.team.loginRefused", "登录名“" + LOGIN + "”或密码不对");
        told(ledger.as(LOGIN, null), "store.team.connect.passwordNeeded", "要求登录名“" + LOGIN + "”输入密码");
    }

    @Test
    void aDatabaseTheServerDoesNotHave() {
        TeamAddress address = new TeamAddress(ledger.host(), ledger.port(), "pl_no_such_ledger", ledger.user(), null, Map.of());
        told(address, "store.team.connect.noDatabase", "上没有名为“pl_no_such_ledger”的数据库");
    }

    /** Causes this test server cannot produce (its TLS is off, it is never full): read from the cause and the SQLSTATE alike. */
    @Test
    void aCertificateThatDoesNotCheckOutAFullServerAndAnythingElse() {
        TeamAddress checked = new TeamAddress("db.tq.gov", 5432, "ledger", "shuiwu01", "pw",
                Map.of("sslmode", "verify-full", "sslrootcert", "/ca.crt"));
        java.sql.SQLException badCertificate = new java.sql.SQLException("SSL error: PKIX path building failed", "08006",
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed"));
        assertEquals(ConnectFailure.TLS_REFUSED, ConnectFailure.of(badCertificate, checked));
        assertEquals(ConnectFailure.SERVER_BUSY, ConnectFailure.of(new java.sql.SQLException(
                "FATAL: sorry, too many clients already", "53300"), checked));
        java.sql.SQLException odd = new java.sql.SQLException("FATAL: something new", "XX000");
        assertEquals(ConnectFailure.OTHER, ConnectFailure.of(odd, checked));
        String told = Messages.chinese().format(org.planledger.store.TeamErrors.cannotConnect(checked, odd).problem());
        assertTrue(told.contains("XX000") && !told.contains("something new"), told);
    }

    /** The store's words in Chinese hold {@code words}; neither language repeats the driver's text. */
    private static void told(TeamAddress address, String key, String words) {
        StoreException e = assertThrows(StoreException.class, () -> Ledger.openTeam(address, TestClock.get()).close());
        assertEquals(key, e.problem().key(), String.valueOf(e.getCause()));
        String chinese = Messages.chinese().format(e.problem());
        String english = Messages.forLanguage("en").format(e.problem());
        assertTrue(chinese.contains(words), chinese);
        String driver = e.getCause().getMessage();
        assertFalse(chinese.contains(driver) || english.contains(driver), driver);
        for (String driverWord : List.of("Connection", "FATAL", "SSL", "attempt", "postmaster")) {
            assertFalse(english.contains(driverWord), english);
        }
        assertFalse(chinese.matches(".*[A-Za-z]{12,}.*"), "no English sentence in the Chinese: " + chinese);
    }
}
