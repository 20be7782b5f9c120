package org.planledger.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Rollup;
import org.planledger.store.Ledger;

/**
 * The status summary workbook (issue 6): 总览 (one printed page), 台账 (the official columns,
 * chapter and section rows as merged headings, light cells in the light's colour, A3 landscape),
 * 按部门, 逾期清单 and 指标. Every number comes from {@link Rollup} and {@link Percent}, so it
 * agrees with the app and the command line to the digit. The figures are {@link SummaryFigures}'s,
 * the cells {@link SummaryWorkbook}'s, written with POI's streaming workbook (SXSSF) into a
 * temporary file moved over the target only when complete. Neither the items' texts nor the
 * written rows stay in memory: the texts pass from the ledger's cursors to a temporary file
 * ({@link LineTexts}) and from there, row by row, into the sheets.
 */
public final class SummaryExporter {

    /** A font every Chinese office PC has, set on every style (Excel, WPS and LibreOffice alike). */
    public static final String FONT = "宋体";
    public static final String DATE_FORMAT_ZH = "yyyy\"年\"m\"月\"d\"日\"";
    public static final String DATE_FORMAT_EN = "yyyy-mm-dd";
    /** The app's light colours. */
    static final Map<Light, String> COLOURS = Map.of(Light.RED, "D23B2A", Light.YELLOW, "E0A100",
            Light.GREEN, "2E9A4B", Light.GREY, "98A1A9");

    private final Ledger ledger;
    private final Clock clock;

    public SummaryExporter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public ExportResult write(SummaryOptions options, Path target, ExportProgress progress) {
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        Messages m = options.english() ? Messages.forLanguage("en") : Messages.chinese();
        try (SummaryFigures figures = SummaryFigures.read(ledger, clock, options, m.collator(),
                () -> SummaryWorkbook.checkCancelled(p, target))) {
            SummaryWorkbook.checkCancelled(p, target);
            SummaryWorkbook job = new SummaryWorkbook(figures, m, p, target);
            long bytes = SummaryTarget.write(target, out -> {
                try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                    try {
                        job.build(wb);
                        wb.write(out);
                    } finally {
                        wb.dispose();
                    }
                }
            });
            return new ExportResult(target.toAbsolutePath().normalize(), job.sheets, job.rows, bytes);
        }
    }
}
