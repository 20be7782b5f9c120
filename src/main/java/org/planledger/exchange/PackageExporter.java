package org.planledger.exchange;

import java.nio.file.Path;
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
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.Records;

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
        return ExchangeStore.read(ledger, ExchangeStore::departmentsWithWork);
    }

    /** Writes one package per department into the folder. */
    public List<Issued> export(List<Long> departmentIds, Path folder) {
        LocalDate today = LocalDate.now(clock);
        List<Path> temps = new ArrayList<>();
        try {
            List<Issued> issued = ExchangeStore.change(ledger, store -> {
                LedgerIdentity me = store.identity();
                if (me.isDepartment()) {
                    throw new ExchangeException(Text.of("exchange.error.packageFromDepartment", me.departmentName()));
                }
                List<Issued> out = new ArrayList<>();
                for (long departmentId : departmentIds) {
                    out.add(issue(store, me, departmentId, folder, today, temps));
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

    private Issued issue(ExchangeStore store, LedgerIdentity me, long departmentId, Path folder, LocalDate today,
                         List<Path> temps) {
        String name = store.departmentName(departmentId);
        if (name == null) {
            throw new ExchangeException(Text.of("exchange.error.noSuchDepartment", String.valueOf(departmentId)));
        }
        String secret = store.departmentSecret(departmentId);
        long serial = store.nextPackageSerial(departmentId);
        long acked = store.track(departmentId).mergedSeq();

        ExchangeStore.PackageContent content = store.packageContent(departmentId);
        Map<String, List<Map<String, Object>>> outline = content.outline();
        Records held = content.records();

        List<Manifest.LeftOut> leftOut = store.pendingLeftOut(departmentId).stream()
                .map(l -> new Manifest.LeftOut(l.uid(), l.reason(), l.seq())).toList();
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.BASE_VERSION, Manifest.PACKAGE, me.ledgerId(), departmentId,
                name, serial, acked, null, Instant.now(clock).toString(), secret, leftOut.isEmpty() ? null : leftOut);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(SealedFile.MANIFEST, SealedFile.json(manifest));
        parts.put(SealedFile.CONTENT, SealedFile.json(outline));
        parts.put(SealedFile.RECORDS, SealedFile.json(held));
        store.evidenceBytes(held).forEach((uid, bytes) -> parts.put(SealedFile.EVIDENCE + uid, bytes));
        Path file = folder.resolve(FileNames.packageName(name, today, serial));
        temps.add(SealedFile.writeTemp(file, parts, HexFormat.of().parseHex(secret)));

        int tasks = outline.get("task").size();
        store.recordIssue("PACKAGE_OUT", departmentId, serial, null, file.getFileName().toString(),
                new String(SealedFile.json(Map.of("tasks", tasks, "records", held.size())), java.nio.charset.StandardCharsets.UTF_8),
                Instant.now(clock).toString());
        return new Issued(departmentId, name, file, serial, tasks, held.size());
    }
}
