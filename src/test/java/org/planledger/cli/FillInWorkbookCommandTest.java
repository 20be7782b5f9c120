package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/**
 * The fill-in workbook (填报表) through the command line, as the manager meets it: {@code package
 * workbook} issues it, the department fills it in a spreadsheet program (here: POI, finding the
 * columns by their headings as a person would), {@code report import} brings it back. Altered
 * locked cells, a request without progress, progress on a 未启动 task and the same workbook saved
 * again by another program, each judged by what the manager sees: exit code, row numbers, status.
 * The manager's ledger is a file or a team ledger.
 */
@BothBackends
class FillInWorkbookCommandTest {

    private static final String DEPARTMENT = "生态环境分局";
    private static final List<String> TABLES = List.of("progress_entry", "evidence", "status_event", "exchange_batch",
            "exchange_origin");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String master;
    private Path issued;

    @BeforeEach
    void issued() throws Exception {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        master = seeded.argument();
        issued = dir.resolve("填报表.xlsx");
        CliRun run = CliRun.of("package", "workbook", "--department", DEPARTMENT, "--out", issued, "--ledger", master);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
    }

    @Test
    void aChangedLockedCellRefusesItsRowSayingWhatChangedAndTheRestMerges() throws Exception {
        List<Integer> shown = new ArrayList<>();
        LocalDate[] due = new LocalDate[1];
        Path filled = fill("改了截止日期.xlsx", sheet -> {
            Row task = row(sheet, "5.3.6", "");
            due[0] = DateUtil.getLocalDateTime(cell(task, "截止日期").getNumericCellValue()).toLocalDate();
            cell(task, "进展情况").setCellValue("已完成源头替代摸底");
            cell(task, "截止日期").setCellValue(LocalDate.of(2027, 6, 30));
            Row other = otherRow(sheet, 0);
            cell(other, "进展情况").setCellValue("正常填写的一行");
            Row third = otherRow(sheet, 1);
            cell(third, "任务/里程碑内容").setCellValue("改写后的任务内容");
            Row fourth = otherRow(sheet, 2);
            cell(fourth, "进展情况").setCellValue("校验码被覆盖的一行");
            cell(fourth, "校验码").setCellValue("0");
            shown.addAll(List.of(task.getRowNum() + 1, other.getRowNum() + 1, third.getRowNum() + 1,
                    fourth.getRowNum() + 1));
        });

        CliRun run = CliRun.of("report", "import", filled, "--ledger", master);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.out().contains("第" + shown.get(0) + "行：锁定的单元格被改动（截止日期由“" + words(due[0])
                + "”改为“2027年6月30日”），该行未导入"), run::toString);
        assertTrue(run.out().contains("第" + shown.get(2) + "行：锁定的单元格被改动（任务/里程碑内容由“"), run::toString);
        assertTrue(run.out().contains("改为“改写后的任务内容”"), run::toString);
        assertTrue(run.out().contains("第" + shown.get(3) + "行：任务编号、里程碑年份、校验码等锁定的单元格与下发时不一致"),
                run::toString);
        assertTrue(run.out().contains("1 行已合并，0 行此前已合并，3 行拒收"), run::toString);
        assertFalse(run.out().contains("未作任何改动"), "the rest of the file was merged: " + run);
        assertEquals(List.of("正常填写的一行"), seeded.strings("SELECT progress FROM progress_entry"));
    }

    @Test
    void progressFromAWorkbookStartsA未启动ItemAsReportAddDoes() throws Exception {
        String[] otherCode = new String[1];
        Path filled = fill("里程碑进展.xlsx", sheet -> {
            Row milestone = firstMilestoneRow(sheet, "5.3.6");
            cell(milestone, "进展情况").setCellValue("2022年目标已完成一半");
            otherCode[0] = cell(otherRow(sheet, 0), "任务编号").getStringCellValue();
        });
        CliRun add = CliRun.of("report", "add", "--ledger", master, "--task", otherCode[0], "--department", DEPARTMENT,
                "--period", "2026-10", "--progress", "在账里直接填写");
        assertEquals(ExitCodes.OK, add.code(), add::toString);
        assertEquals("IN_PROGRESS", seeded.strings("SELECT status FROM task WHERE code = '" + otherCode[0] + "'").get(0));
        assertEquals(List.of("NOT_STARTED"), seeded.strings("SELECT status FROM task WHERE code = '5.3.6'"));

        CliRun run = CliRun.of("report", "import", filled, "--ledger", master);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.out().contains("2 项未启动的任务或里程碑有了进展，改为推进中"), run::toString);
        assertEquals(List.of("IN_PROGRESS"), seeded.strings("SELECT status FROM task WHERE code = '5.3.6'"),
                "progress on its milestone starts the task, as report add does");
        assertEquals(List.of("IN_PROGRESS|2026-11-29"), seeded.strings("SELECT m.status || '|' || e.effective_on "
                + "FROM milestone m JOIN task t ON t.id = m.task_id JOIN status_event e ON e.milestone_id = m.id "
                + "WHERE t.code = '5.3.6'"), "and the milestone itself, on the day the progress came in");
    }

    @Test
    void aCloseOutRequestWithoutProgressIsRefusedWithItsRowNumber() throws Exception {
        int[] shown = new int[1];
        Path filled = fill("只申请销号.xlsx", sheet -> {
            Row task = row(sheet, "5.3.6", "");
            cell(task, "申请销号").setCellValue("是");
            shown[0] = task.getRowNum() + 1;
            cell(otherRow(sheet, 0), "进展情况").setCellValue("正常填写的一行");
        });

        CliRun run = CliRun.of("report", "import", filled, "--ledger", master);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.out().contains("拒收 填报行 5.3.6：第" + shown[0] + "行：没有填写进展情况，该行未导入"), run::toString);
        assertTrue(run.out().contains("1 行已合并，0 行此前已合并，1 行拒收"), run::toString);
        assertFalse(run.out().contains("未作任何改动"), run::toString);
        assertEquals(List.of("NOT_STARTED"), seeded.strings("SELECT status FROM task WHERE code = '5.3.6'"));
        assertEquals(0, seeded.count("SELECT count(*) FROM status_event WHERE status = 'CLOSE_OUT_REQUESTED'"));
    }

    @Test
    void theSameWorkbookSavedAgainByAnotherProgramBringsNothingNew() throws Exception {
        Path filled = fill("已填写.xlsx", sheet -> {
            Row task = row(sheet, "5.3.6", "");
            cell(task, "进展情况").setCellValue("已完成源头替代");
            cell(task, "完成百分比").setCellValue(100);
            cell(task, "申请销号").setCellValue("是");
            cell(otherRow(sheet, 0), "进展情况").setCellValue("推进中");
        });
        CliRun first = CliRun.of("report", "import", filled, "--ledger", master);
        assertEquals(ExitCodes.OK, first.code(), first::toString);
        assertTrue(first.lines().get(0).endsWith("已合并"), first::toString);
        List<Long> after = seeded.rows(TABLES);

        Path resaved = savedAgain(filled, "已填写-另存.xlsx");
        assertFalse(Arrays.equals(Files.readAllBytes(filled), Files.readAllBytes(resaved)), "other bytes");
        CliRun dry = CliRun.of("report", "import", resaved, "--dry-run", "--ledger", master);
        CliRun again = CliRun.of("report", "import", resaved, "--ledger", master);

        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        assertTrue(dry.lines().get(0).endsWith("没有新内容"), dry::toString);
        assertEquals(ExitCodes.OK, again.code(), again::toString);
        assertTrue(again.lines().get(0).endsWith("没有新内容"), again::toString);
        assertEquals(after, seeded.rows(TABLES), "nothing was added");
    }

    /** The same with LibreOffice itself, where it is installed (soffice on the PATH). */
    @Test
    void theSameWorkbookSavedAgainByLibreOfficeBringsNothingNew() throws Exception {
        Path soffice = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
        // about what LibreOffice's save does to the workbook, not where the ledger lives: once is enough
        Assumptions.assumeFalse(seeded.isTeam(), "the save by another program runs on both backends");
        Path filled = fill("已填写.xlsx", sheet -> {
            Row task = row(sheet, "5.3.6", "");
            cell(task, "进展情况").setCellValue("已完成源头替代\n第二行");
            cell(task, "完成百分比").setCellValue(100);
            cell(task, "申请销号").setCellValue("是");
            cell(firstMilestoneRow(sheet, "5.3.6"), "进展情况").setCellValue("里程碑推进中");
        });
        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "xlsx", "--outdir", out.toString(), filled.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "LibreOffice finished");
        Path resaved = out.resolve(filled.getFileName());
        assertTrue(Files.isRegularFile(resaved), () -> "LibreOffice saved nothing: " + read(dir.resolve("soffice.log")));
        CliRun saved = CliRun.of("report", "import", resaved, "--dry-run", "--ledger", master);
        assertEquals(ExitCodes.OK, saved.code(), saved::toString);
        assertTrue(saved.out().contains("2 行已合并，0 行此前已合并，0 行拒收"), "LibreOffice's save alters no locked cell: "
                + saved);

        CliRun first = CliRun.of("report", "import", filled, "--ledger", master);
        assertEquals(ExitCodes.OK, first.code(), first::toString);
        List<Long> after = seeded.rows(TABLES);
        CliRun again = CliRun.of("report", "import", resaved, "--ledger", master);

        assertEquals(ExitCodes.OK, again.code(), again::toString);
        assertTrue(again.lines().get(0).endsWith("没有新内容"), again::toString);
        assertEquals(after, seeded.rows(TABLES), "nothing was added");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    // ---- the department's side ----

    private Path fill(String name, Consumer<XSSFSheet> edit) throws IOException {
        Path filled = dir.resolve(name);
        try (XSSFWorkbook wb = open(issued); OutputStream o = Files.newOutputStream(filled)) {
            edit.accept(wb.getSheetAt(0));
            wb.write(o);
        }
        return filled;
    }

    /**
     * The workbook as another spreadsheet program saves it: every cell written anew, the fonts and
     * column widths of its own, the document properties dropped.
     */
    private static Path savedAgain(Path file, String name) throws IOException {
        Path out = file.resolveSibling(name);
        try (XSSFWorkbook wb = open(file); OutputStream o = Files.newOutputStream(out)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        switch (c.getCellType()) {
                            case STRING -> c.setCellValue(c.getStringCellValue());
                            case NUMERIC -> c.setCellValue(c.getNumericCellValue());
                            default -> { }
                        }
                    }
                }
                for (int col = 0; col < 14; col++) {
                    sheet.setColumnWidth(col, sheet.getColumnWidth(col) + 100);
                }
            }
            for (int i = 0; i < wb.getNumCellStyles(); i++) {
                XSSFCellStyle style = wb.getCellStyleAt(i);
                XSSFFont font = wb.createFont();
                font.setFontName("Liberation Sans");
                font.setFontHeightInPoints((short) 10);
                style.setFont(font);
            }
            wb.getProperties().getCoreProperties().setCreator("LibreOffice");
            wb.getProperties().getExtendedProperties().setApplication("LibreOffice/7.6");
            wb.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
            wb.write(o);
        }
        return out;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The cell under the heading, as a person finds it. */
    private static Cell cell(Row row, String heading) {
        Row head = row.getSheet().getRow(2);
        for (Cell h : head) {
            if (heading.equals(h.getStringCellValue())) {
                Cell c = row.getCell(h.getColumnIndex());
                return c != null ? c : row.createCell(h.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + heading);
    }

    private static String year(Row row) {
        Cell y = cell(row, "里程碑年份");
        return y.getCellType() == CellType.NUMERIC ? String.valueOf((long) y.getNumericCellValue()) : y.getStringCellValue();
    }

    private static Row row(XSSFSheet sheet, String code, String year) {
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (code.equals(cell(row, "任务编号").getStringCellValue()) && year.equals(year(row))) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " " + year);
    }

    private static Row firstMilestoneRow(XSSFSheet sheet, String code) {
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (code.equals(cell(row, "任务编号").getStringCellValue()) && !year(row).isEmpty()) {
                return row;
            }
        }
        throw new AssertionError("no milestone of " + code);
    }

    /** The n-th task row (not a milestone) of a task other than 5.3.6. */
    private static Row otherRow(XSSFSheet sheet, int n) {
        int seen = 0;
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (!"5.3.6".equals(cell(row, "任务编号").getStringCellValue()) && year(row).isEmpty() && seen++ == n) {
                return row;
            }
        }
        throw new AssertionError("the department holds too few tasks");
    }

    private static String words(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
