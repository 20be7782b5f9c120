package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;

/** {@code export summary}: a readable workbook; bad input exits 2 and writes nothing; on both backends. */
@BothBackends
class ExportCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void writesAReadableWorkbook() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        Path out = dir.resolve("x.xlsx");
        CliRun run = CliRun.of("export", "summary", "--out", out, "--ledger", ledger);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.out().contains("台账"), run::toString);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("总览", wb.getSheetName(0));
            assertEquals("序号", wb.getSheet("台账").getRow(2).getCell(0).getStringCellValue());
        }
        CliRun en = CliRun.of("--lang", "en", "export", "summary", "--out", dir.resolve("en.xlsx"), "--ledger", ledger,
                "--per-department-sheets", "--as-of", "2024-06-30");
        assertEquals(ExitCodes.OK, en.code(), en::toString);
        assertTrue(en.out().contains("Overview"), en::toString);
    }

    @Test
    void aBadDepartmentOrTargetExitsTwo() {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        Path out = dir.resolve("y.xlsx");
        CliRun run = CliRun.of("export", "summary", "--out", out, "--ledger", ledger, "--department", "没有这个部门");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains("没有这个部门"), run::toString);
        assertFalse(Files.exists(out));
        CliRun folder = CliRun.of("export", "summary", "--out", dir, "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, folder.code(), folder::toString);
        CliRun chapter = CliRun.of("export", "summary", "--out", out, "--ledger", ledger, "--chapter", "99");
        assertEquals(ExitCodes.BAD_INPUT, chapter.code(), chapter::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void theLedgerDetailIsChosenOnTheCommandLine() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        Path out = dir.resolve("compact.xlsx");
        CliRun run = CliRun.of("export", "summary", "--out", out, "--ledger", ledger, "--ledger-detail", "compact",
                "--by-department-detail", "FULL");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(CellType.BLANK, taskRow(wb.getSheet("台账")).getCell(3).getCellType(), "台账 without measures");
            assertEquals(CellType.STRING, taskRow(wb.getSheet("按部门")).getCell(3).getCellType(), "按部门 with them");
        }
        CliRun bad = CliRun.of("export", "summary", "--out", dir.resolve("bad.xlsx"), "--ledger", ledger,
                "--ledger-detail", "short");
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("--ledger-detail") && bad.err().contains("compact") && bad.err().contains("short"),
                bad::toString);
        assertFalse(Files.exists(dir.resolve("bad.xlsx")));
    }

    private static Row taskRow(Sheet sheet) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.NUMERIC) {
                return r;
            }
        }
        throw new AssertionError("no task row in " + sheet.getSheetName());
    }
}
