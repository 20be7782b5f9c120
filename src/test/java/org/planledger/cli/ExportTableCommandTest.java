package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;

/** {@code export table}: the deadlines as a workbook with date cells or as CSV with a BOM; a bad view exits 2; on both backends. */
@BothBackends
class ExportTableCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void deadlinesAsAWorkbookWithDateCells() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        Path out = dir.resolve("due.xlsx");
        CliRun run = CliRun.of("export", "table", "--view", "deadlines", "--out", out, "--ledger", ledger);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.out().contains("163 行"), run::toString);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            assertEquals("期限", wb.getSheetName(0));
            assertEquals("灯色", sh.getRow(0).getCell(0).getStringCellValue());
            assertEquals(163, sh.getLastRowNum());
            Row first = sh.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(4)));
        }
    }

    @Test
    void csvStartsWithTheBomAndEveryViewWrites() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        Path out = dir.resolve("due.csv");
        CliRun run = CliRun.of("export", "table", "--view", "deadlines", "--out", out, "--ledger", ledger);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF灯色,编号,内容"), text.substring(0, Math.min(40, text.length())));
        for (String view : ExportTableCommand.VIEWS) {
            Path x = dir.resolve(view + ".xlsx");
            CliRun v = CliRun.of("--lang", "en", "export", "table", "--view", view, "--out", x, "--ledger", ledger);
            assertEquals(ExitCodes.OK, v.code(), v::toString);
            assertTrue(Files.size(x) > 0);
        }
    }

    @Test
    void aBadViewOrExtensionExitsTwo() {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        Path out = dir.resolve("x.xlsx");
        CliRun run = CliRun.of("export", "table", "--view", "nonsense", "--out", out, "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains("nonsense"), run::toString);
        assertFalse(Files.exists(out));
        CliRun ext = CliRun.of("export", "table", "--view", "deadlines", "--out", dir.resolve("x.txt"), "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, ext.code(), ext::toString);
    }
}
