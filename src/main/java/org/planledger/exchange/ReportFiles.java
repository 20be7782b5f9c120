package org.planledger.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.Receipt;
import org.planledger.store.exchange.Records;
import org.planledger.store.exchange.ReportedOutcome;

/**
 * The files of one report import, read and checked before the ledger is written or locked: each
 * progress report read whole, its seal checked with its department's key and its records parsed;
 * each fill-in workbook read and its rows checked. The ledger is only read, briefly, for the keys.
 * Closing deletes the reports' evidence waiting on disk.
 */
final class ReportFiles implements AutoCloseable {

    /** A sealed report as read: what the merge judges it on. */
    record Report(SealedFile sealed, Manifest manifest, String digest, String checkedWith, boolean sealedWithKey,
                  Records records, List<Receipt> receipts, List<ReportedOutcome> outcomes, ExchangeException unreadable) {

        /** Whether the department's key {@code secret} sealed it (checked again only for a key made since it was read). */
        boolean sealedWith(String secret) {
            return secret.equals(checkedWith) ? sealedWithKey : sealed.sealedWith(HexFormat.of().parseHex(secret));
        }

        /** The records, or why they cannot be read. */
        Records recordsOrFail() {
            if (unreadable != null) {
                throw unreadable;
            }
            return records;
        }
    }

    /** One file, in merge order: a report, a workbook, or a file refused as it was read (its problem). */
    record Arrival(Path path, Report report, FillInWorkbookReader.Read workbook, ExchangeException refused) {
    }

    private final List<Arrival> arrivals;
    private final List<SealedFile> opened;

    private ReportFiles(List<Arrival> arrivals, List<SealedFile> opened) {
        this.arrivals = arrivals;
        this.opened = opened;
    }

    List<Arrival> arrivals() {
        return arrivals;
    }

    /**
     * Reads every file: reports first, a department's in the order they were written whatever
     * order they came in, then workbooks.
     */
    static ReportFiles read(Ledger ledger, List<Path> files, Clock clock, FillInWorkbookReader.Source source) {
        List<Path> reports = new ArrayList<>();
        List<Path> workbooks = new ArrayList<>();
        for (Path p : files) {
            (FillInWorkbookReader.isWorkbook(p) ? workbooks : reports).add(p);
        }
        List<Arrival> arrivals = new ArrayList<>();
        List<SealedFile> opened = new ArrayList<>();
        ReportFiles read = new ReportFiles(arrivals, opened);
        try {
            for (Path p : inOrder(reports)) {
                arrivals.add(report(ledger, p, opened));
            }
            FillInWorkbookReader workbookReader = new FillInWorkbookReader(lookup(ledger), clock, source);
            for (Path p : workbooks) {
                try {
                    arrivals.add(new Arrival(p, null, workbookReader.read(p), null));
                } catch (ExchangeException e) {
                    arrivals.add(new Arrival(p, null, null, e));
                }
            }
            return read;
        } catch (RuntimeException | Error e) {
            read.close();
            throw e;
        }
    }

    /** Ordered by their manifests alone, untrusted (a file whose manifest cannot be read comes first). */
    private static List<Path> inOrder(List<Path> reports) {
        record Ordered(Path path, Manifest manifest) {
        }
        List<Ordered> ordered = new ArrayList<>();
        for (Path p : reports) {
            Manifest order;
            try {
                order = SealedFile.manifestOnly(p);
            } catch (ExchangeException e) {
                order = null;
            }
            ordered.add(new Ordered(p, order));
        }
        ordered.sort(Comparator.comparing((Ordered o) -> o.manifest() == null ? Long.MIN_VALUE : o.manifest().departmentId())
                .thenComparing(o -> o.manifest() == null ? 0 : o.manifest().serial()));
        return ordered.stream().map(Ordered::path).toList();
    }

    private static Arrival report(Ledger ledger, Path p, List<SealedFile> opened) {
        try {
            SealedFile sealed = SealedFile.read(p);
            opened.add(sealed);
            Manifest m = Manifests.check(sealed, Manifest.REPORT);
            String secret = ExchangeStore.read(ledger, s -> s.track(m.departmentId()).secret());
            boolean sealedWithKey = secret != null && sealed.sealedWith(HexFormat.of().parseHex(secret));
            String digest = sealed.digest();
            Records records = null;
            List<Receipt> receipts = List.of();
            List<ReportedOutcome> outcomes = List.of();
            ExchangeException unreadable = null;
            try {
                records = sealed.parse(SealedFile.RECORDS, Records.class);
                if (sealed.has(SealedFile.RECEIPTS)) {
                    receipts = List.of(sealed.parse(SealedFile.RECEIPTS, Receipt[].class));
                }
                if (sealed.has(SealedFile.EVALUATION)) {
                    outcomes = List.of(sealed.parse(SealedFile.EVALUATION, ReportedOutcome[].class));
                }
            } catch (ExchangeException e) {
                unreadable = e;
            }
            return new Arrival(p, new Report(sealed, m, digest, secret, sealedWithKey, records, receipts, outcomes, unreadable), null, null);
        } catch (ExchangeException e) {
            return new Arrival(p, null, null, e);
        }
    }

    private static FillInWorkbookReader.Lookup lookup(Ledger ledger) {
        return new FillInWorkbookReader.Lookup() {
            @Override
            public LedgerIdentity identity() {
                return ExchangeStore.read(ledger, ExchangeStore::identity);
            }

            @Override
            public FillInWorkbookReader.Keys keys(long departmentId, String workbookId) {
                return ExchangeStore.read(ledger, s -> new FillInWorkbookReader.Keys(s.track(departmentId),
                        s.workbookIssue(departmentId, workbookId)));
            }
        };
    }

    /**
     * A report's evidence by uid, read from the report's temporary folder when the merge asks for
     * it: the reports of a folder are not held in memory together.
     */
    static Map<String, byte[]> evidence(SealedFile sealed, Records records) {
        Set<String> present = records.evidence().stream().map(Records.Evidence::uid).filter(sealed::hasEvidence)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object uid) {
                return present.contains(uid);
            }

            @Override
            public byte[] get(Object uid) {
                return present.contains(uid) ? sealed.evidence((String) uid) : null;
            }

            @Override
            public Set<Map.Entry<String, byte[]>> entrySet() {
                return present.stream().map(uid -> Map.entry(uid, sealed.evidence(uid)))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
        };
    }

    @Override
    public void close() {
        opened.forEach(SealedFile::close);
    }
}
