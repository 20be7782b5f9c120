package org.planledger.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Records;

/**
 * The manager imports progress reports, one file or a folder of them. A report is trusted only
 * when it is sealed with the key of the department it names, made for this ledger, and newer
 * than the last report merged from that department; then each record is sorted by the merge
 * rules. The dry run does exactly the same work and rolls it back, so the preview is what the
 * merge will do. The merge of all files is one transaction.
 */
public final class ReportImporter {

    private final Ledger ledger;
    private final Clock clock;
    /** The records the manager leaves out of this merge, by uid, with the reason. */
    private Map<String, String> leave = Map.of();

    public ReportImporter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The report files a path names: the file itself, or a folder's report files by name. */
    public static List<Path> expand(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(FileNames.REPORT_EXTENSION)
                            || FillInWorkbookReader.isWorkbook(p) && !p.getFileName().toString().startsWith("~$"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.error.unreadable", fileOrFolder.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    public ReportImport preview(List<Path> files) {
        try {
            ExchangeStore.change(ledger, store -> {
                throw new DryRun(run(store, files, true));
            });
            throw new IllegalStateException("unreachable");
        } catch (DryRun d) {
            return d.result;
        }
    }

    public ReportImport merge(List<Path> files) {
        return merge(files, Map.of());
    }

    /**
     * Merges the files but the records named (by uid, each with the reason the department will
     * read): they are not written, stay unacknowledged and travel back in the next package. A
     * record left out without a reason is refused before anything is written.
     */
    public ReportImport merge(List<Path> files, Map<String, String> leaveOut) {
        LeftOut.requireReasons(leaveOut);
        leave = Map.copyOf(leaveOut);
        return Backups.of(ledger).aroundChange(BackupReason.MERGE, () -> ExchangeStore.change(ledger, store -> run(store, files, false)));
    }

    /** Carries the preview out of the transaction it rolls back. */
    private static final class DryRun extends RuntimeException {
        private final transient ReportImport result;

        DryRun(ReportImport result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /**
     * A report known by its manifest alone, untrusted and only for the order (null when it cannot
     * be read); the whole file is read and checked when it merges.
     */
    private record Loaded(Path path, Manifest manifest) {
    }

    /** A report read whole and its manifest, the one its seal covers. */
    private record Read(Path path, SealedFile sealed, Manifest manifest) {
    }

    private ReportImport run(ExchangeStore c, List<Path> files, boolean dryRun) {
        List<Loaded> loaded = new ArrayList<>();
        List<Path> workbooks = new ArrayList<>();
        for (Path p : files) {
            if (FillInWorkbookReader.isWorkbook(p)) {
                workbooks.add(p);
                continue;
            }
            // one report in memory at a time: a folder of big ones must not fill the heap together
            Manifest order;
            try {
                order = SealedFile.manifestOnly(p);
            } catch (ExchangeException e) {
                order = null;
            }
            loaded.add(new Loaded(p, order));
        }
        // a department's reports in the order they were written, whatever order they came in
        loaded.sort(Comparator.comparing((Loaded l) -> l.manifest == null ? Long.MIN_VALUE : l.manifest.departmentId())
                .thenComparing(l -> l.manifest == null ? 0 : l.manifest.serial()));
        List<ReportImport.FileOutcome> outcomes = new ArrayList<>();
        LedgerIdentity me = c.identity();
        for (Loaded l : loaded) {
            outcomes.add(alone(c, l.path, () -> {
                try (SealedFile sealed = SealedFile.read(l.path)) {
                    return mergeOne(c, me, new Read(l.path, sealed, Manifests.check(sealed, Manifest.REPORT)));
                }
            }));
        }
        for (Path p : workbooks) {
            outcomes.add(alone(c, p, () -> {
                FillInWorkbookReader.Read read = new FillInWorkbookReader(c, clock).read(p);
                return read.alreadyMerged() ? read.nothingNew(p) : mergeRecords(c, p, read.departmentName(), read.incoming());
            }));
        }
        return new ReportImport(dryRun, outcomes);
    }

    /**
     * One file's merge on its own: a file found broken halfway (a sealed report whose records
     * cannot be read or written) is refused alone, with nothing of it kept, and the other files
     * still merge.
     */
    private static ReportImport.FileOutcome alone(ExchangeStore store, Path file, Supplier<ReportImport.FileOutcome> one) {
        try {
            return store.alone(one);
        } catch (ExchangeException e) {
            return refused(file, "", 0, e.problem());
        } catch (ExchangeStore.NotWritable e) {
            // a record the merge rules let through and the ledger's own checks still refuse
            return refused(file, "", 0, Text.of("exchange.error.hostile.notWritable",
                    file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    private ReportImport.FileOutcome mergeOne(ExchangeStore c, LedgerIdentity me, Read l) {
        Manifest m = l.manifest;
        String name = l.sealed.fileName();
        String department = m.departmentName() == null ? "" : m.departmentName();
        if (me.isDepartment()) {
            return refused(l.path, department, m.serial(), Text.of("exchange.error.importIntoDepartment", name));
        }
        if (!me.ledgerId().equals(m.ledgerId())) {
            return refused(l.path, department, m.serial(), Text.of("exchange.error.reportOtherLedger", name));
        }
        LedgerSnapshot.Track track = c.track(m.departmentId());
        String secret = track.secret();
        String masterName = track.name();
        if (secret == null || masterName == null) {
            return refused(l.path, department, m.serial(), Text.of("exchange.error.noPackageIssued", name, department));
        }
        department = masterName;
        if (!l.sealed.sealedWith(HexFormat.of().parseHex(secret))) {
            return refused(l.path, department, m.serial(), Text.of("exchange.error.reportForged", name, department));
        }
        long mergedSeq = track.mergedSeq();
        String digest = l.sealed.digest();
        if (m.serial() < mergedSeq) {
            return refused(l.path, department, m.serial(), Text.of("exchange.error.reportReplayed", name, m.serial(), mergedSeq));
        }
        if (m.serial() == mergedSeq) {
            String mergedDigest = track.mergedDigest();
            if (digest.equals(mergedDigest)) {
                return new ReportImport.FileOutcome(l.path, department, m.serial(), ReportImport.Verdict.NOTHING_NEW, null, 0,
                        l.sealed.parse(SealedFile.RECORDS, Records.class).size(), List.of(), List.of());
            }
            return refused(l.path, department, m.serial(), Text.of("exchange.error.reportReplayed", name, m.serial(), mergedSeq));
        }
        Records records = l.sealed.parse(SealedFile.RECORDS, Records.class);
        Map<String, byte[]> evidence = new HashMap<>();
        for (Records.Evidence e : records.evidence()) {
            byte[] bytes = l.sealed.evidence(e.uid());
            if (bytes != null) {
                evidence.put(e.uid(), bytes);
            }
        }
        ReportImport.FileOutcome outcome = mergeRecords(c, l.path, department, new Incoming("REPORT_IN", m.departmentId(),
                m.serial(), m.basedOn(), digest, records, evidence, List.of(), Map.of()));
        c.merged(m.departmentId(), m.serial(), digest);
        return outcome;
    }

    /**
     * Sorts the records by the merge rules, writes the new ones but those the manager leaves out,
     * and records the batch they came in.
     */
    ReportImport.FileOutcome mergeRecords(ExchangeStore c, Path file, String department, Incoming in) {
        LocalDate today = LocalDate.now(clock);
        MergeCheck.Sorted sorted = new MergeCheck(c, in.departmentId(), today, in.evidence()).sort(in.records());
        List<ReportImport.Refusal> refusals = new ArrayList<>(in.refused());
        for (MergeCheck.Refusal r : sorted.refused()) {
            Integer row = r.uid() == null ? null : in.rowOf().get(r.uid());
            refusals.add(row == null ? new ReportImport.Refusal(r.kindKey(), r.subject(), r.reason())
                    : new ReportImport.Refusal("exchange.workbook.kind.row", r.subject(),
                    Text.of("exchange.workbook.refused.atRow", row, Text.of(column(r.kindKey())), r.reason())));
        }
        boolean workbook = "WORKBOOK_IN".equals(in.kind());
        if (workbook && sorted.fresh().size() == 0 && refusals.isEmpty()) {
            // a workbook merged before under another digest (saved again, or merged by an older version)
            return new ReportImport.FileOutcome(file, department, in.seq(), ReportImport.Verdict.NOTHING_NEW, null, 0,
                    sorted.known(), List.of(), List.of(), rows(in, sorted.fresh(), List.of(), 0), List.of(), List.of());
        }
        LeftOut.Split split = LeftOut.split(sorted.fresh(), leave);
        List<ReportImport.Item> items = IncomingItems.of(c, sorted.fresh(), split.leftOut(), earlier(c, in.departmentId()));
        Map<Long, TaskStatus> before = IncomingItems.statuses(c, split.kept());
        long batch = c.recordBatch(in.kind(), in.departmentId(), in.seq(), in.digest(), file.getFileName().toString(),
                Instant.now(clock).toString());
        List<ReportImport.Attention> attention = attention(c, in, split.kept(), batch);
        // a department's report carries the 推进中 its ledger wrote; a workbook's progress starts the item here
        int started = workbook ? c.write(starts(c, in.departmentId(), split.kept(), today), Map.of(), batch) : 0;
        int written = c.write(split.kept(), in.evidence(), batch);
        List<ReportImport.ChangedTask> changed = IncomingItems.changed(c, split.kept(), before);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fresh", written);
        summary.put("known", sorted.known());
        summary.put("started", started);
        summary.put("refused", refusals.stream().map(r -> Map.of("kind", r.kindKey(), "subject", r.subject(),
                "reason", r.reason().key())).toList());
        summary.put("leftOut", LeftOut.summary(split.leftOut()));
        c.batchSummary(batch, new String(SealedFile.json(summary), StandardCharsets.UTF_8));
        return new ReportImport.FileOutcome(file, department, in.seq(), ReportImport.Verdict.MERGED, null, written,
                sorted.known(), refusals, attention, workbook ? rows(in, split.kept(), sorted.refused(), started) : null, items,
                changed);
    }

    /** The workbook column a record of this kind was written in: 进展情况, or 申请销号 for the request and its evidence. */
    private static String column(String kindKey) {
        return switch (kindKey) {
            case "exchange.kind.entry" -> "exchange.workbook.column.progress";
            case "exchange.kind.event", "exchange.kind.evidence" -> "exchange.workbook.column.closeOut";
            default -> kindKey;
        };
    }

    /** The 推进中 events the fresh entries start, by the ledger's own rule ({@link ItemStart}), in entry order. */
    private static Records starts(LedgerSnapshot c, long departmentId, Records fresh, LocalDate today) {
        Records starts = Records.empty();
        Set<ItemKey> seen = new HashSet<>();
        for (Records.Entry e : fresh.entries()) {
            LocalDate written = LocalDate.parse(e.writtenOn());
            for (ItemKey k : c.startedBy(new ItemKey(e.taskId(), e.milestoneId()), written, today)) {
                if (seen.add(k)) {
                    starts.events().add(new Records.Event(UUID.nameUUIDFromBytes((e.uid() + "\u0000start\u0000"
                            + k.taskId() + "/" + k.milestoneId()).getBytes(StandardCharsets.UTF_8))
                            .toString(), k.taskId(), k.milestoneId(), TaskStatus.IN_PROGRESS.name(), e.writtenOn(), "",
                            departmentId, false, e.recordedAt()));
                }
            }
        }
        return starts;
    }

    /** A workbook's rows: merged (something new), already known, refused (before or by the merge rules). */
    private static ReportImport.WorkbookRows rows(Incoming in, Records fresh, List<MergeCheck.Refusal> mergeRefused,
                                                  int started) {
        Set<Integer> merged = new HashSet<>();
        fresh.entries().forEach(e -> merged.add(in.rowOf().get(e.uid())));
        fresh.events().forEach(e -> merged.add(in.rowOf().get(e.uid())));
        merged.remove(null);
        Set<Integer> refused = new HashSet<>();
        mergeRefused.forEach(r -> refused.add(in.rowOf().get(r.uid())));
        refused.remove(null);
        Set<Integer> known = new HashSet<>(in.rowOf().values());
        known.removeAll(merged);
        known.removeAll(refused);
        return new ReportImport.WorkbookRows(merged.size(), known.size(), refused.size() + in.refused().size(), started);
    }

    /**
     * Items where the manager decided (a status, a close-out decision, an extension decision)
     * after the package the department worked from, and the department now writes a status or a
     * request: both stay on record, and the item is flagged until the manager decides again.
     */
    private List<ReportImport.Attention> attention(ExchangeStore c, Incoming m, Records fresh, long batch) {
        long basedOn = m.basedOn() == null ? 0 : m.basedOn();
        // what the department had seen: the package it last opened, or the workbook it filled in
        String issued = "WORKBOOK_IN".equals(m.kind()) ? "WORKBOOK_OUT" : "PACKAGE_OUT";
        LedgerSnapshot.Marks marks = c.marks(issued, m.departmentId(), basedOn);
        long lastEvent = c.lastEventId();
        List<ReportImport.Attention> out = new ArrayList<>();
        Map<List<Object>, Boolean> seen = new HashMap<>();
        List<Object[]> items = new ArrayList<>();
        fresh.events().forEach(e -> items.add(new Object[] {e.taskId(), e.milestoneId()}));
        fresh.extensionRequests().forEach(e -> items.add(new Object[] {e.taskId(), e.milestoneId()}));
        for (Object[] item : items) {
            long taskId = (Long) item[0];
            Long milestoneId = (Long) item[1];
            if (seen.putIfAbsent(java.util.Arrays.asList(taskId, milestoneId), true) != null) {
                continue;
            }
            LedgerSnapshot.ManagerStatus decided = c.managerStatusSince(taskId, milestoneId, marks.eventMark());
            Text reason = decided == null ? null : Text.of("exchange.attention.decidedMeanwhile",
                    Text.of(decided.status().messageKey()), decided.effectiveOn());
            if (reason == null) {
                LocalDate extension = c.extensionDecidedSince(taskId, milestoneId, marks.decisionMark());
                if (extension != null) {
                    reason = Text.of("exchange.attention.extensionDecidedMeanwhile", extension);
                }
            }
            if (reason != null) {
                c.flag(batch, taskId, milestoneId, Attentions.encode(reason), lastEvent);
                out.add(new ReportImport.Attention(taskId, milestoneId, c.taskCode(taskId), reason));
            }
        }
        return out;
    }

    /** Why each record was left out before, by uid, for the preview of a report that brings it again. */
    private static Map<String, String> earlier(LedgerSnapshot c, long departmentId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LedgerSnapshot.LeftOutRecord l : c.pendingLeftOut(departmentId)) {
            out.put(l.uid(), l.reason());
        }
        return out;
    }

    private static ReportImport.FileOutcome refused(Path file, String department, long seq, Text problem) {
        return new ReportImport.FileOutcome(file, department, seq, ReportImport.Verdict.REFUSED, problem, 0, 0, List.of(),
                List.of());
    }
}
