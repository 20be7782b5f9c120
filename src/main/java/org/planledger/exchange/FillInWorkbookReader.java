package org.planledger.exchange;

import static org.planledger.exchange.FillInWorkbookExporter.CLOSE_OUT;
import static org.planledger.exchange.FillInWorkbookExporter.CODE;
import static org.planledger.exchange.FillInWorkbookExporter.FIRST_ROW;
import static org.planledger.exchange.FillInWorkbookExporter.KEY;
import static org.planledger.exchange.FillInWorkbookExporter.NEXT_STEPS;
import static org.planledger.exchange.FillInWorkbookExporter.PERCENT;
import static org.planledger.exchange.FillInWorkbookExporter.PROBLEMS;
import static org.planledger.exchange.FillInWorkbookExporter.PROGRESS;
import static org.planledger.exchange.FillInWorkbookExporter.YEAR;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Records;

/**
 * Reads a filled-in workbook (填报表), outside any transaction, and turns it into records
 * from its department, for the merge rules to sort like any report. The workbook is trusted only
 * when this ledger issued it to that department; each row only when its check code still matches
 * its locked cells, and only with its 进展情况 written. A filled row becomes a progress entry for
 * the workbook's period, and 申请销号 = 是 a close-out request with the workbook itself as evidence.
 * The uids come from the workbook, the row and what was written in it, so the same rows imported
 * twice add nothing, whatever program saved the file in between.
 */
final class FillInWorkbookReader {

    static final String EXTENSION = ".xlsx";

    /**
     * What the workbook brings, read and checked; whether it was merged before is asked of the
     * ledger when it merges ({@link #alreadyMerged}).
     */
    record Read(String departmentName, Incoming incoming, String fileDigest) {

        /** This very file, or the same rows saved again by another program, was merged before. */
        boolean alreadyMerged(LedgerSnapshot ledger) {
            return ledger.workbookMerged(incoming.departmentId(), incoming.digest(), fileDigest);
        }

        ReportImport.FileOutcome nothingNew(Path file) {
            return new ReportImport.FileOutcome(file, departmentName, incoming.seq(), ReportImport.Verdict.NOTHING_NEW,
                    null, 0, incoming.records().size(), List.of(), List.of(), new ReportImport.WorkbookRows(0,
                    (int) incoming.rowOf().values().stream().distinct().count(), 0, 0), List.of(), List.of());
        }
    }

    private static final Set<String> YES = Set.of(Messages.chinese().get("exchange.workbook.yes"),
            Messages.forLanguage("en").get("exchange.workbook.yes").toLowerCase(Locale.ROOT));

    /** What the workbook's department holds in the ledger, for a workbook issued under {@code workbookId}. */
    record Keys(LedgerSnapshot.Track track, LedgerSnapshot.WorkbookIssue issue) {
    }

    /** What the reader asks the ledger, each in a short read of its own: the file is never read inside one. */
    interface Lookup {
        LedgerIdentity identity();

        Keys keys(long departmentId, String workbookId);
    }

    /** Where a workbook's bytes come from: the file (a test holds the reading halfway). */
    interface Source {
        Source FILES = Files::newInputStream;

        InputStream open(Path file) throws IOException;
    }

    private final Lookup c;
    private final Clock clock;
    private final Source source;

    FillInWorkbookReader(Lookup c, Clock clock, Source source) {
        this.c = c;
        this.clock = clock;
        this.source = source;
    }

    static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** Reads the workbook; a workbook that cannot be used at all ends in an ExchangeException saying why. */
    Read read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = WorkbookInput.bytes(source, file, name);
        try (XSSFWorkbook wb = WorkbookInput.open(bytes, name)) {
            Map<String, String> meta = meta(wb, name);
            LedgerIdentity me = c.identity();
            if (me.isDepartment()) {
                throw new ExchangeException(Text.of("exchange.workbook.error.intoDepartment", name));
            }
            if (!me.ledgerId().equals(meta.get("ledger"))) {
                throw new ExchangeException(Text.of("exchange.workbook.error.otherLedger", name));
            }
            long departmentId = number(meta.get("department"), name);
            Keys keys = c.keys(departmentId, meta.get("workbook"));
            String department = keys.track().name();
            String secret = keys.track().secret();
            LedgerSnapshot.WorkbookIssue issue = keys.issue();
            Long seq = issue == null ? null : issue.seq();
            ReportingPeriod period = issue == null ? null : ReportingPeriod.parse(issue.periodCode());
            if (department == null || secret == null || seq == null || period == null) {
                throw new ExchangeException(Text.of("exchange.workbook.error.notIssued", name,
                        department == null ? String.valueOf(departmentId) : department));
            }
            Long check = issue.check();
            boolean everyLockedCell = check != null && check >= FillInWorkbookExporter.LOCKED_CHECK;
            Rows rows = new Rows(meta, departmentId, secret, period, name, bytes, everyLockedCell ? issued(wb) : null);
            rows.read(wb.getSheetAt(0));
            // what the department wrote, not the file's bytes: the same workbook saved again by
            // another program (other bytes, same rows) is recognised as merged
            String digest = rows.contentDigest();
            return new Read(department, new Incoming("WORKBOOK_IN", departmentId, seq, seq, digest, rows.records,
                    rows.evidence, rows.refused, rows.rowOf), EvidenceFile.sha256(bytes));
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.workbook.error.unreadable", name), e);
        } catch (ExchangeException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI reads cells lazily: a damaged cell (a number that is not one, a string index out of
            // range) fails only when it is read
            throw new ExchangeException(Text.of("exchange.workbook.error.unreadable", name), e);
        }
    }

    /** The hidden sheet's name → value pairs; a workbook without it is not ours. */
    private static Map<String, String> meta(XSSFWorkbook wb, String name) {
        Map<String, String> meta = WorkbookInput.meta(wb, FillInWorkbookExporter.META_SHEET);
        if (!FillInWorkbookExporter.FORMAT.equals(meta.get("format")) || meta.get("ledger") == null
                || meta.get("workbook") == null) {
            throw new ExchangeException(Text.of("exchange.workbook.error.notFillIn", name));
        }
        return meta;
    }

    /** The locked values of each row as issued, by task id / milestone id; none when the sheet is gone. */
    private static Map<String, List<String>> issued(XSSFWorkbook wb) {
        Sheet sheet = wb.getSheet(LockedCells.ORIGINALS_SHEET);
        Map<String, List<String>> issued = new HashMap<>();
        if (sheet != null) {
            for (Row row : sheet) {
                List<String> values = new ArrayList<>(LockedCells.size());
                for (int i = 1; i <= LockedCells.size(); i++) {
                    values.add(text(row.getCell(i)));
                }
                issued.put(text(row.getCell(0)), values);
            }
        }
        return issued;
    }

    private static long number(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ExchangeException(Text.of("exchange.workbook.error.notFillIn", name), e);
        }
    }

    /** The rows of one workbook, turned into records and refusals. */
    private final class Rows {
        final Records records = Records.empty();
        final Map<String, byte[]> evidence = new HashMap<>();
        final List<ReportImport.Refusal> refused = new ArrayList<>();
        /** The row each record came from, for a refusal at merge time to name it. */
        final Map<String, Integer> rowOf = new HashMap<>();
        private final Map<String, String> meta;
        private final long departmentId;
        private final String secret;
        private final ReportingPeriod period;
        private final String fileName;
        private final byte[] file;
        /** The locked values as issued; null for a workbook whose check code signs the code and year only. */
        private final Map<String, List<String>> issued;
        private final String today = LocalDate.now(clock).toString();
        private final String now = Instant.now(clock).toString();

        Rows(Map<String, String> meta, long departmentId, String secret, ReportingPeriod period, String fileName,
             byte[] file, Map<String, List<String>> issued) {
            this.meta = meta;
            this.departmentId = departmentId;
            this.secret = secret;
            this.period = period;
            this.fileName = fileName;
            this.file = file;
            this.issued = issued;
        }

        void read(Sheet sheet) {
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] key = row == null ? new String[0] : text(row.getCell(KEY)).split("/", -1);
                if (key.length == 3) {
                    row(row, key);
                } else if (row != null && filled(row)) {
                    // the hidden check code column was overwritten: the row cannot be tied to an item
                    refused.add(new ReportImport.Refusal("exchange.workbook.kind.row", text(row.getCell(CODE)),
                            Text.of("exchange.workbook.refused.keyChanged", r + 1)));
                }
            }
        }

        /** A digest of what the rows bring: the records (by their content-made uids) and the refusals. */
        String contentDigest() {
            List<String> parts = new ArrayList<>();
            parts.add(meta.get("workbook"));
            records.entries().forEach(e -> parts.add(e.uid()));
            records.events().forEach(e -> parts.add(e.uid()));
            records.evidence().forEach(e -> parts.add(e.uid()));
            refused.forEach(r -> parts.add(r.subject() + "\u0000" + Messages.chinese().format(r.reason())));
            return EvidenceFile.sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
        }

        private boolean filled(Row row) {
            for (int col : new int[] {PROGRESS, PROBLEMS, NEXT_STEPS, PERCENT}) {
                if (!text(row.getCell(col)).isEmpty()) {
                    return true;
                }
            }
            return YES.contains(text(row.getCell(CLOSE_OUT)).toLowerCase(Locale.ROOT));
        }

        private void row(Row row, String[] key) {
            String progress = text(row.getCell(PROGRESS));
            String problems = text(row.getCell(PROBLEMS));
            String nextSteps = text(row.getCell(NEXT_STEPS));
            String percentText = text(row.getCell(PERCENT));
            boolean closeOut = YES.contains(text(row.getCell(CLOSE_OUT)).toLowerCase(Locale.ROOT));
            boolean filled = filled(row);
            if (!filled && issued == null) {
                return;
            }
            int shownRow = row.getRowNum() + 1;
            String code = text(row.getCell(CODE));
            Long taskId = parse(key[0]);
            Long milestoneId = key[1].isEmpty() ? null : parse(key[1]);
            boolean ids = taskId != null && (key[1].isEmpty() || milestoneId != null);
            Text altered = ids ? altered(row, key, taskId, milestoneId, shownRow)
                    : Text.of("exchange.workbook.refused.keyChanged", shownRow);
            if (altered != null) {
                refused.add(new ReportImport.Refusal("exchange.workbook.kind.row", code, altered));
                return;
            }
            if (!filled) {
                return;
            }
            if (progress.isEmpty()) {
                // the same rule as writing progress in the ledger: no request or figure without the progress behind it
                refused.add(new ReportImport.Refusal("exchange.workbook.kind.row", code,
                        Text.of("exchange.workbook.refused.noProgress", shownRow)));
                return;
            }
            Integer percent = percent(row.getCell(PERCENT));
            if (!percentText.isEmpty() && percent == null) {
                refused.add(new ReportImport.Refusal("exchange.workbook.kind.row", code,
                        Text.of("exchange.workbook.refused.percent", shownRow, percentText)));
                return;
            }
            String content = String.join("\u0000", meta.get("workbook"), key[0], key[1], progress, problems, nextSteps,
                    String.valueOf(percent));
            String entry = uid(content, "entry");
            records.entries().add(new Records.Entry(entry, taskId, milestoneId, departmentId,
                    period.kind().name(), period.start().toString(), period.end().toString(), today, progress,
                    problems, nextSteps, percent, null, now));
            rowOf.put(entry, shownRow);
            if (closeOut) {
                String event = uid(content, "close-out");
                records.events().add(new Records.Event(event, taskId, milestoneId, TaskStatus.CLOSE_OUT_REQUESTED.name(),
                        today, progress, departmentId, false, now));
                String evidenceUid = uid(content, "evidence");
                records.evidence().add(new Records.Evidence(evidenceUid, null, event, EvidenceFile.safeName(fileName),
                        file.length, EvidenceFile.sha256(file)));
                evidence.put(evidenceUid, file);
                rowOf.put(event, shownRow);
                rowOf.put(evidenceUid, shownRow);
            }
        }

        /** Why the row's ledger cells cannot be trusted, or null when its check code still matches them. */
        private Text altered(Row row, String[] key, long taskId, Long milestoneId, int shownRow) {
            if (issued == null) {
                boolean same = MessageDigest.isEqual(FillInWorkbookExporter.checkCode(secret, meta.get("ledger"),
                        departmentId, taskId, milestoneId, text(row.getCell(CODE)), text(row.getCell(YEAR)))
                        .getBytes(StandardCharsets.US_ASCII), key[2].getBytes(StandardCharsets.US_ASCII));
                return same ? null : Text.of("exchange.workbook.refused.keyChanged", shownRow);
            }
            List<String> now = LockedCells.read(row);
            if (signed(taskId, milestoneId, now, key[2])) {
                return null;
            }
            List<String> before = issued.get(FillInWorkbookExporter.itemKey(taskId, milestoneId));
            Text changes = before != null && signed(taskId, milestoneId, before, key[2])
                    ? LockedCells.changes(before, now) : null;
            return changes == null ? Text.of("exchange.workbook.refused.keyChanged", shownRow)
                    : Text.of("exchange.workbook.refused.lockedChanged", shownRow, changes);
        }

        private boolean signed(long taskId, Long milestoneId, List<String> locked, String check) {
            return MessageDigest.isEqual(LockedCells.check(secret, meta.get("ledger"), departmentId, taskId, milestoneId,
                    locked).getBytes(StandardCharsets.US_ASCII), check.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String uid(String content, String what) {
        return UUID.nameUUIDFromBytes((content + "\u0000" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number 0–100, typed as a number or as text (80, 80%); null when it is not one. */
    private static Integer percent(Cell cell) {
        double value;
        if (cell != null && cell.getCellType() == CellType.NUMERIC
                || cell != null && cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            value = cell.getNumericCellValue();
            if (cell.getCellStyle() != null && cell.getCellStyle().getDataFormatString() != null
                    && cell.getCellStyle().getDataFormatString().contains("%")) {
                value = value * 100;   // 80% typed into the cell: Excel keeps 0.8
            }
        } else {
            String s = text(cell).replace('％', '%');
            s = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
            try {
                value = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value >= 0 && value <= 100 && value == Math.rint(value) ? (int) value : null;
    }

    /** What a cell shows, trimmed; a formula's last computed value. */
    private static String text(Cell cell) {
        return LockedCells.text(cell);
    }
}
