package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A ledger schema as JDBC metadata describes it, in terms both databases share: per table its
 * columns in order (name, type family, NOT NULL, default), how many CHECKs, primary key and foreign keys (with ON DELETE
 * CASCADE or not); the indexes a migration created
 * by name (the ones a database makes for a key or UNIQUE constraint left out). What only one
 * database has by design — the search index, Flyway's own table — is named and kept apart.
 */
final class SchemaShape {

    /** SQLite's search: the FTS5 table and the tables FTS5 keeps for it. */
    static final String SEARCH = "task_search";
    private static final String FLYWAY = "flyway_schema_history";
    private static final java.util.regex.Pattern CHECK =
            java.util.regex.Pattern.compile("\\bCHECK\\s*\\(", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** table name → one line: its columns in order and its primary key. */
    final Map<String, String> tables = new TreeMap<>();
    /** "index on table(columns) [unique]", for the indexes the migrations name. */
    final Set<String> indexes = new TreeSet<>();
    /** What only this database has, by design (the search structure). */
    final Set<String> ownSearch = new TreeSet<>();

    static SchemaShape ofSqlite(Connection c) throws SQLException {
        SchemaShape shape = new SchemaShape();
        DatabaseMetaData md = c.getMetaData();
        for (String table : tableNames(md, null)) {
            if (table.equals(SEARCH) || table.startsWith(SEARCH + "_")) {
                shape.ownSearch.add("table " + table);
                continue;
            }
            shape.read(md, null, table, SchemaShape::sqliteFamily, sqliteChecks(c, table));
        }
        return shape;
    }

    static SchemaShape ofPostgres(Connection c) throws SQLException {
        SchemaShape shape = new SchemaShape();
        DatabaseMetaData md = c.getMetaData();
        String schema = currentSchema(c);
        for (String table : tableNames(md, schema)) {
            shape.read(md, schema, table, SchemaShape::postgresFamily, postgresChecks(c, table));
        }
        // the indexes behind PRIMARY KEY and UNIQUE constraints are the constraints, already compared
        Set<String> constraintIndexes = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ci.relname FROM pg_constraint k JOIN pg_class ci ON ci.oid = k.conindid "
                     + "JOIN pg_namespace n ON n.oid = ci.relnamespace WHERE n.nspname = current_schema()")) {
            while (rs.next()) {
                constraintIndexes.add(rs.getString(1));
            }
        }
        shape.indexes.removeIf(i -> constraintIndexes.contains(i.substring(0, i.indexOf(' '))));
        shape.indexes.removeIf(i -> {
            if (i.startsWith(SEARCH + " ")) {
                shape.ownSearch.add("index " + i);
                return true;
            }
            return false;
        });
        return shape;
    }

    /** What differs, line by line ("only in SQLite: ...", "only in PostgreSQL: ..."); empty when in step. */
    static List<String> differences(SchemaShape sqlite, SchemaShape postgres) {
        List<String> out = new ArrayList<>();
        Set<String> names = new TreeSet<>(sqlite.tables.keySet());
        names.addAll(postgres.tables.keySet());
        for (String t : names) {
            String s = sqlite.tables.get(t);
            String p = postgres.tables.get(t);
            if (s == null) {
                out.add("table only in PostgreSQL: " + p);
            } else if (p == null) {
                out.add("table only in SQLite: " + s);
            } else if (!s.equals(p)) {
                out.add("table differs:\n  SQLite:     " + s + "\n  PostgreSQL: " + p);
            }
        }
        for (String i : sqlite.indexes) {
            if (!postgres.indexes.contains(i)) {
                out.add("index only in SQLite: " + i);
            }
        }
        for (String i : postgres.indexes) {
            if (!sqlite.indexes.contains(i)) {
                out.add("index only in PostgreSQL: " + i);
            }
        }
        return out;
    }

    private void read(DatabaseMetaData md, String schema, String table, java.util.function.Function<String, String> family,
                      int checks) throws SQLException {
        Set<String> key = new LinkedHashSet<>();
        Map<Integer, String> keyBySeq = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                keyBySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        key.addAll(keyBySeq.values());
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                // a key column is never null, whatever SQLite's table_info says of a rowid key
                boolean notNull = key.contains(name) || rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                String def = rs.getString("COLUMN_DEF");
                columns.add(name + " " + family.apply(rs.getString("TYPE_NAME")) + (notNull ? " not null" : "")
                        + (def == null ? "" : " default " + withoutCast(def)));
            }
        }
        Set<String> references = new TreeSet<>();
        try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                references.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " -> "
                        + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                        + (rs.getInt("DELETE_RULE") == DatabaseMetaData.importedKeyCascade ? " cascade" : ""));
            }
        }
        tables.put(table, table + "(" + String.join(", ", columns) + ") key(" + String.join(", ", key) + ")"
                + (references.isEmpty() ? "" : " references(" + String.join(", ", references) + ")")
                + " checks " + checks);
        Map<String, Map<Integer, String>> indexColumns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null || index.startsWith("sqlite_autoindex_")) {
                    continue;
                }
                indexColumns.computeIfAbsent(index, k -> new TreeMap<>())
                        .put(rs.getInt("ORDINAL_POSITION"), String.valueOf(rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
                unique.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        indexColumns.forEach((index, cols) -> indexes.add(index + " on " + table + "(" + String.join(", ", cols.values()) + ")"
                + (unique.get(index) ? " unique" : "")));
    }

    /** How many CHECK constraints the table's definition holds (SQLite keeps it as written, ALTERs included). */
    private static int sqliteChecks(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (int) CHECK.matcher(rs.getString(1)).results().count();
            }
        }
    }

    private static int postgresChecks(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema() AND t.relname = ? "
                + "AND k.contype = 'c'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** PostgreSQL's "'[]'::text" is SQLite's "'[]'". */
    private static String withoutCast(String defaultValue) {
        return defaultValue.replaceFirst("::[a-z ]+$", "");
    }

    private static List<String> tableNames(DatabaseMetaData md, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", null)) {
            while (rs.next()) {
                String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
                String name = rs.getString("TABLE_NAME");
                if ((type.equals("TABLE") || type.equals("VIRTUAL TABLE")) && !name.equals(FLYWAY)
                        && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** SQLite's declared type, by its affinity rules, as one of: integer, text, real, bytes. */
    private static String sqliteFamily(String declared) {
        String t = declared.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return "integer";
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return "text";
        }
        if (t.contains("BLOB") || t.isEmpty()) {
            return "bytes";
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return "real";
        }
        return "numeric:" + t;
    }

    /** PostgreSQL's type as the SQLite family the store reads it as; anything else stays itself. */
    private static String postgresFamily(String type) {
        return switch (type) {
            case "int2", "int4", "int8", "serial", "bigserial" -> "integer";
            case "text", "varchar", "bpchar" -> "text";
            case "float4", "float8" -> "real";
            case "bytea" -> "bytes";
            default -> "pg:" + type;
        };
    }
}
