package org.planledger.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.planledger.store.exchange.ReportedOutcome;
import org.planledger.store.exchange.Records;

/**
 * The manager imports progress reports, one file or a folder of them. A report is trusted only
 * when it is sealed with the key of the department it names, made for this ledger, and newer
 * than the last report merged from that department; then each record is sorted by the merge
 * rules. Every file is read and checked first, outside any transaction ({@link ReportFiles});
 * then the merge of all files is one transaction. The preview reads the ledger and judges the
 * same files by the same rules, writing nothing, so it shows what the merge will do.
 */
public final class ReportImporter {

    private final Ledger ledger;
    private final Clock clock;
    private final FillInWorkbookReader.Source source;

    public ReportImporter(Ledger ledger, Clock clock) {
        this(ledger, clock, FillInWorkbookReader.Source.FILES);
    }

    ReportImporter(Ledger ledger, Clock clock, FillInWorkbookReader.Source source) {
        this.ledger = ledger;
        this.clock = clock;
        this.source = source;
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

    /** What merging the files would do, judged on the ledger as it is; nothing is written. */
    public ReportImport preview(List<Path> files) {
        // a damaged ledger takes no merge: its preview is refused as the merge would be, before any file is read
        ledger.requireUndamaged();
        try (ReportFiles read = ReportFiles.read(ledger, files, clock, source)) {
            return ExchangeStore.read(ledger, store -> {
                PreviewSnapshot snapshot = new PreviewSnapshot(store);
                LedgerIdentity me = snapshot.identity();
                List<ReportImport.FileOutcome> outcomes = new ArrayList<>();
                for (ReportFiles.Arrival a : read.arrivals()) {
                    outcomes.add(refusedAlone(a.path(), () -> preview(snapshot, me, a)));
                }
                return new ReportImport(true, outcomes);
            });
        }
    }

    public ReportImport merge(List<Path> files) {
        return merge(files, Map.of());
    }

    /**
     * Merges the files but the records named (by uid, each with the reason the department will
     * read): they are not written, stay unacknowledged and travel back in the next package. A
     * record left out without a reason is refused before anything is read or written.
     */
    public ReportImport merge(List<Path> files, Map<String, String> leaveOut) {
        LeftOut.requireReasons(leaveOut);
        Map<String, String> leave = Map.copyOf(leaveOut);
        ledger.requireUndamaged();
        try (ReportFiles read = ReportFiles.read(ledger, files, clock, source)) {
            return Backups.of(ledger, ledger.clock()).aroundChange(BackupReason.MERGE, () -> ExchangeStore.change(ledger, store -> {
                LedgerIdentity me = store.identity();
                List<ReportImport.FileOutcome> outcomes = new ArrayList<>();
                for (ReportFiles.Arrival a : read.arrivals()) {
                    outcomes.add(refusedAlone(a.path(), () -> store.alone(() -> merge(store, me, a, leave))));
                }
                return new ReportImport(false, outcomes);
            }));
        }
    }

    /**
     * One file's outcome, or its refusal: a file found broken halfway (a sealed report whose
     * records cannot be read or written) is refused alone, with nothing of it kept (the merge
     * runs it {@link ExchangeStore#alone}), and the other files still merge.
     */
    private static ReportImport.FileOutcome refusedAlone(Path file, Supplier<ReportImport.FileOutcome> one) {
        try {
            return one.get();
        } catch (ExchangeException e) {
            return refused(file, "", 0, e.problem());
        } catch (ExchangeStore.NotWritable e) {
            // a record the merge rules let through and the ledger's own checks still refuse
            return refused(file, "", 0, Text.of("exchange.error.hostile.notWritable",
                    file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** A file's records as the merge rules sort them, before anything is written. */
    private record Judged(Path file, String department, Incoming in, MergeCheck.Sorted sorted,
                          List<ReportImport.Refusal> refusals, LeftOut.Split split, List<ReportImport.Item> items,
                          List<ReportImport.Attention> attention, long lastEvent, Records starts,
                          ReportImport.FileOutcome nothingNew) {

        boolean workbook() {
            return "WORKBOOK_IN".equals(in.kind());
        }
    }

    /** A file refused before its records are judged, or the department and records to judge. */
    private record Trusted(ReportImport.FileOutcome outcome, String department, Incoming incoming) {
    }

    private ReportImport.FileOutcome preview(PreviewSnapshot snapshot, LedgerIdentity me, ReportFiles.Arrival a) {
        Trusted t = trust(snapshot, me, a);
        if (t.outcome() != null) {
            return t.outcome();
        }
        Judged j = judge(snapshot, a.path(), t.department(), t.incoming(), Map.of());
        if (j.nothingNew() != null) {
            return j.nothingNew().withOutcomes(outcomes(snapshot, a, t.incoming(), false));
        }
        snapshot.written(j.starts());
        snapshot.written(j.split().kept());
        if (a.report() != null) {
            snapshot.reportMerged(t.incoming().departmentId(), t.incoming().seq(), t.incoming().digest());
        } else {
            snapshot.mergedWorkbook(t.incoming().departmentId(), t.incoming().digest(), a.workbook().fileDigest());
        }
        int started = j.starts().size();
        List<ReportImport.Receipt> receipts = receipts(snapshot, a, t.incoming());
        receipts.stream().filter(r -> r.verdict() == ReportImport.ReceiptVerdict.RECORDED)
                .forEach(r -> snapshot.signed(r.number(), r.registered()));
        return new ReportImport.FileOutcome(j.file(), j.department(), j.in().seq(), ReportImport.Verdict.MERGED, null,
                j.split().kept().size(), j.sorted().known(), j.refusals(), j.attention(),
                j.workbook() ? rows(j.in(), j.split().kept(), j.sorted().refused(), started) : null, j.items(), List.of(),
                receipts, outcomes(snapshot, a, t.incoming(), false));
    }

    /**
     * The outcomes (终期评估) a report carries, judged on the ledger as it is, and written as the
     * department's submissions when the store is given (the merge, in its transaction); a
     * workbook carries none (its outcomes come through {@code evaluation import}).
     */
    private List<ReportImport.Outcome> outcomes(LedgerSnapshot c, ReportFiles.Arrival a, Incoming in, boolean write) {
        if (a.report() == null) {
            return List.of();
        }
        List<ReportImport.Outcome> out = new ArrayList<>();
        // one word per item in a report: a second, different word for the same item is refused, never silently the one kept
        Map<List<Object>, ReportedOutcome> firstSaid = new java.util.HashMap<>();
        for (ReportedOutcome o : a.report().outcomes()) {
            ReportedOutcome first = firstSaid.putIfAbsent(java.util.Arrays.asList(o.evaluationId(), o.taskId(), o.milestoneId()), o);
            if (first != null) {
                if (!first.equals(o)) {
                    out.add(new ReportImport.Outcome(String.valueOf(o.label()), o.outcome(), o.doneOn(), null,
                            Text.of("exchange.outcome.twice", String.valueOf(o.label()))));
                }
                continue;
            }
            LedgerSnapshot.OutcomeJudgement judged = write ? ((ExchangeStore) c).submitOutcome(o, in.departmentId(), clock)
                    : c.judge(o, in.departmentId(), clock);
            out.add(new ReportImport.Outcome(String.valueOf(o.label()), o.outcome(), o.doneOn(), judged.verdict(), judged.refusal()));
        }
        return out;
    }

    /** The 签收 a report carries, judged on the ledger as it is (a workbook carries none). */
    private List<ReportImport.Receipt> receipts(LedgerSnapshot c, ReportFiles.Arrival a, Incoming in) {
        return a.report() == null ? List.of() : Receipts.judge(c, in.departmentId(), a.report().receipts(), LocalDate.now(clock));
    }

    private ReportImport.FileOutcome merge(ExchangeStore store, LedgerIdentity me, ReportFiles.Arrival a,
                                           Map<String, String> leave) {
        Trusted t = trust(store, me, a);
        if (t.outcome() != null) {
            return t.outcome();
        }
        Judged j = judge(store, a.path(), t.department(), t.incoming(), leave);
        ReportImport.FileOutcome outcome = j.nothingNew() != null ? j.nothingNew() : write(store, j);
        List<ReportImport.Receipt> receipts = receipts(store, a, t.incoming());
        for (ReportImport.Receipt r : receipts) {
            if (r.verdict() == ReportImport.ReceiptVerdict.RECORDED) {
                store.recordReceipt(r.number(), r.registered());
            }
        }
        outcome = outcome.withReceipts(receipts).withOutcomes(outcomes(store, a, t.incoming(), true));
        if (a.report() != null) {
            store.merged(t.incoming().departmentId(), t.incoming().seq(), t.incoming().digest());
        }
        return outcome;
    }

    /**
     * Whether the file is one this ledger takes, judged on the ledger as it is now (a report
     * merged just before from the same department counts): refused in words, nothing new, or
     * its records for the merge rules.
     */
    private Trusted trust(LedgerSnapshot c, LedgerIdentity me, ReportFiles.Arrival a) {
        if (a.refused() != null) {
            throw a.refused();
        }
        if (a.workbook() != null) {
            FillInWorkbookReader.Read read = a.workbook();
            return read.alreadyMerged(c) ? new Trusted(read.nothingNew(a.path()), null, null)
                    : new Trusted(null, read.departmentName(), read.incoming());
        }
        ReportFiles.Report r = a.report();
        Manifest m = r.manifest();
        Path path = a.path();
        String name = r.sealed().fileName();
        String department = m.departmentName() == null ? "" : m.departmentName();
        if (me.isDepartment()) {
            return refusedTrust(path, department, m.serial(), Text.of("exchange.error.importIntoDepartment", name));
        }
        if (!me.ledgerId().equals(m.ledgerId())) {
            return refusedTrust(path, department, m.serial(), Text.of("exchange.error.reportOtherLedger", name));
        }
        LedgerSnapshot.Track track = c.track(m.departmentId());
        if (track.secret() == null || track.name() == null) {
            return refusedTrust(path, department, m.serial(), Text.of("exchange.error.noPackageIssued", name, department));
        }
        department = track.name();
        if (!r.sealedWith(track.secret())) {
            return refusedTrust(path, department, m.serial(), Text.of("exchange.error.reportForged", name, department));
        }
        long mergedSeq = track.mergedSeq();
        if (m.serial() < mergedSeq) {
            return refusedTrust(path, department, m.serial(),
                    Text.of("exchange.error.reportReplayed", name, m.serial(), mergedSeq));
        }
        if (m.serial() == mergedSeq) {
            if (r.digest().equals(track.mergedDigest())) {
                return new Trusted(new ReportImport.FileOutcome(path, department, m.serial(),
                        ReportImport.Verdict.NOTHING_NEW, null, 0, r.recordsOrFail().size(), List.of(), List.of()), null, null);
            }
            return refusedTrust(path, department, m.serial(),
                    Text.of("exchange.error.reportReplayed", name, m.serial(), mergedSeq));
        }
        Records records = r.recordsOrFail();
        return new Trusted(null, department, new Incoming("REPORT_IN", m.departmentId(), m.serial(), m.basedOn(),
                r.digest(), records, ReportFiles.evidence(r.sealed(), records), List.of(), Map.of()));
    }

    private static Trusted refusedTrust(Path file, String department, long seq, Text problem) {
        return new Trusted(refused(file, department, seq, problem), null, null);
    }

    /** Sorts the records by the merge rules and sets apart those the manager leaves out. */
    private Judged judge(LedgerSnapshot c, Path file, String department, Incoming in, Map<String, String> leave) {
        LocalDate today = LocalDate.now(clock);
        c.expect(in.departmentId(), in.records());
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
            return new Judged(file, department, in, sorted, refusals, null, List.of(), List.of(), 0, Records.empty(),
                    new ReportImport.FileOutcome(file, department, in.seq(), ReportImport.Verdict.NOTHING_NEW, null, 0,
                            sorted.known(), List.of(), List.of(), rows(in, sorted.fresh(), List.of(), 0), List.of(),
                            List.of()));
        }
        LeftOut.Split split = LeftOut.split(sorted.fresh(), leave);
        List<ReportImport.Item> items = IncomingItems.of(c, sorted.fresh(), split.leftOut(), earlier(c, in.departmentId()));
        List<ReportImport.Attention> attention = attention(c, in, split.kept());
        // a department's report carries the 推进中 its ledger wrote; a workbook's progress starts the item here
        Records starts = workbook ? starts(c, in.departmentId(), split.kept(), today) : Records.empty();
        return new Judged(file, department, in, sorted, refusals, split, items, attention, c.lastEventId(), starts, null);
    }

    /** Writes the new records but those left out, flags what needs the manager, and records the batch they came in. */
    private ReportImport.FileOutcome write(ExchangeStore c, Judged j) {
        Incoming in = j.in();
        Map<Long, TaskStatus> before = IncomingItems.statuses(c, j.split().kept());
        long batch = c.recordBatch(in.kind(), in.departmentId(), in.seq(), in.digest(), j.file().getFileName().toString(),
                Instant.now(clock).toString());
        for (ReportImport.Attention a : j.attention()) {
            c.flag(batch, a.taskId(), a.milestoneId(), Attentions.encode(a.reason()), j.lastEvent());
        }
        int started = c.write(j.starts(), Map.of(), batch);
        int written = c.write(j.split().kept(), in.evidence(), batch);
        List<ReportImport.ChangedTask> changed = IncomingItems.changed(c, j.split().kept(), before);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fresh", written);
        summary.put("known", j.sorted().known());
        summary.put("started", started);
        summary.put("refused", j.refusals().stream().map(r -> Map.of("kind", r.kindKey(), "subject", r.subject(),
                "reason", r.reason().key())).toList());
        summary.put("leftOut", LeftOut.summary(j.split().leftOut()));
        c.batchSummary(batch, new String(SealedFile.json(summary), StandardCharsets.UTF_8));
        return new ReportImport.FileOutcome(j.file(), j.department(), in.seq(), ReportImport.Verdict.MERGED, null, written,
                j.sorted().known(), j.refusals(), j.attention(),
                j.workbook() ? rows(in, j.split().kept(), j.sorted().refused(), started) : null, j.items(), changed);
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
    private static List<ReportImport.Attention> attention(LedgerSnapshot c, Incoming m, Records fresh) {
        long basedOn = m.basedOn() == null ? 0 : m.basedOn();
        // what the department had seen: the package it last opened, or the workbook it filled in
        String issued = "WORKBOOK_IN".equals(m.kind()) ? "WORKBOOK_OUT" : "PACKAGE_OUT";
        LedgerSnapshot.Marks marks = c.marks(issued, m.departmentId(), basedOn);
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
