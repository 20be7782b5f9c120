package org.planledger.store.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planledger.i18n.Text;
import org.planledger.store.StoreException;
import org.planledger.store.sqlite.LedgerSchema;

/**
 * The tables a copy moves: every table of the ledger file's schema that holds the user's data
 * (not SQLite's own, not Flyway's history, not the search index, which the file rebuilds from
 * the tasks by itself), each of which the team ledger must hold with the same columns. Tables
 * only the team ledger has (its logins, say) are not the ledger's content and are left alone.
 * Ordered so that a table comes after every table its foreign keys point to.
 */
final class LedgerTables {

    /**
     * The team ledger's logins: the server's, not the ledger's content. A push or a restore never
     * moves them, so a restore keeps every department's login (its department must still be in
     * the file restored: the database checks that when the restore commits).
     */
    static final String LOGINS = "team_member";

    /**
     * A closed plan's mark: once its row is in, the database refuses every row of the plan
     * (V12), so it is copied after every other table.
     */
    static final String FREEZING = "plan_closure";

    private LedgerTables() {
    }

    /** The tables to copy, parents first; the two schemas must agree on each, or nothing is copied. */
    static List<TableShape> of(Connection file, Connection team, String teamName) throws SQLException {
        Map<String, TableShape> shapes = new TreeMap<>();
        for (String table : LedgerSchema.dataTables(file)) {
            if (table.equals(LOGINS)) {
                continue;
            }
            TableShape shape = shape(file.getMetaData(), null, table);
            List<String> teamColumns = columnNames(team.getMetaData(), team.getSchema(), table);
            List<String> fileColumns = shape.columns().stream().map(TableShape.Column::name).toList();
            if (!teamColumns.equals(fileColumns)) {
                throw new StoreException(Text.of("store.transfer.schemaDiffers", teamName, table,
                        String.join(", ", fileColumns), teamColumns.isEmpty() ? "—" : String.join(", ", teamColumns)));
            }
            shapes.put(table, shape);
        }
        return parentsFirst(shapes);
    }

    private static TableShape shape(DatabaseMetaData md, String schema, String table) throws SQLException {
        List<TableShape.Column> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, schema, table, null)) {
            Map<Integer, TableShape.Column> byPosition = new TreeMap<>();
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"),
                        new TableShape.Column(rs.getString("COLUMN_NAME"), ColumnKind.of(rs.getString("TYPE_NAME"))));
            }
            columns.addAll(byPosition.values());
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Set<String> parents = new TreeSet<>();
        List<String> self = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME");
                if (parent.equals(table)) {
                    self.add(rs.getString("FKCOLUMN_NAME"));
                } else {
                    parents.add(parent);
                }
            }
        }
        return new TableShape(table, columns, new ArrayList<>(key.values()), parents, self);
    }

    private static List<String> columnNames(DatabaseMetaData md, String schema, String table) throws SQLException {
        Map<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet rs = md.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** Kahn's order; among tables free to go, by name, so every copy runs the same way. */
    private static List<TableShape> parentsFirst(Map<String, TableShape> shapes) {
        Map<String, TableShape> left = new LinkedHashMap<>(shapes);
        List<TableShape> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            TableShape next = left.values().stream()
                    .filter(t -> t.parents().stream().noneMatch(left::containsKey))
                    .filter(t -> !FREEZING.equals(t.name()) || left.size() == 1)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys in a cycle among " + left.keySet()));
            ordered.add(next);
            left.remove(next.name());
        }
        return ordered;
    }
}
