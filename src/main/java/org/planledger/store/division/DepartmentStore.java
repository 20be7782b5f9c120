package org.planledger.store.division;

import org.planledger.store.Json;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.Liaison;

/**
 * The department registry and liaison officers. Nothing assigned is ever lost: renaming keeps
 * the id, merging moves assignments to the survivor, retiring keeps the department on its tasks.
 * Every change is recorded in the change log.
 */
public final class DepartmentStore {

    private static final String SUBJECT = "department";

    private final Ledger ledger;

    public DepartmentStore(Ledger ledger) {
        this.ledger = ledger;
    }

    /** All departments, retired ones included, in id order (sort for display with the collator). */
    public List<Department> all() {
        return ledger.read(DepartmentStore::all);
    }

    public static List<Department> all(Connection c) throws SQLException {
        List<Department> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, short_name, kind, verified, retired, "
                + "merged_into, aliases, note, code FROM department ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long merged = rs.getLong(7);
                Long mergedInto = rs.wasNull() ? null : merged;
                result.add(new Department(rs.getLong(1), rs.getString(2), rs.getString(3),
                        DepartmentKind.valueOf(rs.getString(4)), rs.getInt(5) == 1, rs.getInt(6) == 1,
                        mergedInto, Json.strings(rs.getString(8)), rs.getString(9), rs.getString(10)));
            }
        }
        return result;
    }

    /**
     * Fills an empty registry with the shipped reference data, asked for only then (reading it
     * costs a start a JSON parser); false if it held departments already.
     */
    public boolean seedIfEmpty(Supplier<List<Department>> shipped) {
        // read first: a ledger that has its registry is not written (a damaged one can still be read)
        if (ledger.read(c -> Sql.count(c, "SELECT count(*) FROM department")) > 0) {
            return false;
        }
        List<Department> reference = shipped.get();
        return ledger.inTransaction(c -> {
            if (Sql.count(c, "SELECT count(*) FROM department") > 0) {
                return false;
            }
            for (Department d : reference) {
                insert(c, d);
            }
            ChangeLog.record(c, ledger.now(), SUBJECT, 0, "seed", Map.of("count", reference.size()));
            return true;
        });
    }

    public long add(Department d) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            requireFreeName(c, d.name(), 0);
            long id = insert(c, d);
            ChangeLog.record(c, ledger.now(), SUBJECT, id, "add", Map.of("name", d.name(), "kind", d.kind().name()));
            return id;
        });
    }

    private static long insert(Connection c, Department d) throws SQLException {
        return Sql.insert(c, "INSERT INTO department (name, short_name, kind, verified, aliases, note, code) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", d.name(), d.shortName(), d.kind().name(), d.verified(),
                Json.write(d.aliases()), d.note(), d.code());
    }

    public void rename(long id, String name, String shortName) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Department before = require(c, id);
            requireFreeName(c, name, id);
            Sql.update(c, "UPDATE department SET name = ?, short_name = ? WHERE id = ?", name, shortName, id);
            ChangeLog.record(c, ledger.now(), SUBJECT, id, "rename", Map.of("from", before.name(), "fromShort", before.shortName(),
                    "to", name, "toShort", shortName));
            return null;
        });
    }

    public void setVerified(long id, boolean verified) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            require(c, id);
            Sql.update(c, "UPDATE department SET verified = ? WHERE id = ?", verified, id);
            ChangeLog.record(c, ledger.now(), SUBJECT, id, verified ? "verify" : "unverify", Map.of());
            return null;
        });
    }

    /** Retires a department: it stays on the tasks it was given, but is no longer offered. */
    public void retire(long id) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            require(c, id);
            Sql.update(c, "UPDATE department SET retired = 1 WHERE id = ?", id);
            ChangeLog.record(c, ledger.now(), SUBJECT, id, "retire", Map.of());
            return null;
        });
    }

    /**
     * Merges {@code sourceId} into {@code survivorId}: the source's assignments and milestone
     * leads move to the survivor (a lead stays a lead), its liaison too if the survivor has none,
     * and the source is retired with a pointer to the survivor.
     */
    public void merge(long sourceId, long survivorId) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Department source = require(c, sourceId);
            Department survivor = require(c, survivorId);
            if (sourceId == survivorId || survivor.retired()) {
                throw new StoreException(Text.of("store.error.badMerge", source.name(), survivor.name()));
            }
            int moved = DivisionMerge.move(c, sourceId, survivorId);
            if (Sql.count(c, "SELECT count(*) FROM liaison WHERE department_id = ?", survivorId) == 0) {
                Sql.update(c, "UPDATE liaison SET department_id = ? WHERE department_id = ?", survivorId, sourceId);
            }
            Sql.update(c, "UPDATE department SET retired = 1, merged_into = ? WHERE id = ?", survivorId, sourceId);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("into", survivor.name());
            detail.put("assignmentsMoved", moved);
            ChangeLog.record(c, ledger.now(), SUBJECT, sourceId, "merge", detail);
            return null;
        });
    }

    public Optional<Liaison> liaison(long departmentId) {
        return ledger.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, phone, email, deputy_name, deputy_phone "
                    + "FROM liaison WHERE department_id = ?")) {
                ps.setLong(1, departmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Liaison(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))) : Optional.<Liaison>empty();
                }
            }
        });
    }

    public void setLiaison(long departmentId, Liaison l) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            require(c, departmentId);
            Sql.update(c, "INSERT INTO liaison (department_id, name, phone, email, deputy_name, deputy_phone, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (department_id) DO UPDATE SET name = excluded.name, "
                            + "phone = excluded.phone, email = excluded.email, deputy_name = excluded.deputy_name, "
                            + "deputy_phone = excluded.deputy_phone, updated_at = excluded.updated_at",
                    departmentId, l.name(), l.phone(), blank(l.email()), blank(l.deputyName()), blank(l.deputyPhone()),
                    ledger.now());
            ChangeLog.record(c, ledger.now(), "liaison", departmentId, "set", Map.of("name", l.name(), "phone", l.phone()));
            return null;
        });
    }

    /** The recorded changes to one department (and its liaison), oldest first. */
    public List<ChangeEntry> history(long departmentId) {
        return ledger.read(c -> {
            List<ChangeEntry> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, subject, subject_id, action, detail "
                    + "FROM change_log WHERE subject IN ('department', 'liaison') AND subject_id = ? ORDER BY id")) {
                ps.setLong(1, departmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new ChangeEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getLong(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return result;
        });
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static Department require(Connection c, long id) throws SQLException {
        return all(c).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new StoreException(Text.of("store.error.noSuchDepartment", id)));
    }

    private static void requireFreeName(Connection c, String name, long except) throws SQLException {
        if (name == null || name.isBlank()) {
            throw new StoreException(Text.of("store.error.departmentNameEmpty"));
        }
        if (Sql.count(c, "SELECT count(*) FROM department WHERE name = ? AND id <> ?", name, except) > 0) {
            throw new StoreException(Text.of("store.error.departmentNameTaken", name));
        }
    }
}
