package org.planledger.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.docs.DocumentBatch;
import org.planledger.docs.DocumentException;
import org.planledger.export.PageSetup;
import org.planledger.export.TableExport;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.FinalOutcome;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;

/**
 * The evaluation's tables as a workbook: 指标完成情况, 任务完成情况 (every task and milestone with
 * its outcome, how final it is and who said it), 分章统计 and 结转清单 — the same figures as the
 * report ({@link EvaluationSummary}).
 */
public final class EvaluationTablesWriter {

    private final Ledger ledger;
    private final Clock clock;
    private final Messages m;

    public EvaluationTablesWriter(Ledger ledger, Clock clock, Messages messages) {
        this.ledger = ledger;
        this.clock = clock;
        this.m = messages;
    }

    public Path write(long evaluationId, Successors successors, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new DocumentException(Text.of("evaluation.report.error.noFileName", target.toString()), null);
        }
        try (DocumentBatch batch = new DocumentBatch(folder)) {
            EvaluationSummary s = EvaluationSummary.read(ledger, clock, evaluationId);
            EvaluationReportDocument words = new EvaluationReportDocument(m);
            batch.stage(absolute.getFileName().toString(), out -> {
                try (XSSFWorkbook wb = new XSSFWorkbook()) {
                    new Sheets(wb).write(s, words, successors);
                    wb.write(out);
                }
            });
            return batch.commit().get(0);
        }
    }

    private final class Sheets {
        private final XSSFWorkbook wb;
        private final CellStyle head;
        private final CellStyle body;
        private final CellStyle date;

        Sheets(XSSFWorkbook wb) {
            this.wb = wb;
            head = style(true);
            body = style(false);
            date = style(false);
            date.setDataFormat(wb.createDataFormat().getFormat(
                    Messages.ENGLISH.equals(m.locale()) ? TableExport.DATE_FORMAT_EN : TableExport.DATE_FORMAT_ZH));
        }

        void write(EvaluationSummary s, EvaluationReportDocument words, Successors successors) {
            XSSFSheet ind = sheet("evaluation.tables.sheet.indicators", new int[] {6, 36, 8, 12, 12, 12, 14},
                    m.get("evaluation.report.column.number"), m.get("evaluation.report.column.indicator"),
                    m.get("evaluation.report.column.attribute"), m.get("evaluation.report.column.baseline", String.valueOf(s.plan().startYear() - 1)),
                    m.get("evaluation.report.column.target", String.valueOf(s.plan().endYear())),
                    m.get("evaluation.report.column.actual", String.valueOf(s.plan().endYear())), m.get("evaluation.report.column.conclusion"));
            int r = 1;
            for (IndicatorOutcome i : s.indicators()) {
                row(ind, r++, String.valueOf(i.number()), i.name() + (i.unit() == null || i.unit().isBlank() ? "" : "（" + i.unit() + "）"),
                        words.attribute(i.attribute()), i.baseline(), i.target(), i.value() == null ? "" : i.value(),
                        i.conclusion() == null ? "" : m.get(i.conclusion().messageKey()));
            }

            XSSFSheet tasks = sheet("evaluation.tables.sheet.tasks", new int[] {10, 44, 18, 16, 13, 10, 36, 30, 24},
                    m.get("evaluation.report.column.code"), m.get("evaluation.report.column.task"),
                    m.get("evaluation.report.column.lead"), m.get("evaluation.report.column.outcome"),
                    m.get("evaluation.report.column.doneOn"), m.get("evaluation.report.column.state"),
                    m.get("evaluation.report.column.achievements"), m.get("evaluation.report.column.reason"),
                    m.get("evaluation.report.column.evidence"));
            r = 1;
            for (EvaluationSummary.Task t : s.tasks()) {
                r = item(tasks, r, t.outcome(), t.lead(), t.achievements());
                for (ItemOutcome ms : s.milestones()) {
                    if (ms.key().taskId() == t.outcome().key().taskId()) {
                        r = item(tasks, r, ms, t.lead(), ms.achievements());
                    }
                }
            }

            XSSFSheet ch = sheet("evaluation.tables.sheet.chapters", new int[] {6, 40, 8, 8, 8, 8, 10, 10, 60},
                    m.get("evaluation.report.column.chapter"), m.get("evaluation.report.column.title"),
                    m.get("evaluation.report.column.tasks"), m.get("evaluation.report.column.done"),
                    m.get("evaluation.report.column.mostlyDone"), m.get("evaluation.report.column.notDone"),
                    m.get("evaluation.report.column.ongoing"), m.get("evaluation.report.column.adjusted"),
                    m.get("evaluation.report.column.leads"));
            r = 1;
            for (EvaluationSummary.ChapterCount c : s.chapters()) {
                Row row = ch.createRow(r++);
                text(row, 0, String.valueOf(c.number()));
                text(row, 1, c.title());
                number(row, 2, c.total());
                int col = 3;
                for (FinalOutcome f : FinalOutcome.values()) {
                    number(row, col++, c.counts().get(f));
                }
                text(row, 8, String.join("、", c.leads()));
            }
            Row total = ch.createRow(r);
            text(total, 0, m.get("evaluation.report.column.total"));
            text(total, 1, "");
            number(total, 2, s.tasks().size());
            int col = 3;
            for (FinalOutcome f : FinalOutcome.values()) {
                number(total, col++, s.byOutcome().get(f));
            }

            XSSFSheet carry = sheet("evaluation.tables.sheet.carryOver", new int[] {10, 50, 18, 18, 20},
                    m.get("evaluation.report.column.code"), m.get("evaluation.report.column.task"),
                    m.get("evaluation.report.column.lead"), m.get("evaluation.report.column.outcome"),
                    m.get("evaluation.report.column.successor"));
            r = 1;
            for (EvaluationSummary.Task t : s.carriedOver()) {
                row(carry, r++, t.code(), t.outcome().title(), t.lead() == null ? "" : t.lead(),
                        m.get(t.outcome().outcome().messageKey()), successors.of(t.outcome().key())
                                .map(x -> m.get("evaluation.report.successor", x)).orElse(m.get("evaluation.report.successor.pending")));
            }
        }

        private int item(XSSFSheet sheet, int r, ItemOutcome o, String lead, String achievements) {
            Row row = sheet.createRow(r);
            text(row, 0, o.label());
            text(row, 1, o.title() == null ? "" : o.title());
            text(row, 2, lead == null ? "" : lead);
            text(row, 3, o.outcome() == null ? "" : m.get(o.outcome().messageKey()));
            Cell d = row.createCell(4);
            d.setCellStyle(date);
            if (o.doneOn() != null) {
                d.setCellValue(o.doneOn());
            }
            text(row, 5, o.state() == null ? "" : m.get(switch (o.state()) {
                case PROPOSED -> "evaluation.tables.state.proposed";
                case SUBMITTED -> "evaluation.tables.state.submitted";
                case CONFIRMED -> "evaluation.tables.state.confirmed";
            }));
            text(row, 6, achievements);
            text(row, 7, !o.shortfall().isEmpty() ? o.shortfall() : o.note());
            text(row, 8, String.join("、", o.evidence()));
            return r + 1;
        }

        private XSSFSheet sheet(String nameKey, int[] widths, String... headers) {
            XSSFSheet sheet = wb.createSheet(m.get(nameKey));
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(head);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            // printed as a manager prints it: A4 landscape, every column on the page, the header on each
            PageSetup.landscapeOnePageWide(sheet, PrintSetup.A4_PAPERSIZE);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            return sheet;
        }

        private void row(XSSFSheet sheet, int r, String... values) {
            Row row = sheet.createRow(r);
            for (int i = 0; i < values.length; i++) {
                text(row, i, values[i]);
            }
        }

        private void text(Row row, int col, String value) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(body);
        }

        private void number(Row row, int col, int value) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(body);
        }

        private CellStyle style(boolean bold) {
            CellStyle s = wb.createCellStyle();
            Font f = wb.createFont();
            f.setFontName(TableExport.FONT);
            f.setFontHeightInPoints((short) 10);
            f.setBold(bold);
            s.setFont(f);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setAlignment(bold ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
