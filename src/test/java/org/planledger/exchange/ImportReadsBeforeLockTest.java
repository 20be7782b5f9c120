package org.planledger.exchange;

import org.planledger.testing.TestLedger;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.count;
import static org.planledger.exchange.ExchangeFixture.lead;
import static org.planledger.exchange.FillInWorkbookExporter.CODE;
import static org.planledger.exchange.FillInWorkbookExporter.FIRST_ROW;
import static org.planledger.exchange.FillInWorkbookExporter.PROGRESS;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;

/**
 * A report import reads its files before it takes the ledger: while a report is held halfway
 * through being read, the window's reads on the same open ledger go on, and another connection
 * may even write (the ledger's write lock is free); the merge then completes.
 */
@BothBackends
class ImportReadsBeforeLockTest {

    @Parameter
    Backend backend;

    /** How long a step that should be immediate may take before the test calls it blocked. */
    private static final long BLOCKED_SECONDS = 60;

    @TempDir
    Path dir;
    private TestLedger file;
    private Ledger master;

    @BeforeEach
    void open() {
        file = ExchangeFixture.master(backend, dir, "master.planledger");
        master = file.open();
    }

    @AfterEach
    void close() {
        master.close();
    }

    /** A stream that, at its first read, says it is being read and waits to be let go. */
    private static final class Held extends FilterInputStream {
        private final CountDownLatch reading;
        private final CountDownLatch letGo;

        Held(InputStream in, CountDownLatch reading, CountDownLatch letGo) {
            super(in);
            this.reading = reading;
            this.letGo = letGo;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (reading.getCount() > 0) {
                reading.countDown();
                try {
                    letGo.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            return super.read(b, off, len);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }

    @Test
    void whileAReportIsReadTheLedgerCanBeReadAndWritten() throws Exception {
        long department = lead(master, "5.3.6");
        Path issued = new FillInWorkbookExporter(master, CLOCK).export(department, Files.createDirectories(dir.resolve("out")),
                Messages.chinese()).file();
        Path filled = fill(issued);
        long entriesBefore = count(master, "SELECT count(*) FROM progress_entry");

        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        ReportImporter importer = new ReportImporter(master, CLOCK,
                p -> new Held(Files.newInputStream(p), reading, letGo));
        CompletableFuture<ReportImport> merge = CompletableFuture.supplyAsync(() -> importer.merge(List.of(filled)));
        try {
            assertTrue(reading.await(BLOCKED_SECONDS, TimeUnit.SECONDS), "the import reads the workbook");

            CompletableFuture<Integer> windowRead = CompletableFuture.supplyAsync(() ->
                    master.read(c -> Sql.count(c, "SELECT count(*) FROM task")));
            assertTrue(windowRead.get(BLOCKED_SECONDS, TimeUnit.SECONDS) > 0,
                    "the window reads the open ledger while the file is read");
            try (Ledger other = file.open()) {
                int tasks = other.inTransaction(c -> Sql.count(c, "SELECT count(*) FROM task"));
                assertTrue(tasks > 0, "another connection takes the write lock while the file is read");
            }
            assertTrue(!merge.isDone(), "the merge still waits for its file");
        } finally {
            letGo.countDown();
        }
        ReportImport result = merge.get(BLOCKED_SECONDS, TimeUnit.SECONDS);
        assertEquals(ReportImport.Verdict.MERGED, result.files().get(0).verdict(), () -> String.valueOf(
                result.files().get(0).problem()));
        assertEquals(entriesBefore + 1, count(master, "SELECT count(*) FROM progress_entry"));
    }

    /** The department writes progress on 5.3.6 in the workbook, as Excel would. */
    private static Path fill(Path issued) throws IOException {
        Path filled = issued.resolveSibling("filled.xlsx");
        try (InputStream in = Files.newInputStream(issued); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(filled)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if ("5.3.6".equals(row.getCell(CODE).getStringCellValue())) {
                    row.getCell(PROGRESS).setCellValue("已完成源头替代摸底");
                    break;
                }
            }
            wb.write(out);
        }
        return filled;
    }
}
