package org.planledger.store.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.planledger.store.Dialect;

/**
 * The copy engine, one for both directions (ledger file → team ledger, team ledger → ledger
 * file): the rows of each table read from one connection and written to the other with their
 * ids, parents before children, many rows per INSERT. Works inside the caller's transactions;
 * it commits nothing.
 */
final class TableCopy {

    /** Rows per INSERT, within both databases' limits on bound values (SQLite 32766, PostgreSQL 65535). */
    private static final int MAX_ROWS = 500;
    private static final int MAX_VALUES = 30_000;
    /** A batch of large evidence files is written before it holds more than this in memory. */
    private static final long MAX_BATCH_BYTES = 16L << 20;

    private final Connection from;
    private final Connection to;
    private final TransferProgress progress;

    TableCopy(Connection from, Connection to, TransferProgress progress) {
        this.from = from;
        this.to = to;
        this.progress = progress;
    }

    /** Empties {@code tables} in the destination, children first. */
    void clear(List<TableShape> tables) throws SQLException {
        List<TableShape> childrenFirst = new ArrayList<>(tables);
        Collections.reverse(childrenFirst);
        try (Statement st = to.createStatement()) {
            for (TableShape t : childrenFirst) {
                st.executeUpdate("DELETE FROM " + t.quoted());
            }
        }
    }

    /** Every row of {@code table} from the source into the (empty) destination table. */
    void copy(TableShape table) throws SQLException {
        String id = table.idColumn();
        boolean selfReferencing = !table.selfReferences().isEmpty() && id != null;
        int idIndex = id == null ? -1 : table.columnIndex(id);
        List<Link> later = new ArrayList<>();
        int width = table.columns().size();
        int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_VALUES / width));
        String select = "SELECT " + table.columnList() + " FROM " + table.quoted() + (selfReferencing ? " ORDER BY " + TableShape.quote(id) : "");
        try (Statement st = from.createStatement()) {
            st.setFetchSize(table.fetchSize());
            try (ResultSet rs = st.executeQuery(select); Batch batch = new Batch(table, perStatement)) {
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = table.columns().get(i).kind().read(rs, i + 1);
                    }
                    if (selfReferencing) {
                        // a row pointing at one not written yet is written without the link, which follows
                        for (String column : table.selfReferences()) {
                            int c = table.columnIndex(column);
                            if (row[c] != null && (Long) row[c] >= (Long) row[idIndex]) {
                                later.add(new Link(column, (Long) row[idIndex], (Long) row[c]));
                                row[c] = null;
                            }
                        }
                    }
                    batch.add(row);
                }
                batch.flush();
            }
        }
        for (Link link : later) {
            try (PreparedStatement ps = to.prepareStatement("UPDATE " + table.quoted() + " SET " + TableShape.quote(link.column())
                    + " = ? WHERE " + TableShape.quote(id) + " = ?")) {
                ps.setLong(1, link.target());
                ps.setLong(2, link.id());
                ps.executeUpdate();
            }
        }
        if (id != null) {
            String after = Dialect.of(to).identityPastIds(table.quoted(), id);
            if (after != null) {
                try (Statement st = to.createStatement()) {
                    st.execute(after);
                }
            }
        }
    }

    /** A link from row {@code id} to a row written after it, set once both are there. */
    private record Link(String column, long id, long target) {
    }

    /** Rows gathered and written as one INSERT of many rows. */
    private final class Batch implements AutoCloseable {
        private final TableShape table;
        private final int perStatement;
        private final List<Object[]> rows = new ArrayList<>();
        private long bytes;
        private PreparedStatement full;

        Batch(TableShape table, int perStatement) {
            this.table = table;
            this.perStatement = perStatement;
        }

        void add(Object[] row) throws SQLException {
            rows.add(row);
            for (int i = 0; i < row.length; i++) {
                bytes += table.columns().get(i).kind().weight(row[i]);
            }
            if (rows.size() == perStatement || bytes > MAX_BATCH_BYTES) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            if (rows.size() == perStatement) {
                if (full == null) {
                    full = to.prepareStatement(insert(perStatement));
                }
                write(full);
            } else {
                try (PreparedStatement ps = to.prepareStatement(insert(rows.size()))) {
                    write(ps);
                }
            }
            progress.copied(rows.size());
            rows.clear();
            bytes = 0;
        }

        private void write(PreparedStatement ps) throws SQLException {
            int p = 1;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    table.columns().get(i).kind().bind(ps, p++, row[i]);
                }
            }
            ps.executeUpdate();
        }

        private String insert(int count) {
            String one = "(" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
            return "INSERT INTO " + table.quoted() + " (" + table.columnList() + ") VALUES "
                    + String.join(", ", Collections.nCopies(count, one));
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }
}
