package org.planledger.exchange;

import static org.planledger.exchange.FillInWorkbookExporter.CODE;
import static org.planledger.exchange.FillInWorkbookExporter.CONTENT;
import static org.planledger.exchange.FillInWorkbookExporter.COOPERATE;
import static org.planledger.exchange.FillInWorkbookExporter.DUE;
import static org.planledger.exchange.FillInWorkbookExporter.LEAD;
import static org.planledger.exchange.FillInWorkbookExporter.NO;
import static org.planledger.exchange.FillInWorkbookExporter.STATUS;
import static org.planledger.exchange.FillInWorkbookExporter.YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.planledger.i18n.Text;

/**
 * The ledger's (locked) columns of a fill-in workbook row, each read as one text: the row's check
 * code signs all of them, so a change to any is found, and a refusal names the columns changed,
 * from what to what, using the copy of the issued values kept on a very hidden sheet.
 */
final class LockedCells {

    /** The very hidden sheet with each row's locked values as issued: key, then one cell per column. */
    static final String ORIGINALS_SHEET = "PlanLedgerRows";

    private static final int[] COLUMNS = {NO, CODE, YEAR, CONTENT, LEAD, COOPERATE, DUE, STATUS};
    private static final String[] NAMES = {"exchange.workbook.column.no", "exchange.workbook.column.code",
        "exchange.workbook.column.year", "exchange.workbook.column.content", "exchange.workbook.column.lead",
        "exchange.workbook.column.cooperate", "exchange.workbook.column.due", "exchange.workbook.column.status"};
    /** Long texts are cut in a refusal: enough to recognise the cell. */
    private static final int SHOWN = 24;

    private LockedCells() {
    }

    /** What the row's locked cells hold, in column order; the due date as yyyy-mm-dd. */
    static List<String> read(Row row) {
        List<String> values = new ArrayList<>(COLUMNS.length);
        for (int col : COLUMNS) {
            Cell cell = row.getCell(col);
            // a number in the date column is a date, whatever format another program saved it with
            if (col == DUE && cell != null && cell.getCellType() == CellType.NUMERIC
                    && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                values.add(DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate().toString());
            } else {
                values.add(text(cell));
            }
        }
        return values;
    }

    /** The row's check code: the first 32 hex digits of the HMAC over its ids and every locked value. */
    static String check(String secret, String ledgerId, long departmentId, long taskId, Long milestoneId,
                        List<String> values) {
        return DepartmentKeys.sign(secret, String.join("\u001f", ledgerId, String.valueOf(departmentId),
                String.valueOf(taskId), milestoneId == null ? "" : String.valueOf(milestoneId),
                String.join("\u001f", values))).substring(0, 32);
    }

    /** What changed, column by column, as one phrase: 截止日期由“2025年12月31日”改为“2026年6月30日”、…; null if nothing did. */
    static Text changes(List<String> issued, List<String> now) {
        Text all = null;
        for (int i = 0; i < COLUMNS.length && i < issued.size() && i < now.size(); i++) {
            if (!issued.get(i).equals(now.get(i))) {
                Text one = Text.of("exchange.workbook.change", Text.of(NAMES[i]), shown(issued.get(i), COLUMNS[i]),
                        shown(now.get(i), COLUMNS[i]));
                all = all == null ? one : Text.of("exchange.workbook.change.and", all, one);
            }
        }
        return all;
    }

    static int size() {
        return COLUMNS.length;
    }

    private static Object shown(String value, int column) {
        if (value.isEmpty()) {
            return Text.of("exchange.workbook.change.blank");
        }
        if (column == DUE) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // typed over as text: shown as typed
            }
        }
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }

    /** What a cell shows, trimmed, with Windows line ends as \n; a formula's last computed value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String s = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
                        : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        return s.replace("\r\n", "\n").strip();
    }
}
