package org.planledger.export;

import java.nio.file.Path;
import java.util.List;

/** A workbook written: where, its sheets in order, the data rows written (all sheets), its size. */
public record ExportResult(Path file, List<String> sheets, int rows, long bytes) {

    public ExportResult {
        sheets = List.copyOf(sheets);
    }
}
