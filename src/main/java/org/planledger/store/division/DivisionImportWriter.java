package org.planledger.store.division;

import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.DepartmentKind;
import org.planledger.model.DivisionState;

/**
 * Writes a division of work imported from a 分工表 (the office's own decision, so confirmed),
 * creating the departments it names that the registry lacks when asked — all of it in one
 * transaction: a failure anywhere leaves the ledger as it was. Every change is recorded in
 * the change log.
 */
public final class DivisionImportWriter {

    private static final String SUBJECT = "division";

    /**
     * A department on an imported row: one the registry holds ({@code departmentId}), or one to
     * create ({@code newName}, {@code newShortName}; kind 其他, unverified).
     */
    public record Unit(Long departmentId, String newName, String newShortName) {

        public static Unit existing(long departmentId) {
            return new Unit(departmentId, null, null);
        }

        public static Unit create(String name, String shortName) {
            return new Unit(null, name, shortName == null || shortName.isBlank() ? name : shortName);
        }

        public boolean isNew() {
            return departmentId == null;
        }
    }

    /** One task's division as the table gives it: its lead (or null), cooperating units, 属地. */
    public record Entry(long taskId, Unit lead, List<Unit> cooperating, boolean territorial) {

        public Entry {
            cooperating = List.copyOf(cooperating);
        }
    }

    /** What was written: how many tasks got their division, and the departments created (name → id, in order). */
    public record Outcome(int divisions, Map<String, Long> createdDepartments) {

        public Outcome {
            createdDepartments = Collections.unmodifiableMap(new LinkedHashMap<>(createdDepartments));
        }
    }

    private DivisionImportWriter() {
    }

    /**
     * Writes each entry's division as confirmed, with the reason {@code assign.reason.imported}
     * naming {@code sourceName}, replacing what the task had. New units are created when
     * {@code createDepartments} is true (once per name; a name the registry meanwhile holds is
     * used as it is) and left off otherwise. The caller leaves out entries whose lead would be
     * left off (the import keeps such a task's division and reports the row).
     *
     * @throws StoreException when anything cannot be written; then nothing is
     */
    public static Outcome write(Ledger ledger, String sourceName, List<Entry> entries, boolean createDepartments) {
        List<Text> reasons = List.of(Text.of("assign.reason.imported", sourceName));
        return ledger.inTransaction(c -> {
            Map<String, Long> created = new LinkedHashMap<>();
            Map<String, Long> newIds = new LinkedHashMap<>();
            try (DivisionWriter writer = new DivisionWriter(c, ledger.now())) {
                for (Entry e : entries) {
                    Long lead = id(c, ledger.now(), e.lead(), createDepartments, newIds, created);
                    List<Long> cooperating = new ArrayList<>();
                    for (Unit u : e.cooperating()) {
                        Long id = id(c, ledger.now(), u, createDepartments, newIds, created);
                        if (id != null && !id.equals(lead) && !cooperating.contains(id)) {
                            cooperating.add(id);
                        }
                    }
                    writer.write(e.taskId(), lead, cooperating, e.territorial(), DivisionState.CONFIRMED, reasons);
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("lead", lead);
                    detail.put("cooperating", cooperating);
                    detail.put("territorial", e.territorial());
                    detail.put("source", sourceName);
                    ChangeLog.record(c, ledger.now(), SUBJECT, e.taskId(), "import", detail);
                }
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("source", sourceName);
            summary.put("tasks", entries.size());
            summary.put("departmentsCreated", new ArrayList<>(created.keySet()));
            ChangeLog.record(c, ledger.now(), SUBJECT, 0, "import", summary);
            return new Outcome(entries.size(), created);
        });
    }

    /** The unit's department id, creating it first when it is new and creation was asked; null when left off. */
    private static Long id(Connection c, String now, Unit unit, boolean create, Map<String, Long> newIds, Map<String, Long> created)
            throws SQLException {
        if (unit == null) {
            return null;
        }
        if (!unit.isNew()) {
            return unit.departmentId();
        }
        if (!create || unit.newName() == null || unit.newName().isBlank()) {
            return null;
        }
        Long id = newIds.get(unit.newName());
        if (id != null) {
            return id;
        }
        id = Sql.longOrNull(c, "SELECT id FROM department WHERE name = ?", unit.newName());
        if (id == null) {
            id = Sql.insert(c, "INSERT INTO department (name, short_name, kind, verified, aliases, note, code) "
                    + "VALUES (?, ?, ?, 0, '[]', '', '')", unit.newName(), unit.newShortName(), DepartmentKind.OTHER.name());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("name", unit.newName());
            detail.put("kind", DepartmentKind.OTHER.name());
            detail.put("verified", false);
            detail.put("source", "divisionImport");
            ChangeLog.record(c, now, "department", id, "add", detail);
            created.put(unit.newName(), id);
        }
        newIds.put(unit.newName(), id);
        return id;
    }
}
