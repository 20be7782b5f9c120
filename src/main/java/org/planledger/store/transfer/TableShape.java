package org.planledger.store.transfer;

import java.util.List;
import java.util.Set;

/**
 * One table as the copy sees it: its columns (in the order both schemas declare them), its
 * primary key, the tables its foreign keys point to, and the columns that point into itself
 * ({@code department.merged_into}, {@code progress_entry.supersedes_id}).
 */
record TableShape(String name, List<Column> columns, List<String> primaryKey, Set<String> parents,
                  List<String> selfReferences) {

    record Column(String name, ColumnKind kind) {
    }

    TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        parents = Set.copyOf(parents);
        selfReferences = List.copyOf(selfReferences);
    }

    /** The table's name quoted for SQL (the same on both databases). */
    String quoted() {
        return quote(name);
    }

    /** Every column, quoted and comma-separated, in declaration order. */
    String columnList() {
        return String.join(", ", columns.stream().map(c -> quote(c.name())).toList());
    }

    /**
     * How many rows a read asks the server for at a time: few where a row may hold an evidence
     * file (up to 20 MB each), so memory holds a handful, not a thousand.
     */
    int fetchSize() {
        return columns.stream().anyMatch(c -> c.kind() == ColumnKind.BLOB) ? 8 : 1000;
    }

    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    /** The single integer key column that rows can be ordered and referenced by, or null. */
    String idColumn() {
        if (primaryKey.size() != 1) {
            return null;
        }
        String key = primaryKey.get(0);
        return columns.get(columnIndex(key)).kind() == ColumnKind.INTEGER ? key : null;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
