package org.planledger.exchange;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;

/**
 * The manager issues department packages: each holds the department's tasks (led, cooperated,
 * milestones it leads), the plan around them, the other departments on them, the division of
 * work, the settings, every record on those tasks and the department's own indicators, its
 * liaison details, and the department's signing key. Issuing is one transaction: the serials and
 * batches are recorded and the files moved into place only when all of them were written.
 */
public final class PackageExporter {

    /** One package written. */
    public record Issued(long departmentId, String departmentName, Path file, long serial, int tasks, int records) {
    }

    private final Ledger ledger;
    private final Clock clock;

    public PackageExporter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The departments a package can be issued to: those holding a task or an indicator, by name. */
    public List<Long> departmentsWithWork() {
        return ledger.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id FROM department d WHERE retired = 0 AND ("
                    + "EXISTS (SELECT 1 FROM task_assignment a WHERE a.department_id = d.id) "
                    + "OR EXISTS (SELECT 1 FROM milestone_lead l WHERE l.department_id = d.id) "
                    + "OR EXISTS (SELECT 1 FROM indicator_profile p WHERE p.department_id = d.id)) ORDER BY id");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Writes one package per department into the folder. */
    public List<Issued> export(List<Long> departmentIds, Path folder) {
        LocalDate today = LocalDate.now(clock);
        List<Path> temps = new ArrayList<>();
        try {
            List<Issued> issued = ledger.inTransaction(c -> {
                LedgerIdentity me = LedgerIdentity.read(c);
                if (me.isDepartment()) {
                    throw new ExchangeException(Text.of("exchange.error.packageFromDepartment", me.departmentName()));
                }
                List<Issued> out = new ArrayList<>();
                for (long departmentId : departmentIds) {
                    out.add(issue(c, me, departmentId, folder, today, temps));
                }
                return out;
            });
            for (int i = 0; i < issued.size(); i++) {
                SealedFile.place(temps.get(i), issued.get(i).file());
            }
            return issued;
        } finally {
            temps.forEach(SealedFile::discard);
        }
    }

    private Issued issue(Connection c, LedgerIdentity me, long departmentId, Path folder, LocalDate today,
                         List<Path> temps) throws SQLException {
        String name = Db.string(c, "SELECT name FROM department WHERE id = ?", departmentId);
        if (name == null) {
            throw new ExchangeException(Text.of("exchange.error.noSuchDepartment", String.valueOf(departmentId)));
        }
        String secret = DepartmentKeys.secret(c, departmentId);
        Db.update(c, "UPDATE exchange_department SET package_serial = package_serial + 1 WHERE department_id = ?", departmentId);
        long serial = Db.longOrNull(c, "SELECT package_serial FROM exchange_department WHERE department_id = ?", departmentId);
        long acked = Db.longOrNull(c, "SELECT merged_seq FROM exchange_department WHERE department_id = ?", departmentId);

        RecordTables records = new RecordTables(c);
        records.scope("SELECT task_id FROM task_assignment WHERE department_id = ?1 UNION SELECT m.task_id FROM milestone m "
                        + "JOIN milestone_lead l ON l.milestone_id = m.id WHERE l.department_id = ?1",
                "SELECT indicator_id FROM indicator_profile WHERE department_id = ?1", departmentId);
        Map<String, List<Map<String, Object>>> outline = new OutlineTables(c).read(departmentId);
        String ofTasks = "r." + RecordTables.OF_TASKS;
        String ofIndicators = "r." + RecordTables.OF_INDICATORS;
        Records held = records.read(ofTasks, ofTasks, ofTasks, "q." + RecordTables.OF_TASKS, ofTasks, ofIndicators,
                ofIndicators);

        List<Manifest.LeftOut> leftOut = LeftOut.pending(c, departmentId);
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, Manifest.PACKAGE, me.ledgerId(), departmentId,
                name, serial, acked, null, Instant.now(clock).toString(), secret, leftOut.isEmpty() ? null : leftOut);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(SealedFile.MANIFEST, SealedFile.json(manifest));
        parts.put(SealedFile.CONTENT, SealedFile.json(outline));
        parts.put(SealedFile.RECORDS, SealedFile.json(held));
        records.evidenceBytes(held).forEach((uid, bytes) -> parts.put(SealedFile.EVIDENCE + uid, bytes));
        Path file = folder.resolve(FileNames.packageName(name, today, serial));
        temps.add(SealedFile.writeTemp(file, parts, HexFormat.of().parseHex(secret)));

        int tasks = outline.get("task").size();
        Db.insert(c, "INSERT INTO exchange_batch (kind, department_id, seq, file_name, event_mark, decision_mark, summary, at) "
                        + "VALUES ('PACKAGE_OUT', ?, ?, ?, (SELECT coalesce(max(id), 0) FROM status_event), "
                        + "(SELECT coalesce(max(id), 0) FROM extension_decision), ?, ?)",
                departmentId, serial, file.getFileName().toString(),
                new String(SealedFile.json(Map.of("tasks", tasks, "records", held.size())), java.nio.charset.StandardCharsets.UTF_8),
                Instant.now(clock).toString());
        return new Issued(departmentId, name, file, serial, tasks, held.size());
    }
}
