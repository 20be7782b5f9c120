package org.planledger.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.Receipt;
import org.planledger.store.exchange.Records;
import org.planledger.store.exchange.ReportedOutcome;

/**
 * A liaison officer exports a progress report: everything the department wrote that the manager
 * has not yet acknowledged (entries, evidence, close-out and extension requests, indicator
 * values), every 签收 of the documents sent to the department and its outcomes for the evaluation
 * under way that the manager has not confirmed (终期评估), signed with the department's
 * key. Each export takes the next number; exporting twice is harmless, since the later report
 * holds all the earlier one did.
 */
public final class ReportExporter {

    /**
     * One report written. {@code started}: the items that became 推进中 when progress was first
     * written on them (not a request); {@code requests}: close-out and extension requests.
     */
    public record Exported(Path file, long seq, int entries, int started, int requests, int evidence,
                           int indicatorValues, int receipts, int outcomes) {

        public int total() {
            return entries + started + requests + evidence + indicatorValues;
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    public ReportExporter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Writes the report to the file (a folder gets the default name); the file is in place when this returns. */
    public Exported export(Path target) {
        List<Path> temp = new ArrayList<>(1);
        try {
            Exported done = ExchangeStore.change(ledger, store -> {
                LedgerIdentity me = store.identity();
                if (!me.isDepartment()) {
                    throw new ExchangeException(Text.of("exchange.error.reportFromMaster"));
                }
                long seq = me.reportSeq() + 1;
                Path file = isFolder(target)
                        ? target.resolve(FileNames.reportName(me.departmentName(), java.time.LocalDate.now(clock), seq))
                        : target;
                long dept = me.departmentId();
                Records records = store.unreported(dept, me.ackedSeq());
                List<Receipt> receipts = store.receipts(dept);
                List<ReportedOutcome> outcomes = store.reportedOutcomes();
                String secret = store.identitySecret();
                Manifest manifest = new Manifest(Manifest.FORMAT, receipts.isEmpty() && outcomes.isEmpty()
                        ? Manifest.BASE_VERSION : Manifest.VERSION,
                        Manifest.REPORT, me.issuerLedgerId(), dept, me.departmentName(), seq, me.ackedSeq(), me.packageSerial(),
                        Instant.now(clock).toString(), null);
                Map<String, byte[]> parts = new LinkedHashMap<>();
                parts.put(SealedFile.MANIFEST, SealedFile.json(manifest));
                parts.put(SealedFile.RECORDS, SealedFile.json(records));
                store.evidenceBytes(records).forEach((uid, bytes) -> parts.put(SealedFile.EVIDENCE + uid, bytes));
                if (!receipts.isEmpty()) {
                    parts.put(SealedFile.RECEIPTS, SealedFile.json(receipts));
                }
                if (!outcomes.isEmpty()) {
                    parts.put(SealedFile.EVALUATION, SealedFile.json(outcomes));
                }
                temp.add(SealedFile.writeTemp(file, parts, HexFormat.of().parseHex(secret)));
                store.markSent(records, seq);
                store.recordBatch("REPORT_OUT", dept, seq, "", file.getFileName().toString(), Instant.now(clock).toString());
                int closeOuts = (int) records.events().stream()
                        .filter(e -> TaskStatus.CLOSE_OUT_REQUESTED.name().equals(e.status())).count();
                return new Exported(file, seq, records.entries().size(), records.events().size() - closeOuts,
                        closeOuts + records.extensionRequests().size(), records.evidence().size(),
                        records.indicatorValues().size(), receipts.size(), outcomes.size());
            });
            SealedFile.place(temp.get(0), done.file());
            return done;
        } finally {
            temp.forEach(SealedFile::discard);
        }
    }

    /** A folder, or a name without an extension that does not exist yet ("报告/"): the report goes inside. */
    private static boolean isFolder(Path target) {
        return java.nio.file.Files.isDirectory(target)
                || !java.nio.file.Files.exists(target) && !target.getFileName().toString().contains(".");
    }
}
