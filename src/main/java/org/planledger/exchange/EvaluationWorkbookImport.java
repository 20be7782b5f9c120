package org.planledger.exchange;

import static org.planledger.exchange.EvaluationWorkbookExporter.ACHIEVEMENTS;
import static org.planledger.exchange.EvaluationWorkbookExporter.CODE;
import static org.planledger.exchange.EvaluationWorkbookExporter.CONTENT;
import static org.planledger.exchange.EvaluationWorkbookExporter.DONE_ON;
import static org.planledger.exchange.EvaluationWorkbookExporter.EVIDENCE;
import static org.planledger.exchange.EvaluationWorkbookExporter.FIRST_ROW;
import static org.planledger.exchange.EvaluationWorkbookExporter.KEY;
import static org.planledger.exchange.EvaluationWorkbookExporter.OUTCOME;
import static org.planledger.exchange.EvaluationWorkbookExporter.SHORTFALL;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.i18n.Text;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.evaluation.OutcomeSource;
import org.planledger.store.evaluation.Submission;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.LedgerSnapshot;

/**
 * Merges a filled 终期评估填报表 ({@link EvaluationWorkbookExporter}) as its department's
 * submissions — never final: only the manager's confirmation is. The workbook is refused whole
 * when it is not one, comes from another ledger, or belongs to an evaluation no longer under way;
 * a row is refused on its own, named by row and cell, when its item was altered, its department
 * no longer leads it, its 完成情况 is not one of the five words, or its 完成时间 is not a day
 * within the plan's period up to the evaluation's day — as the progress merge does with its rows.
 * The dry run ({@link #preview}) says all of it and writes nothing; {@link #merge} writes the rows
 * taken in one transaction.
 */
public final class EvaluationWorkbookImport {

    /** A row taken: the item and what the department says of it; {@code confirmed} when the manager already decided it (kept). */
    public record Taken(int row, String label, String title, Submission submission, boolean confirmed) {
    }

    /** A row refused, by its number in the sheet (1-based, as Excel shows it), and why. */
    public record Refused(int row, Text reason) {
    }

    /** What the workbook brings: whose it is, for which evaluation, the rows taken, refused and left blank. */
    public record Preview(Path file, String department, long departmentId, long evaluationId, String planTitle,
                          List<Taken> taken, List<Refused> refused, int blank) {

        public int toWrite() {
            return (int) taken.stream().filter(t -> !t.confirmed()).count();
        }
    }

    /** The merge's result: the preview, and how many outcomes were recorded as the department's submissions. */
    public record Merged(Preview preview, int written) {
    }

    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ofPattern("yyyy年M月d日"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy-M-d"));

    private final Ledger ledger;
    private final Clock clock;

    public EvaluationWorkbookImport(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Reads and checks the workbook; writes nothing. A workbook that cannot be taken at all is an ExchangeException. */
    public Preview preview(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = WorkbookInput.bytes(FillInWorkbookReader.Source.FILES, file, name);
        try (XSSFWorkbook wb = WorkbookInput.open(bytes, name)) {
            Map<String, String> meta = meta(wb, name);
            LedgerIdentity me = ExchangeStore.read(ledger, ExchangeStore::identity);
            if (me.isDepartment()) {
                throw new ExchangeException(Text.of("evaluation.import.error.intoDepartment", name));
            }
            if (!me.ledgerId().equals(meta.get("ledger"))) {
                throw new ExchangeException(Text.of("evaluation.import.error.otherLedger", name));
            }
            long departmentId = number(meta.get("department"), name);
            long evaluationId = number(meta.get("evaluation"), name);
            long planId = number(meta.get("plan"), name);
            LedgerSnapshot.Track track = ExchangeStore.read(ledger, s -> s.track(departmentId));
            if (track == null || track.name() == null || track.secret() == null) {
                throw new ExchangeException(Text.of("evaluation.import.error.notIssued", name));
            }
            EvaluationStore evaluations = ledger.evaluations(clock);
            Optional<Evaluation> under = evaluations.underWay().stream().filter(x -> x.id() == evaluationId && x.planId() == planId)
                    .findFirst();
            if (under.isEmpty()) {
                throw new ExchangeException(Text.of("evaluation.import.error.notUnderWay", name));
            }
            Evaluation e = under.get();
            int startYear = ledger.plans().plans().stream().filter(p -> p.id() == planId).findFirst().orElseThrow().startYear();
            Map<ItemKey, ItemOutcome> outcomes = new HashMap<>();
            evaluations.outcomes(e.id()).forEach(o -> outcomes.put(o.key(), o));
            Rows rows = new Rows(me.ledgerId(), e, departmentId, track.secret(), track.name(), outcomes,
                    LocalDate.of(startYear, 1, 1));
            rows.read(wb.getSheetAt(0));
            return new Preview(file, track.name(), departmentId, e.id(), e.planTitle(), rows.taken, rows.refused, rows.blank);
        } catch (IOException x) {
            throw new ExchangeException(Text.of("exchange.workbook.error.unreadable", name), x);
        } catch (ExchangeException x) {
            throw x;
        } catch (RuntimeException x) {
            if (x instanceof org.planledger.store.StoreException) {
                throw x;
            }
            throw new ExchangeException(Text.of("exchange.workbook.error.unreadable", name), x);
        }
    }

    /** Reads, checks and records the rows taken as the department's submissions, in one transaction. */
    public Merged merge(Path file) {
        Preview p = preview(file);
        List<Submission> all = p.taken().stream().filter(t -> !t.confirmed()).map(Taken::submission).toList();
        int written = all.isEmpty() ? 0 : ledger.evaluations(clock).submitAll(p.evaluationId(), all, p.departmentId(),
                OutcomeSource.DEPARTMENT_WORKBOOK);
        return new Merged(p, written);
    }

    /** The rows of the sheet, each taken or refused. */
    private final class Rows {
        private final String ledgerId;
        private final Evaluation e;
        private final long departmentId;
        private final String secret;
        private final String department;
        private final Map<ItemKey, ItemOutcome> outcomes;
        private final LocalDate planStart;
        final List<Taken> taken = new ArrayList<>();
        final List<Refused> refused = new ArrayList<>();
        int blank;

        Rows(String ledgerId, Evaluation e, long departmentId, String secret, String department, Map<ItemKey, ItemOutcome> outcomes,
             LocalDate planStart) {
            this.ledgerId = ledgerId;
            this.e = e;
            this.departmentId = departmentId;
            this.secret = secret;
            this.department = department;
            this.outcomes = outcomes;
            this.planStart = planStart;
        }

        void read(Sheet sheet) {
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String keyText = LockedCells.text(row.getCell(KEY));
                if (keyText.isEmpty() && LockedCells.text(row.getCell(CODE)).isEmpty()) {
                    continue;
                }
                int shown = r + 1;
                try {
                    one(row, shown, keyText);
                } catch (RowRefused x) {
                    refused.add(new Refused(shown, x.reason));
                }
            }
        }

        private void one(Row row, int shown, String keyText) {
            String[] parts = keyText.split("/", -1);
            String code = LockedCells.text(row.getCell(CODE));
            String content = LockedCells.text(row.getCell(CONTENT));
            if (parts.length != 3) {
                throw new RowRefused(Text.of("evaluation.import.row.altered", shown, code));
            }
            long task;
            Long milestone;
            try {
                task = Long.parseLong(parts[0]);
                milestone = parts[1].isEmpty() ? null : Long.valueOf(parts[1]);
            } catch (NumberFormatException x) {
                throw new RowRefused(Text.of("evaluation.import.row.altered", shown, code));
            }
            String expected = EvaluationWorkbookExporter.check(secret, ledgerId, e.id(), departmentId, task, milestone, code, content);
            if (!expected.equals(parts[2])) {
                throw new RowRefused(Text.of("evaluation.import.row.altered", shown, code));
            }
            String word = LockedCells.text(row.getCell(OUTCOME));
            Cell doneCell = row.getCell(DONE_ON);
            String achievements = LockedCells.text(row.getCell(ACHIEVEMENTS));
            String shortfall = LockedCells.text(row.getCell(SHORTFALL));
            String evidence = LockedCells.text(row.getCell(EVIDENCE));
            if (word.isEmpty()) {
                if (LockedCells.text(doneCell).isEmpty() && achievements.isEmpty() && shortfall.isEmpty() && evidence.isEmpty()) {
                    blank++;
                    return;
                }
                throw new RowRefused(Text.of("evaluation.import.row.noOutcome", shown, code, cell(shown, OUTCOME)));
            }
            ItemKey key = milestone == null ? ItemKey.task(task) : ItemKey.milestone(task, milestone);
            ItemOutcome current = outcomes.get(key);
            if (current == null) {
                throw new RowRefused(Text.of("evaluation.import.row.notInEvaluation", shown, code, e.planTitle()));
            }
            if (current.leadDepartmentId() == null || current.leadDepartmentId() != departmentId) {
                throw new RowRefused(Text.of("evaluation.import.row.notLed", shown, code, department));
            }
            FinalOutcome outcome = FinalOutcome.parse(word).orElseThrow(() -> new RowRefused(Text.of(
                    "evaluation.import.row.unknownOutcome", shown, cell(shown, OUTCOME), word)));
            LocalDate doneOn = day(doneCell, shown);
            if (outcome == FinalOutcome.DONE && doneOn == null) {
                throw new RowRefused(Text.of("evaluation.import.row.doneWithoutDay", shown, code, cell(shown, DONE_ON)));
            }
            if (doneOn != null && (doneOn.isBefore(planStart) || doneOn.isAfter(e.asOf()))) {
                throw new RowRefused(Text.of("evaluation.import.row.dayOutsidePlan", shown, cell(shown, DONE_ON), doneOn,
                        planStart, e.asOf()));
            }
            List<String> names = evidence.isEmpty() ? List.of()
                    : Arrays.stream(evidence.split("[、,，;；\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            OutcomeDraft draft = new OutcomeDraft(outcome, doneOn, "", achievements, shortfall, names);
            taken.add(new Taken(shown, current.label(), current.title(), new Submission(key, draft), current.confirmed()));
        }

        private LocalDate day(Cell c, int shown) {
            if (c == null) {
                return null;
            }
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isValidExcelDate(c.getNumericCellValue())) {
                return DateUtil.getLocalDateTime(c.getNumericCellValue()).toLocalDate();
            }
            String text = LockedCells.text(c);
            if (text.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter f : DAYS) {
                try {
                    return LocalDate.parse(text, f);
                } catch (DateTimeParseException x) {
                    // the next way of writing a day
                }
            }
            throw new RowRefused(Text.of("evaluation.import.row.notADay", shown, cell(shown, DONE_ON), text));
        }
    }

    /** G12: the cell as Excel names it. */
    static String cell(int shownRow, int column) {
        return CellReference.convertNumToColString(column) + shownRow;
    }

    private static final class RowRefused extends RuntimeException {
        private final transient Text reason;

        RowRefused(Text reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }

    private static Map<String, String> meta(XSSFWorkbook wb, String name) {
        Map<String, String> meta = WorkbookInput.meta(wb, EvaluationWorkbookExporter.META_SHEET);
        if (!EvaluationWorkbookExporter.FORMAT.equals(meta.get("format")) || meta.get("ledger") == null) {
            throw new ExchangeException(Text.of("evaluation.import.error.notEvaluationWorkbook", name));
        }
        return meta;
    }

    private static long number(String s, String name) {
        try {
            return Long.parseLong(s == null ? "" : s);
        } catch (NumberFormatException x) {
            throw new ExchangeException(Text.of("evaluation.import.error.notEvaluationWorkbook", name), x);
        }
    }
}
