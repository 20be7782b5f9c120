package org.planledger.store.transfer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A table's rows counted and summed up in one digest, computed the same way on the ledger file
 * and on the team ledger: each row's values, read by their {@link ColumnKind} and tagged with
 * their length, make one SHA-256; the table's digest is the sum of those (mod 2^256). The sum
 * does not depend on the order the database hands rows out in, so no sort is needed (nor a
 * collation both databases share), and a table of a million rows is read once, streaming.
 *
 * @param table  the table's name
 * @param rows   how many rows it holds
 * @param digest 64 hex digits; equal on two databases when they hold the same rows
 */
public record TableDigest(String table, long rows, String digest) {


    /** The digest of {@code table} in the database behind {@code c}; {@code onRow} is told of each row read. */
    static TableDigest of(Connection c, TableShape table, LongConsumer onRow) throws SQLException {
        MessageDigest md = sha256();
        long[] sum = new long[4];
        long rows = 0;
        List<TableShape.Column> columns = table.columns();
        try (Statement st = c.createStatement()) {
            st.setFetchSize(table.fetchSize()); // PostgreSQL streams inside a transaction instead of loading every row
            try (ResultSet rs = st.executeQuery("SELECT " + table.columnList() + " FROM " + table.quoted())) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        ColumnKind kind = columns.get(i).kind();
                        kind.digest(md, kind.read(rs, i + 1));
                    }
                    add(sum, md.digest());
                    rows++;
                    onRow.accept(rows);
                }
            }
        }
        StringBuilder hex = new StringBuilder(64);
        for (long word : sum) {
            hex.append(HexFormat.of().toHexDigits(word));
        }
        return new TableDigest(table.name(), rows, hex.toString());
    }

    /** {@code sum += hash} as 256-bit unsigned numbers, the carry out of the top word dropped. */
    private static void add(long[] sum, byte[] hash) {
        long carry = 0;
        for (int w = 3; w >= 0; w--) {
            long word = 0;
            for (int b = 0; b < 8; b++) {
                word = (word << 8) | (hash[w * 8 + b] & 0xFF);
            }
            long s = sum[w] + word;
            long carryOut = Long.compareUnsigned(s, sum[w]) < 0 ? 1 : 0;
            long t = s + carry;
            carryOut |= Long.compareUnsigned(t, s) < 0 ? 1 : 0;
            sum[w] = t;
            carry = carryOut;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
