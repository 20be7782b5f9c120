package org.planledger.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.export.PageSetup;
import org.planledger.export.TableExport;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.ExchangeStore.HeldItem;
import org.planledger.store.progress.EvidenceFile;

/**
 * The 终期评估填报表 for one department: a row per task (and milestone) of the evaluated plan the
 * department leads, the ledger's columns locked — 编号, 任务内容, 完成时限 and the ledger's proposal —
 * and the department's open: 完成情况 (a drop-down of the five outcomes), 完成时间, 主要成效,
 * 未完成原因, 佐证材料. A very hidden sheet names the ledger, the plan, the evaluation and the
 * department; each row's hidden key is signed with the department's key over its item, code and
 * content, so {@link EvaluationWorkbookReader} refuses a workbook of another ledger or evaluation
 * and a row whose item was altered.
 */
public final class EvaluationWorkbookExporter {

    /** The workbook written: where, for whom, how many rows. */
    public record Written(Path file, String department, int rows) {
    }

    static final String META_SHEET = "PlanLedger";
    static final String FORMAT = "planledger-evaluation";
    static final int FIRST_ROW = 3;
    static final int NO = 0, CODE = 1, CONTENT = 2, DUE = 3, PROPOSAL = 4, OUTCOME = 5, DONE_ON = 6, ACHIEVEMENTS = 7,
            SHORTFALL = 8, EVIDENCE = 9, KEY = 10;
    static final String[] COLUMNS = {"evaluation.workbook.column.no", "evaluation.workbook.column.code",
        "evaluation.workbook.column.content", "evaluation.workbook.column.due", "evaluation.workbook.column.proposal",
        "evaluation.workbook.column.outcome", "evaluation.workbook.column.doneOn", "evaluation.workbook.column.achievements",
        "evaluation.workbook.column.shortfall", "evaluation.workbook.column.evidence", "evaluation.workbook.column.key"};
    private static final int[] WIDTHS = {5, 9, 40, 13, 26, 16, 14, 34, 28, 22, 12};

    private final Ledger ledger;
    private final java.time.Clock clock;

    public EvaluationWorkbookExporter(Ledger ledger, java.time.Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** 区水务局-终期评估填报表.xlsx */
    public static String defaultFileName(String departmentName) {
        return EvidenceFile.safeName(departmentName) + "-终期评估填报表.xlsx";
    }

    /** Writes the department's workbook for the evaluation to the file (a folder gets the default name). */
    public Written export(long evaluationId, long departmentId, Path target, Messages m) {
        EvaluationStore evaluations = ledger.evaluations(clock);
        Evaluation e = evaluations.evaluation(evaluationId);
        if (e.confirmed()) {
            throw new ExchangeException(Text.of("evaluation.workbook.error.confirmed", e.planTitle()));
        }
        Map<ItemKey, ItemOutcome> outcomes = new HashMap<>();
        evaluations.outcomes(evaluationId).forEach(o -> outcomes.put(o.key(), o));
        // the key is made (and kept) the first time anything is issued to the department: one short transaction
        Issue issue = ExchangeStore.change(ledger, store -> {
            LedgerIdentity me = store.identity();
            if (me.isDepartment()) {
                throw new ExchangeException(Text.of("exchange.workbook.error.fromDepartment", me.departmentName()));
            }
            String name = store.departmentName(departmentId);
            if (name == null) {
                throw new ExchangeException(Text.of("exchange.error.noSuchDepartment", String.valueOf(departmentId)));
            }
            List<HeldItem> led = store.heldItems(departmentId).stream().filter(HeldItem::ledByDepartment)
                    .filter(h -> outcomes.containsKey(key(h))).toList();
            return new Issue(me.ledgerId(), name, store.departmentSecret(departmentId), led);
        });
        if (issue.items.isEmpty()) {
            throw new ExchangeException(Text.of("evaluation.workbook.error.nothingLed", issue.name, e.planTitle()));
        }
        Path file = Files.isDirectory(target) ? target.resolve(defaultFileName(issue.name)) : target;
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("ledger", issue.ledgerId);
        meta.put("plan", String.valueOf(e.planId()));
        meta.put("evaluation", String.valueOf(e.id()));
        meta.put("department", String.valueOf(departmentId));
        meta.put("workbook", UUID.randomUUID().toString());
        Path tmp = null;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            LocalDate planStart = LocalDate.of(ledger.plans().plans().stream().filter(p -> p.id() == e.planId())
                    .findFirst().orElseThrow().startYear(), 1, 1);
            new Sheet(wb, m).write(m.get("evaluation.workbook.title", issue.name, e.planTitle()), issue, outcomes, meta,
                    planStart, e.asOf());
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = SealedFile.newPart(dir);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            SealedFile.place(tmp, file);
            tmp = null;
        } catch (IOException x) {
            throw new ExchangeException(Text.of("exchange.error.cannotWrite", file.toString(), String.valueOf(x.getMessage())), x);
        } finally {
            SealedFile.discard(tmp);
        }
        return new Written(file, issue.name, issue.items.size());
    }

    private record Issue(String ledgerId, String name, String secret, List<HeldItem> items) {
    }

    static ItemKey key(HeldItem h) {
        return h.milestoneId() == null ? ItemKey.task(h.taskId()) : ItemKey.milestone(h.taskId(), h.milestoneId());
    }

    /** The row's check: the first 32 hex digits of the HMAC over ledger, evaluation, department, item, code and content. */
    static String check(String secret, String ledgerId, long evaluationId, long departmentId, long taskId, Long milestoneId,
                        String code, String content) {
        return DepartmentKeys.sign(secret, String.join("\u001f", FORMAT, ledgerId, String.valueOf(evaluationId),
                String.valueOf(departmentId), String.valueOf(taskId), milestoneId == null ? "" : String.valueOf(milestoneId),
                code, content)).substring(0, 32);
    }

    /** What the ledger proposes, in words: 已完成（2024年6月30日） — the note. */
    static String proposal(ItemOutcome o, Messages m) {
        if (o == null || o.outcome() == null) {
            return "";
        }
        String word = m.get(o.outcome().messageKey());
        if (o.doneOn() != null) {
            word = m.get("evaluation.workbook.proposal.doneOn", word, m.date(o.doneOn()));
        }
        return o.note().isEmpty() ? word : word + " — " + o.note();
    }

    private static final class Sheet {
        private final XSSFWorkbook wb;
        private final Messages m;
        private final CellStyle title;
        private final CellStyle note;
        private final CellStyle keyHeader;
        private final CellStyle fillHeader;
        private final CellStyle key;
        private final CellStyle keyCentre;
        private final CellStyle keyDate;
        private final CellStyle fill;
        private final CellStyle fillDate;

        Sheet(XSSFWorkbook wb, Messages m) {
            this.wb = wb;
            this.m = m;
            XSSFFont body = font(10, false);
            XSSFFont strong = font(10, true);
            String dateFormat = Messages.ENGLISH.equals(m.locale()) ? TableExport.DATE_FORMAT_EN : TableExport.DATE_FORMAT_ZH;
            title = style(font(14, true), false, HorizontalAlignment.LEFT, null, true);
            note = style(body, false, HorizontalAlignment.LEFT, null, true);
            keyHeader = style(strong, true, HorizontalAlignment.CENTER, "DDE4EC", true);
            fillHeader = style(strong, true, HorizontalAlignment.CENTER, "E2EFDA", true);
            key = style(body, true, HorizontalAlignment.LEFT, "F2F2F2", true);
            keyCentre = style(body, true, HorizontalAlignment.CENTER, "F2F2F2", true);
            keyDate = style(body, true, HorizontalAlignment.CENTER, "F2F2F2", true);
            keyDate.setDataFormat(wb.createDataFormat().getFormat(dateFormat));
            fill = style(body, true, HorizontalAlignment.LEFT, null, false);
            fillDate = style(body, true, HorizontalAlignment.CENTER, null, false);
            fillDate.setDataFormat(wb.createDataFormat().getFormat(dateFormat));
        }

        void write(String heading, Issue issue, Map<ItemKey, ItemOutcome> outcomes, Map<String, String> meta,
                   LocalDate planStart, LocalDate asOf) {
            XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("evaluation.workbook.sheet")));
            Row top = sheet.createRow(0);
            top.setHeightInPoints(24);
            cell(top, 0, heading, title);
            Row help = sheet.createRow(1);
            cell(help, 0, m.get("evaluation.workbook.instructions", m.date(planStart), m.date(asOf)), note);
            help.setHeightInPoints(44);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, EVIDENCE));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, EVIDENCE));
            Row head = sheet.createRow(FIRST_ROW - 1);
            head.setHeightInPoints(30);
            for (int col = 0; col < COLUMNS.length; col++) {
                cell(head, col, m.get(COLUMNS[col]), col >= OUTCOME && col <= EVIDENCE ? fillHeader : keyHeader);
                sheet.setColumnWidth(col, WIDTHS[col] * 256);
            }
            sheet.setColumnHidden(KEY, true);
            long evaluationId = Long.parseLong(meta.get("evaluation"));
            long departmentId = Long.parseLong(meta.get("department"));
            int r = FIRST_ROW;
            for (HeldItem it : issue.items) {
                Row row = sheet.createRow(r);
                cell(row, NO, String.valueOf(r - FIRST_ROW + 1), keyCentre);
                String code = it.milestoneId() == null ? it.code() : it.code() + (it.year() == null ? "" : " " + it.year());
                cell(row, CODE, code, keyCentre);
                cell(row, CONTENT, it.content(), key);
                Cell due = row.createCell(DUE);
                due.setCellStyle(keyDate);
                if (it.due() != null) {
                    due.setCellValue(it.due());
                } else {
                    due.setCellValue(m.get("evaluation.workbook.standing"));
                }
                cell(row, PROPOSAL, proposal(outcomes.get(key(it)), m), key);
                for (int col = OUTCOME; col <= EVIDENCE; col++) {
                    row.createCell(col).setCellStyle(col == DONE_ON ? fillDate : fill);
                }
                cell(row, KEY, it.taskId() + "/" + (it.milestoneId() == null ? "" : it.milestoneId()) + "/"
                        + check(issue.secret, issue.ledgerId, evaluationId, departmentId, it.taskId(), it.milestoneId(), code,
                        it.content()), key);
                row.setHeightInPoints(Math.max(30f, 3f + 13f * (1 + SheetStyles.units(it.content()) / (WIDTHS[CONTENT] - 2))));
                r++;
            }
            validations(sheet, r - 1, planStart, asOf);
            sheet.createFreezePane(0, FIRST_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(FIRST_ROW - 1, FIRST_ROW - 1, -1, -1));
            PageSetup.landscapeOnePageWide(sheet, PrintSetup.A4_PAPERSIZE);
            sheet.protectSheet(UUID.randomUUID().toString());
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            XSSFSheet hidden = wb.createSheet(META_SHEET);
            int i = 0;
            for (Map.Entry<String, String> e : meta.entrySet()) {
                Row row = hidden.createRow(i++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            hidden.protectSheet(UUID.randomUUID().toString());
            wb.setSheetVisibility(wb.getSheetIndex(hidden), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.lockStructure();
        }

        private void validations(XSSFSheet sheet, int lastRow, LocalDate planStart, LocalDate asOf) {
            DataValidationHelper dv = sheet.getDataValidationHelper();
            List<String> words = new ArrayList<>();
            for (FinalOutcome o : FinalOutcome.values()) {
                words.add(m.get(o.messageKey()));
            }
            DataValidation outcome = dv.createValidation(dv.createExplicitListConstraint(words.toArray(String[]::new)),
                    new CellRangeAddressList(FIRST_ROW, lastRow, OUTCOME, OUTCOME));
            outcome.setShowErrorBox(true);
            outcome.createErrorBox(m.get("evaluation.workbook.column.outcome"), m.get("evaluation.workbook.outcomeHint"));
            outcome.setShowPromptBox(true);
            outcome.createPromptBox(m.get("evaluation.workbook.column.outcome"), m.get("evaluation.workbook.outcomeHint"));
            sheet.addValidationData(outcome);
            DataValidation date = dv.createValidation(dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "DATE(" + planStart.getYear() + "," + planStart.getMonthValue() + "," + planStart.getDayOfMonth() + ")",
                    "DATE(" + asOf.getYear() + "," + asOf.getMonthValue() + "," + asOf.getDayOfMonth() + ")", null),
                    new CellRangeAddressList(FIRST_ROW, lastRow, DONE_ON, DONE_ON));
            String hint = m.get("evaluation.workbook.doneOnHint", m.date(planStart), m.date(asOf));
            date.setShowErrorBox(true);
            date.createErrorBox(m.get("evaluation.workbook.column.doneOn"), hint);
            date.setShowPromptBox(true);
            date.createPromptBox(m.get("evaluation.workbook.column.doneOn"), hint);
            sheet.addValidationData(date);
        }

        private static void cell(Row row, int col, String value, CellStyle style) {
            SheetStyles.cell(row, col, value, style);
        }

        private XSSFFont font(int points, boolean bold) {
            return SheetStyles.font(wb, points, bold);
        }

        private CellStyle style(Font font, boolean border, HorizontalAlignment h, String rgb, boolean locked) {
            return SheetStyles.style(wb, font, border, h, rgb, locked);
        }
    }
}
