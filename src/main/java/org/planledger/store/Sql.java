package org.planledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Small JDBC helpers for every part of the store: bind arguments in order, run, close. A statement
 * may number its parameters ({@code ?1}, each used as often as needed): they are bound here for
 * both databases, since PostgreSQL's driver knows only {@code ?}.
 */
public final class Sql {

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\?(\\d+)");

    private Sql() {
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /**
     * Prepares {@code sql} with {@code args} bound: in order for {@code ?}, by number for
     * {@code ?1}, {@code ?2} (a statement uses one style or the other).
     */
    public static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        java.util.regex.Matcher m = NUMBERED.matcher(sql);
        if (!m.find()) {
            return bound(c.prepareStatement(sql), args);
        }
        m.reset();
        StringBuilder plain = new StringBuilder();
        java.util.List<Object> ordered = new java.util.ArrayList<>();
        while (m.find()) {
            ordered.add(args[Integer.parseInt(m.group(1)) - 1]);
            m.appendReplacement(plain, "?");
        }
        m.appendTail(plain);
        return bound(c.prepareStatement(plain.toString()), ordered.toArray());
    }

    private static PreparedStatement bound(PreparedStatement ps, Object... args) throws SQLException {
        try {
            bind(ps, args);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** Binds the arguments to a statement prepared once and run many times, and runs it. */
    public static int execute(PreparedStatement ps, Object... args) throws SQLException {
        bind(ps, args);
        return ps.executeUpdate();
    }

    public static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The first column of the first row; null when there is no row (a NULL value reads as 0). */
    public static Long longOrNull(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The first column of the first row; null when there is no row or the value is NULL. */
    public static Long nullableLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    /** The first column of the first row as text; null when there is no row. */
    public static String string(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static int count(Connection c, String sql, Object... args) throws SQLException {
        Long n = longOrNull(c, sql, args);
        return n == null ? 0 : n.intValue();
    }

    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            ps.setObject(i + 1, a instanceof Boolean b ? (b ? 1 : 0) : a);
        }
    }
}
