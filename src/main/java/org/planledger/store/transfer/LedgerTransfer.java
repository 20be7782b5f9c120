package org.planledger.store.transfer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.sqlite.SqliteCopy;

/**
 * A whole ledger moved between a ledger file and a team ledger, both ways, by one engine
 * ({@link TableCopy}): {@code server push} (a file into an empty team ledger), a team ledger's
 * backup (into a new ledger file), and a restore onto a team ledger (a file replacing its
 * content). Each is one transaction of the side written, with ids kept, and is checked before it
 * commits: every table's row count and digest ({@link TableDigest}) must be the same on both
 * sides, or nothing is written and the refusal names the table.
 */
public final class LedgerTransfer {

    /** The table whose one row the schema itself writes (a fresh identity), which a copy replaces. */
    private static final String IDENTITY = "ledger_identity";

    private LedgerTransfer() {
    }

    /** What was copied: each table's rows and digest, as both sides agreed on them. */
    public record Result(List<TableDigest> tables) {

        public Result {
            tables = List.copyOf(tables);
        }

        public long rows() {
            return tables.stream().mapToLong(TableDigest::rows).sum();
        }

        public long rowsOf(String table) {
            return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableDigest::rows).sum();
        }
    }

    /**
     * {@code server push}: the ledger in {@code file} into the team ledger, which must be empty
     * (as {@code server init} leaves it); refused in words when it holds anything.
     */
    public static Result push(Ledger team, Path file, Ledger.CopyProgress progress) {
        return into(team, file, progress, true);
    }

    /**
     * A restore onto a team ledger: its content replaced by the ledger in {@code file}, in one
     * transaction. Only a manager's login may delete and write every table; the database refuses
     * anyone else.
     */
    public static Result restore(Ledger team, Path file, Ledger.CopyProgress progress) {
        return into(team, file, progress, false);
    }

    /** The ledger in {@code file} into the team ledger, in one transaction; a push first refuses one that holds anything. */
    private static Result into(Ledger team, Path file, Ledger.CopyProgress progress, boolean onlyIntoEmpty) {
        requireTeam(team);
        try (SourceFile source = SourceFile.open(file, team.clock())) {
            return team.inTransaction(t -> {
                Connection s = source.connection();
                List<TableShape> tables = LedgerTables.of(s, t, team.displayName());
                refuseDepartmentLedger(s, file);
                if (onlyIntoEmpty) {
                    refuseNotEmpty(t, tables, team.displayName());
                }
                return move(s, t, tables, progress, team.displayName());
            });
        }
    }

    /**
     * A team ledger's backup: a new ledger file at {@code dest} holding everything the team ledger
     * held at one moment (one read snapshot), written under a temporary name and moved into place
     * only when whole and checked; it opens with {@link Ledger#open} and restores like any backup.
     */
    public static Result backup(Ledger team, Path dest, Ledger.CopyProgress progress) {
        requireTeam(team);
        return team.readSnapshot(t -> SqliteCopy.intoNewLedger(dest, f -> {
            List<TableShape> tables = LedgerTables.of(f, t, team.displayName());
            return move(t, f, tables, progress, dest.getFileName().toString());
        }));
    }

    /** Empties the destination's tables, copies every table, then checks both sides agree. */
    private static Result move(Connection from, Connection to, List<TableShape> tables, Ledger.CopyProgress sink,
                               String destination) throws SQLException {
        long rows = 0;
        for (TableShape t : tables) {
            rows += count(from, t.quoted());
        }
        TransferProgress progress = new TransferProgress(sink, rows);
        TableCopy copy = new TableCopy(from, to, progress);
        copy.clear(tables);
        for (TableShape t : tables) {
            copy.copy(t);
        }
        List<TableDigest> agreed = new ArrayList<>();
        for (TableShape t : tables) {
            TableDigest source = TableDigest.of(from, t, progress::digested);
            progress.digestDone(source.rows());
            TableDigest copied = TableDigest.of(to, t, progress::digested);
            progress.digestDone(copied.rows());
            if (!source.equals(copied)) {
                throw new StoreException(Text.of("store.transfer.mismatch", destination, t.name(), source.rows(), copied.rows()));
            }
            agreed.add(source);
        }
        return new Result(agreed);
    }

    private static void refuseNotEmpty(Connection team, List<TableShape> tables, String teamName) throws SQLException {
        for (TableShape t : tables) {
            if (!t.name().equals(IDENTITY) && count(team, t.quoted()) > 0) {
                throw new StoreException(Text.of("store.transfer.teamNotEmpty", teamName,
                        count(team, "plan"), count(team, "progress_entry"), t.name()));
            }
        }
    }

    /** A department's ledger is that department's copy; the team ledger is the manager's. */
    private static void refuseDepartmentLedger(Connection file, Path path) throws SQLException {
        try (Statement st = file.createStatement();
             ResultSet rs = st.executeQuery("SELECT d.name FROM ledger_identity i LEFT JOIN department d ON d.id = i.department_id "
                     + "WHERE i.role = 'DEPARTMENT'")) {
            if (rs.next()) {
                throw new StoreException(Text.of("store.transfer.departmentLedger", path.getFileName().toString(),
                        rs.getString(1) == null ? "" : rs.getString(1)));
            }
        }
    }

    private static void requireTeam(Ledger team) {
        if (!team.isTeam()) {
            throw new IllegalArgumentException("not a team ledger: " + team.displayName());
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
