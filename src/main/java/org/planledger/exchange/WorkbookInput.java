package org.planledger.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planledger.i18n.Text;
import org.planledger.office.OfficeLimits;
import org.planledger.store.progress.EvidenceFile;

/**
 * Reading a workbook a department sends back (填报表, 终期评估填报表): its bytes, no more than an
 * evidence file may hold, the workbook under the office limits, and its hidden sheet of names and
 * values; each failure worded with the file's name.
 */
final class WorkbookInput {

    private WorkbookInput() {
    }

    static byte[] bytes(FillInWorkbookReader.Source source, Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(Text.of("exchange.error.fileMissing", file.toString()));
        }
        try (InputStream in = source.open(file)) {
            byte[] bytes = in.readNBytes((int) EvidenceFile.MAX_BYTES + 1);
            if (bytes.length > EvidenceFile.MAX_BYTES) {
                throw new ExchangeException(Text.of("exchange.workbook.error.tooLarge", name));
            }
            return bytes;
        } catch (IOException e) {
            throw new ExchangeException(Text.of("exchange.error.unreadable", name, String.valueOf(e.getMessage())), e);
        }
    }

    static XSSFWorkbook open(byte[] bytes, String name) {
        try {
            OfficeLimits.apply();
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(Text.of("exchange.workbook.error.unreadable", name), e);
        }
    }

    /** The hidden sheet's name → value pairs (empty when there is no such sheet after the first). */
    static Map<String, String> meta(XSSFWorkbook wb, String sheetName) {
        Sheet sheet = wb.getSheet(sheetName);
        Map<String, String> meta = new HashMap<>();
        if (sheet != null && wb.getSheetIndex(sheet) > 0) {
            for (Row row : sheet) {
                Cell k = row.getCell(0);
                Cell v = row.getCell(1);
                if (k != null && v != null && k.getCellType() == CellType.STRING && v.getCellType() == CellType.STRING) {
                    meta.put(k.getStringCellValue(), v.getStringCellValue());
                }
            }
        }
        return meta;
    }
}
