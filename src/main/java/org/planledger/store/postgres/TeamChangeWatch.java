package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.planledger.store.TeamAddress;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the other clients' writes to a team ledger: every write made through PlanLedger announces
 * itself on commit ({@link #CHANNEL}, NOTIFY), and a fallback poll of the database's row
 * counters catches writes made by any other means (psql, a script) and a listen lost with its
 * connection. Runs on its own daemon thread with its own connection; the ledger's own writes
 * (its backend's process id) are not reported back to it.
 */
public final class TeamChangeWatch implements AutoCloseable {

    /** The channel every write of PlanLedger's is announced on. */
    public static final String CHANNEL = "planledger_change";

    /** How long one wait for a notification lasts; the fallback poll runs once per wait. */
    private static final int WAIT_MS = 3000;
    /**
     * Polls after an announced write during which the counters are not compared: the server adds
     * a write to its statistics up to ten seconds after the write, announced or not.
     */
    private static final int SETTLE_POLLS = 5;

    private final TeamAddress address;
    private final int ownProcess;
    private final Runnable onChange;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread thread;
    private volatile Connection listening;
    /** The server's row counters as last read (the fallback poll compares them). */
    private long counted;

    private TeamChangeWatch(TeamAddress address, int ownProcess, Runnable onChange) {
        this.address = address;
        this.ownProcess = ownProcess;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "planledger-team-changes");
        thread.setDaemon(true);
    }

    /**
     * Starts watching; {@code onChange} runs on the watch's thread whenever another client has
     * written (a burst of writes may be told once).
     */
    public static TeamChangeWatch start(TeamAddress address, Connection ledgerConnection, Runnable onChange) throws SQLException {
        TeamChangeWatch watch = new TeamChangeWatch(address, ledgerConnection.unwrap(PGConnection.class).getBackendPID(), onChange);
        // listening, and counted, before this returns: every write after it is heard
        watch.listen();
        watch.counted = rowsWritten(watch.listening);
        watch.thread.start();
        return watch;
    }

    private Connection listen() throws SQLException {
        Connection c = TeamConnections.open(address);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        listening = c;
        return c;
    }

    /** Announces a write inside the writer's transaction: delivered when it commits, never if it rolls back. */
    public static void announce(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_notify('" + CHANNEL + "', '')");
        }
    }

    private void run() {
        int settling = 0;
        while (open.get()) {
            try {
                Connection c = listening;
                if (c == null || c.isClosed()) {
                    c = listen();
                    // what was written while nobody listened is told once
                    long now = rowsWritten(c);
                    if (now != counted && open.get()) {
                        onChange.run();
                    }
                    counted = now;
                }
                boolean heard = false;
                PGNotification[] notes = c.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                for (PGNotification n : notes == null ? new PGNotification[0] : notes) {
                    heard |= n.getPID() != ownProcess;
                }
                long now = rowsWritten(c);
                // the counters also move with announced writes, our own included: only a move nobody announced counts
                settling = notes != null && notes.length > 0 ? SETTLE_POLLS : Math.max(0, settling - 1);
                boolean unannounced = now != counted && settling == 0;
                counted = now;
                if ((heard || unannounced) && open.get()) {
                    onChange.run();
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly();
                if (!pause()) {
                    return;
                }
            }
        }
        closeQuietly();
    }

    /** Rows inserted, updated and deleted in the ledger's tables so far, as the server's statistics count them. */
    private static long rowsWritten(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(WAIT_MS);
            return open.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeQuietly() {
        Connection c = listening;
        listening = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone with the server
            }
        }
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            thread.interrupt();
            closeQuietly();
        }
    }
}
