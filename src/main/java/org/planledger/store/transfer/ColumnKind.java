package org.planledger.store.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * What a column holds, as both databases agree on it (the ledger file's INTEGER, REAL, TEXT,
 * BLOB; the team ledger's bigint/integer, double precision, text, bytea): how a value is read,
 * bound and fed to a digest, so a row reads the same on either side.
 */
enum ColumnKind {
    INTEGER, REAL, TEXT, BLOB;

    /** The kind of a column declared as {@code typeName} on either database. */
    static ColumnKind of(String typeName) {
        String t = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return INTEGER;
        }
        if (t.contains("REAL") || t.contains("FLOAT") || t.contains("DOUBLE")) {
            return REAL;
        }
        if (t.contains("BLOB") || t.contains("BYTEA")) {
            return BLOB;
        }
        return TEXT;
    }

    /** The value in column {@code i} of the current row (null for SQL NULL). */
    Object read(ResultSet rs, int i) throws SQLException {
        Object v = switch (this) {
            case INTEGER -> rs.getLong(i);
            case REAL -> rs.getDouble(i);
            case TEXT -> rs.getString(i);
            case BLOB -> rs.getBytes(i);
        };
        return rs.wasNull() ? null : v;
    }

    void bind(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, switch (this) {
                case INTEGER -> Types.BIGINT;
                case REAL -> Types.DOUBLE;
                case TEXT -> Types.VARCHAR;
                case BLOB -> Types.BINARY;
            });
            return;
        }
        switch (this) {
            case INTEGER -> ps.setLong(i, (Long) value);
            case REAL -> ps.setDouble(i, (Double) value);
            case TEXT -> ps.setString(i, (String) value);
            case BLOB -> ps.setBytes(i, (byte[]) value);
        }
    }

    /** About how many bytes the value takes in memory, to bound a batch of large evidence files. */
    long weight(Object value) {
        if (value instanceof byte[] b) {
            return b.length;
        }
        if (value instanceof String s) {
            return 2L * s.length();
        }
        return 8;
    }

    /** Feeds the value to {@code md} tagged with its kind and length: no two different rows feed the same bytes. */
    void digest(MessageDigest md, Object value) {
        if (value == null) {
            md.update((byte) 'N');
            return;
        }
        switch (this) {
            case INTEGER -> md.update(ByteBuffer.allocate(9).put((byte) 'I').putLong((Long) value).array());
            case REAL -> md.update(ByteBuffer.allocate(9).put((byte) 'R')
                    .putLong(Double.doubleToLongBits((Double) value)).array());
            case TEXT -> withLength(md, (byte) 'T', ((String) value).getBytes(StandardCharsets.UTF_8));
            case BLOB -> withLength(md, (byte) 'B', (byte[]) value);
        }
    }

    private static void withLength(MessageDigest md, byte tag, byte[] bytes) {
        md.update(ByteBuffer.allocate(5).put(tag).putInt(bytes.length).array());
        md.update(bytes);
    }
}
