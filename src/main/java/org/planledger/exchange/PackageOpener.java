package org.planledger.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.StoreException;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Records;

/**
 * A liaison officer opens a department package: an empty ledger becomes that department's
 * ledger; the department's ledger is refreshed by a newer package from the same manager. A
 * refresh updates the plan, the division of work and the manager's records, and never touches
 * what the department wrote and has not yet had acknowledged. The file is read and checked
 * whole first; then all of the change is one transaction.
 */
public final class PackageOpener {

    /**
     * What opening did.
     *
     * @param leftOut the department's records the manager left out of a merged report, with the
     *                manager's reason; they go out again in the next report
     */
    public record Opened(String departmentName, long serial, boolean refreshed, int tasks, int recordsAdded,
                         List<LeftOutRecord> leftOut) {

        public Opened(String departmentName, long serial, boolean refreshed, int tasks, int recordsAdded) {
            this(departmentName, serial, refreshed, tasks, recordsAdded, List.of());
        }
    }

    /** One record of the department's the manager did not merge: what it is, on which task or indicator, why. */
    public record LeftOutRecord(String uid, String kindKey, String subject, String reason) {
    }

    private static final TypeReference<Map<String, List<Map<String, Object>>>> TABLES = new TypeReference<>() { };

    private final Clock clock;

    public PackageOpener(Clock clock) {
        this.clock = clock;
    }

    /**
     * A package's manifest, refusing what is not a package this version can open; reads only the
     * manifest — opening the package checks the whole file and its seal.
     */
    public static Manifest peek(Path packageFile) {
        Manifest m = Manifests.check(SealedFile.manifestOnly(packageFile), packageFile.getFileName().toString(),
                Manifest.PACKAGE);
        requireFields(m, packageFile.getFileName().toString());
        return m;
    }

    /** The file name a department ledger gets by default: one per department and issuing ledger. */
    public static String defaultLedgerName(Manifest m) {
        String ledger = m.ledgerId().replaceAll("[^0-9A-Za-z]", "");
        return EvidenceFile.safeName("部门台账-" + EvidenceFile.safeName(m.departmentName()) + "-"
                + ledger.substring(0, Math.min(8, ledger.length())) + ".planledger");
    }

    /** Opens the package into the ledger file, creating it if needed. */
    public Opened openInto(Path packageFile, Path ledgerFile) {
        try (SealedFile sealed = SealedFile.read(packageFile)) {
            check(sealed);
            boolean existed = Files.exists(ledgerFile);
            try (Ledger ledger = Ledger.open(ledgerFile, clock)) {
                return open(sealed, ledger);
            } catch (RuntimeException e) {
                if (!existed) {
                    deleteLedger(ledgerFile);
                }
                throw e;
            }
        }
    }

    /** Opens the package into an open ledger. */
    public Opened open(Path packageFile, Ledger ledger) {
        try (SealedFile sealed = SealedFile.read(packageFile)) {
            check(sealed);
            return open(sealed, ledger);
        }
    }

    private Opened open(SealedFile sealed, Ledger ledger) {
        Manifest m = sealed.manifest();
        Map<String, List<Map<String, Object>>> outline = sealed.parse(SealedFile.CONTENT, TABLES);
        Records records = sealed.parse(SealedFile.RECORDS, Records.class);
        Map<String, byte[]> evidence = new HashMap<>();
        for (Records.Evidence e : records.evidence()) {
            byte[] bytes = sealed.evidence(e.uid());
            if (bytes == null || !EvidenceFile.sha256(bytes).equals(e.sha256())) {
                throw new ExchangeException(Text.of("exchange.error.evidenceDamaged", sealed.fileName(),
                        EvidenceFile.safeName(e.name())));
            }
            evidence.put(e.uid(), bytes);
        }
        // a stored evidence name becomes a file name when it is opened: never a path or a device
        records.evidence().replaceAll(e -> new Records.Evidence(e.uid(), e.entry(), e.event(),
                EvidenceFile.safeName(e.name()), e.size(), e.sha256()));
        // the whole file is checked before the transaction: a refresh's seal with the key this ledger holds
        String mySecret = ExchangeStore.read(ledger, ExchangeStore::identitySecret);
        boolean sealedWithMine = mySecret != null && sealed.sealedWith(HexFormat.of().parseHex(mySecret));
        String digest = sealed.digest();
        // a refresh rewrites the department ledger's outline; a first open has nothing to keep
        try {
            return Backups.of(ledger, ledger.clock()).aroundChange(BackupReason.PACKAGE, () -> ExchangeStore.change(ledger, store -> {
                LedgerIdentity me = store.identity();
                boolean refresh = me.isDepartment();
                if (refresh) {
                    String secret = store.identitySecret();
                    checkRefresh(me, m, sealed, secret != null && (secret.equals(mySecret) ? sealedWithMine
                            : sealed.sealedWith(HexFormat.of().parseHex(secret))));
                } else if (store.holdsWork()) {
                    throw new ExchangeException(Text.of("exchange.error.packageIntoMaster", sealed.fileName()));
                }
                if (refresh && m.serial() == me.packageSerial()) {
                    return new Opened(m.departmentName(), m.serial(), true, outline.getOrDefault("task", List.of()).size(), 0);
                }
                long acked = m.ackedSeq() == null ? 0 : m.ackedSeq();
                store.liftClosures();
                // what the manager left out is not acknowledged: it counts as unreported from here on
                List<LeftOutRecord> leftOut = store.takeBack(m.leftOutOrNone().stream().map(l -> l == null ? null
                                : new LedgerSnapshot.LeftOutRecord(l.uid(), l.reason(), l.reportSeq())).toList()).stream()
                        .map(t -> new LeftOutRecord(t.uid(), t.kindKey(), t.code(), t.reason())).toList();
                store.writeOutline(outline, acked);
                long batch = store.recordBatch("PACKAGE_IN", m.departmentId(), m.serial(), digest, sealed.fileName(),
                        Instant.now(clock).toString());
                int added = store.write(records, evidence, batch);
                if (!leftOut.isEmpty()) {
                    store.batchSummary(batch, new String(SealedFile.json(Map.of("leftOut", leftOut)),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
                store.refreshAllStatus();
                store.closePlans(outline);
                store.becomeDepartment(m.departmentId(), m.ledgerId(), m.secret(), m.serial(), acked);
                return new Opened(m.departmentName(), m.serial(), refresh, outline.getOrDefault("task", List.of()).size(), added,
                        leftOut);
            }));
        } catch (StoreException e) {
            throw new ExchangeException(Text.of("exchange.error.packageRefused", sealed.fileName(), e.problem()), e);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new ExchangeException(Text.of("exchange.error.partBroken", sealed.fileName(), SealedFile.CONTENT), e);
        }
    }

    private static void checkRefresh(LedgerIdentity me, Manifest m, SealedFile sealed, boolean sealedWithMine) {
        if (!m.ledgerId().equals(me.issuerLedgerId()) || m.departmentId() != me.departmentId()) {
            throw new ExchangeException(Text.of("exchange.error.packageOtherLedger", sealed.fileName(), me.departmentName()));
        }
        if (!sealedWithMine) {
            throw new ExchangeException(Text.of("exchange.error.packageForged", sealed.fileName()));
        }
        if (m.serial() < me.packageSerial()) {
            throw new ExchangeException(Text.of("exchange.error.packageOlder", sealed.fileName(), m.serial(), me.packageSerial()));
        }
    }

    private static Manifest check(SealedFile sealed) {
        Manifest m = Manifests.check(sealed, Manifest.PACKAGE);
        requireFields(m, sealed.fileName());
        try {
            if (!sealed.sealedWith(HexFormat.of().parseHex(m.secret()))) {
                throw new ExchangeException(Text.of("exchange.error.packageDamaged", sealed.fileName()));
            }
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(Text.of("exchange.error.partBroken", sealed.fileName(), SealedFile.MANIFEST), e);
        }
        return m;
    }

    private static void requireFields(Manifest m, String fileName) {
        if (m.secret() == null || m.departmentName() == null || m.ledgerId() == null) {
            throw new ExchangeException(Text.of("exchange.error.partBroken", fileName, SealedFile.MANIFEST));
        }
    }

    private static void deleteLedger(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // an empty ledger file left behind does no harm
            }
        }
    }
}
