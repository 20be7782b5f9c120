package org.planledger.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.planledger.export.TableExport;
import org.planledger.export.PageSetup;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.exchange.ExchangeStore;
import org.planledger.store.exchange.ExchangeStore.HeldItem;

/**
 * For a department without PlanLedger, the manager issues a fill-in workbook (填报表): one row per
 * task and milestone the department holds, the ledger's columns locked, the progress columns open,
 * for the last closed reporting period. A very hidden sheet names the ledger, the department, the
 * period and the workbook; each row carries a check code signed with the department's key over
 * all its locked cells, so a row whose locked cells were altered is refused when the workbook comes
 * back ({@link FillInWorkbookReader}, {@link LockedCells}).
 */
public final class FillInWorkbookExporter {

    /** The workbook written: where, how many rows, and the reporting period in the user's words. */
    public record Written(Path file, int rows, String periodLabel) {
    }

    static final String META_SHEET = "PlanLedger";
    static final String FORMAT = "planledger-fill-in";
    /** The row check that signs every locked column; workbooks issued before it signed the code and the year only. */
    static final int LOCKED_CHECK = 2;
    static final int FIRST_ROW = 3;
    static final int NO = 0, CODE = 1, YEAR = 2, CONTENT = 3, LEAD = 4, COOPERATE = 5, DUE = 6, STATUS = 7,
            PROGRESS = 8, PROBLEMS = 9, NEXT_STEPS = 10, PERCENT = 11, CLOSE_OUT = 12, KEY = 13;
    private static final String[] COLUMNS = {"exchange.workbook.column.no", "exchange.workbook.column.code",
        "exchange.workbook.column.year", "exchange.workbook.column.content", "exchange.workbook.column.lead",
        "exchange.workbook.column.cooperate", "exchange.workbook.column.due", "exchange.workbook.column.status",
        "exchange.workbook.column.progress", "exchange.workbook.column.problems", "exchange.workbook.column.nextSteps",
        "exchange.workbook.column.percent", "exchange.workbook.column.closeOut", "exchange.workbook.column.check"};
    private static final int[] WIDTHS = {5, 9, 11, 42, 16, 22, 15, 9, 40, 28, 28, 11, 9, 12};
    private static final String KEY_FILL = "F2F2F2";
    private static final String CLOSED_FILL = "D0D0D0";

    /** A row's key (task id / milestone id) and its locked values as written. */
    private record Issued(String key, List<String> locked) {
    }

    private final Ledger ledger;
    private final Clock clock;

    public FillInWorkbookExporter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** 区水务局-填报表-2026-11-29.xlsx */
    public static String defaultFileName(String departmentName, LocalDate day) {
        return EvidenceFile.safeName(departmentName) + "-填报表-" + day + FillInWorkbookReader.EXTENSION;
    }

    /** Writes the department's workbook to the file (a folder gets the default name); in place when this returns. */
    public Written export(long departmentId, Path target, Messages messages) {
        LocalDate today = LocalDate.now(clock);
        List<Path> temp = new ArrayList<>(1);
        try {
            Written written = ExchangeStore.change(ledger, store -> {
                LedgerIdentity me = store.identity();
                if (me.isDepartment()) {
                    throw new ExchangeException(Text.of("exchange.workbook.error.fromDepartment", me.departmentName()));
                }
                String name = store.departmentName(departmentId);
                if (name == null) {
                    throw new ExchangeException(Text.of("exchange.error.noSuchDepartment", String.valueOf(departmentId)));
                }
                List<HeldItem> items = store.heldItems(departmentId);
                if (items.isEmpty()) {
                    throw new ExchangeException(Text.of("exchange.workbook.error.nothingHeld", name));
                }
                String secret = store.departmentSecret(departmentId);
                ReportingPeriod period = ledger.progress(clock).cycle().lastClosed(today);
                Path file = Files.isDirectory(target) ? target.resolve(defaultFileName(name, today)) : target;
                String workbookId = UUID.randomUUID().toString();
                long seq = store.issued("WORKBOOK_OUT", departmentId) + 1L;
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("format", FORMAT);
                meta.put("ledger", me.ledgerId());
                meta.put("department", String.valueOf(departmentId));
                meta.put("period", period.code());
                meta.put("workbook", workbookId);
                meta.put("issue", String.valueOf(seq));
                String title = messages.get("exchange.workbook.title", name, messages.format(period.label()));
                temp.add(writeTemp(file, wb -> new Sheets(wb, messages).write(title, items, meta, secret)));
                // digest: the workbook id, by which the reader finds this issue and its period again
                store.recordIssue("WORKBOOK_OUT", departmentId, seq, workbookId, file.getFileName().toString(),
                        new String(SealedFile.json(Map.of("rows", items.size(), "period", period.code(),
                                "check", LOCKED_CHECK)),
                                StandardCharsets.UTF_8), Instant.now(clock).toString());
                return new Written(file, items.size(), messages.format(period.label()));
            });
            SealedFile.place(temp.get(0), written.file());
            return written;
        } finally {
            temp.forEach(SealedFile::discard);
        }
    }

    /**
     * The check code of workbooks issued before {@link #LOCKED_CHECK}: it ties a row's task code and
     * year to the ledger and the department (the first 32 hex digits of the HMAC).
     */
    static String checkCode(String secret, String ledgerId, long departmentId, long taskId, Long milestoneId,
                            String taskCode, String milestoneYear) {
        return DepartmentKeys.sign(secret, String.join("|", ledgerId, String.valueOf(departmentId),
                String.valueOf(taskId), milestoneId == null ? "" : String.valueOf(milestoneId), taskCode,
                milestoneYear)).substring(0, 32);
    }

    /** The row key in the hidden column: task id / milestone id (empty for a task) / check code. */
    static String rowKey(long taskId, Long milestoneId, String check) {
        return itemKey(taskId, milestoneId) + "/" + check;
    }

    /** Task id / milestone id (empty for a task): a row's item, also on the sheet of issued values. */
    static String itemKey(long taskId, Long milestoneId) {
        return taskId + "/" + (milestoneId == null ? "" : milestoneId);
    }

    /** Builds the workbook and writes it to a temporary file beside the target. */
    private static Path writeTemp(Path file, Consumer<XSSFWorkbook> build) {
        Path tmp = null;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            build.accept(wb);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = SealedFile.newPart(dir);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            return tmp;
        } catch (IOException e) {
            SealedFile.discard(tmp);
            throw new ExchangeException(Text.of("exchange.error.cannotWrite", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** The two sheets of one workbook and their styles. */
    private static final class Sheets {
        private final XSSFWorkbook wb;
        private final Messages m;
        private final CellStyle title;
        private final CellStyle note;
        private final CellStyle keyHeader;
        private final CellStyle fillHeader;
        private final CellStyle key;
        private final CellStyle keyCentre;
        private final CellStyle keyIndented;
        private final CellStyle keyDate;
        private final CellStyle fill;
        private final CellStyle fillCentre;
        private final CellStyle closed;

        Sheets(XSSFWorkbook wb, Messages m) {
            this.wb = wb;
            this.m = m;
            XSSFFont body = font(10, false);
            XSSFFont strong = font(10, true);
            title = style(font(14, true), false, HorizontalAlignment.LEFT, null, true);
            note = style(body, false, HorizontalAlignment.LEFT, null, true);
            note.setWrapText(true);
            keyHeader = style(strong, true, HorizontalAlignment.CENTER, "DDE4EC", true);
            fillHeader = style(strong, true, HorizontalAlignment.CENTER, "E2EFDA", true);
            key = style(body, true, HorizontalAlignment.LEFT, KEY_FILL, true);
            keyCentre = style(body, true, HorizontalAlignment.CENTER, KEY_FILL, true);
            keyIndented = style(body, true, HorizontalAlignment.LEFT, KEY_FILL, true);
            keyIndented.setIndention((short) 2);
            keyDate = style(body, true, HorizontalAlignment.CENTER, KEY_FILL, true);
            keyDate.setDataFormat(wb.createDataFormat().getFormat(
                    Messages.ENGLISH.equals(m.locale()) ? TableExport.DATE_FORMAT_EN : TableExport.DATE_FORMAT_ZH));
            fill = style(body, true, HorizontalAlignment.LEFT, null, false);
            fillCentre = style(body, true, HorizontalAlignment.CENTER, null, false);
            closed = style(body, true, HorizontalAlignment.CENTER, CLOSED_FILL, true);
        }

        void write(String heading, List<HeldItem> items, Map<String, String> meta, String secret) {
            XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("exchange.workbook.sheet")));
            Row top = sheet.createRow(0);
            top.setHeightInPoints(24);
            cell(top, 0, heading, title);
            Row help = sheet.createRow(1);
            String instructions = m.get("exchange.workbook.instructions");
            cell(help, 0, instructions, note);
            help.setHeightInPoints(4f + 13f * lines(instructions, Arrays.stream(WIDTHS, 0, STATUS + 1).sum()));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, CLOSE_OUT));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, STATUS)); // narrow enough to read on screen
            Row head = sheet.createRow(FIRST_ROW - 1);
            head.setHeightInPoints(30);
            for (int col = 0; col < COLUMNS.length; col++) {
                cell(head, col, m.get(COLUMNS[col]), col >= PROGRESS && col <= CLOSE_OUT
                        ? fillHeader : keyHeader);
                sheet.setColumnWidth(col, WIDTHS[col] * 256);
            }
            sheet.setColumnHidden(KEY, true);
            String ledgerId = meta.get("ledger");
            long departmentId = Long.parseLong(meta.get("department"));
            CellRangeAddressList closeOutCells = new CellRangeAddressList();
            List<Issued> issued = new ArrayList<>(items.size());
            int r = FIRST_ROW;
            for (HeldItem it : items) {
                Row row = sheet.createRow(r);
                cell(row, NO, String.valueOf(r - FIRST_ROW + 1), keyCentre);
                cell(row, CODE, it.code(), keyCentre);
                Cell y = row.createCell(YEAR);
                y.setCellStyle(keyCentre);
                if (it.year() != null) {
                    y.setCellValue(it.year());
                }
                cell(row, CONTENT, it.content(), it.milestoneId() == null ? key : keyIndented);
                cell(row, LEAD, it.lead(), key);
                cell(row, COOPERATE, it.cooperating(), key);
                Cell due = row.createCell(DUE);
                due.setCellStyle(keyDate);
                if (it.due() != null) {
                    due.setCellValue(it.due());
                }
                cell(row, STATUS, m.get(it.status().messageKey()), keyCentre);
                for (int col = PROGRESS; col <= NEXT_STEPS; col++) {
                    row.createCell(col).setCellStyle(fill);
                }
                row.createCell(PERCENT).setCellStyle(fillCentre);
                boolean mayClose = it.ledByDepartment() && it.status().canRequestCloseOut();
                row.createCell(CLOSE_OUT).setCellStyle(mayClose ? fillCentre : closed);
                if (mayClose) {
                    closeOutCells.addCellRangeAddress(r, CLOSE_OUT, r, CLOSE_OUT);
                }
                List<String> locked = LockedCells.read(row);
                cell(row, KEY, rowKey(it.taskId(), it.milestoneId(), LockedCells.check(secret, ledgerId, departmentId,
                        it.taskId(), it.milestoneId(), locked)), key);
                issued.add(new Issued(itemKey(it.taskId(), it.milestoneId()), locked));
                row.setHeightInPoints(Math.max(42f, 3f + 13f * lines(it.content(), WIDTHS[CONTENT])));
                r++;
            }
            validations(sheet, r - 1, closeOutCells);
            sheet.createFreezePane(0, FIRST_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(FIRST_ROW - 1, FIRST_ROW - 1, -1, -1));
            PageSetup.landscapeOnePageWide(sheet, PrintSetup.A4_PAPERSIZE);
            // no one needs to lift the protection: the check codes, not the password, guard the key cells
            sheet.protectSheet(UUID.randomUUID().toString());
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            metaSheet(meta);
            originalsSheet(issued);
            wb.setActiveSheet(0);
            wb.lockStructure();
        }

        private void validations(XSSFSheet sheet, int lastRow, CellRangeAddressList closeOutCells) {
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation percent = dv.createValidation(dv.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                    new CellRangeAddressList(FIRST_ROW, lastRow, PERCENT, PERCENT));
            percent.setShowErrorBox(true);
            percent.createErrorBox(m.get("exchange.workbook.column.percent"), m.get("exchange.workbook.percentHint"));
            percent.setShowPromptBox(true);
            percent.createPromptBox(m.get("exchange.workbook.column.percent"), m.get("exchange.workbook.percentHint"));
            sheet.addValidationData(percent);
            if (closeOutCells.countRanges() > 0) {
                DataValidation close = dv.createValidation(dv.createExplicitListConstraint(new String[] {
                    m.get("exchange.workbook.yes"), m.get("exchange.workbook.no")}), closeOutCells);
                close.setShowErrorBox(true);
                close.createErrorBox(m.get("exchange.workbook.column.closeOut"), m.get("exchange.workbook.closeOutHint"));
                close.setShowPromptBox(true);
                close.createPromptBox(m.get("exchange.workbook.column.closeOut"), m.get("exchange.workbook.closeOutHint"));
                sheet.addValidationData(close);
            }
        }

        private void metaSheet(Map<String, String> meta) {
            XSSFSheet sheet = wb.createSheet(META_SHEET);
            int r = 0;
            for (Map.Entry<String, String> e : meta.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            sheet.protectSheet(UUID.randomUUID().toString());
            wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        }

        /** The locked values of each row as issued, so that a refusal can say what was changed. */
        private void originalsSheet(List<Issued> issued) {
            XSSFSheet sheet = wb.createSheet(LockedCells.ORIGINALS_SHEET);
            int r = 0;
            for (Issued it : issued) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(it.key());
                for (int i = 0; i < it.locked().size(); i++) {
                    row.createCell(i + 1).setCellValue(it.locked().get(i));
                }
            }
            sheet.protectSheet(UUID.randomUUID().toString());
            wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        }

        /** Lines a text wraps to in a column this many characters wide (a Chinese character takes two). */
        private static int lines(String text, int width) {
            int lines = 0;
            for (String line : text.split("\n", -1)) {
                lines += Math.max(1, (SheetStyles.units(line) + width - 3) / (width - 2));
            }
            return lines;
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
