package org.planledger.ui.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.ReportingGrid;

/** 报送's cells: a department that sent nothing reads 未报 14, never 已报 0/14. */
class CellWordsTest {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final ReportingPeriod OCTOBER = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 10, 1));
    private static final LocalDate DUE = LocalDate.of(2026, 11, 5);

    private static ReportingGrid.Cell cell(int owed, int reported, int late) {
        return new ReportingGrid.Cell(OCTOBER, DUE, owed, reported, late, List.of());
    }

    @Test
    void nothingSentSaysHowManyAreMissingAllSentSaysComplete() {
        assertEquals("未报 14", CellWords.text(ZH, cell(14, 0, 0), true));
        assertEquals("已报 3/5", CellWords.text(ZH, cell(5, 3, 0), true));
        assertEquals("已报 3/5 迟1", CellWords.text(ZH, cell(5, 3, 1), true));
        assertEquals("已报齐 14", CellWords.text(ZH, cell(14, 14, 0), true));
        assertEquals("—", CellWords.text(ZH, cell(0, 0, 0), true));
        assertEquals("14 missing", CellWords.text(Messages.forLanguage("en"), cell(14, 0, 0), true));
    }
}
