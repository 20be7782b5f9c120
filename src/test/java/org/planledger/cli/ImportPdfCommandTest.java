package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.planimport.PlanPdfs;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * {@code import} with a PDF: a text PDF is previewed and imported like the .docx; a scan, a
 * locked or a damaged PDF is refused in words and not a byte of the ledger changes.
 */
class ImportPdfCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTextPdfIsPreviewedWithTheReadersDecisionsThenImported() throws Exception {
        byte[] pdf = PlanPdfs.laidOutByPdfBox().orElse(null);
        Assumptions.assumeTrue(pdf != null, "no TrueType CJK font (fonts-wqy-microhei) to lay the plan out with");
        Path file = Files.write(dir.resolve("天桥区十四五生态环境保护规划.pdf"), pdf);
        Path ledger = dir.resolve("new.planledger");

        CliRun preview = CliRun.of("import", file, "--ledger", ledger, "--dry-run");

        assertEquals(ExitCodes.OK, preview.code(), preview::toString);
        assertTrue(preview.lines().contains("导入预览：天桥区十四五生态环境保护规划.pdf（PDF（从页面版式重建段落））"), preview::toString);
        assertTrue(preview.lines().stream().anyMatch(l -> l.matches("任务\\s+129 项.*")), preview::toString);
        assertTrue(preview.out().contains("处页码（如“— 1 —”）"), preview::toString);
        assertTrue(preview.out().contains("页上重复出现的页眉或页脚“济南市天桥区“十四五”生态环境保护规划”"), preview::toString);

        CliRun run = CliRun.of("import", file, "--ledger", ledger);

        assertEquals(ExitCodes.OK, run.code(), run::toString);
        assertTrue(run.lines().contains("新增任务 129 项，更新 0 项，撤销 0 项。"), run::toString);
        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            assertEquals(1, l.plans().stats(0).plans());
        }
    }

    @Test
    void refusedPdfsLeaveTheLedgerAsItWas() throws Exception {
        Path ledger = CliRun.seededLedger(dir);
        byte[] before = Files.readAllBytes(ledger);
        List<Path> filesBefore = files();
        record Refusal(String name, byte[] bytes, String words) {
        }
        List<Refusal> refusals = List.of(
                new Refusal("扫描件.pdf", PlanPdfs.scanned(), "是扫描件，没有文字层"),
                new Refusal("加密.pdf", PlanPdfs.locked(), "设有打开密码"),
                new Refusal("下载中断.pdf", PlanPdfs.cut(), "已损坏或不完整"));
        for (Refusal refusal : refusals) {
            Path file = Files.write(dir.resolve(refusal.name()), refusal.bytes());

            CliRun run = CliRun.of("import", file, "--ledger", ledger);

            assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
            assertTrue(run.err().contains("PDF“" + refusal.name() + "”") && run.err().contains(refusal.words()), run::toString);
            assertEquals("", run.out());
            Files.delete(file);
        }
        assertArrayEquals(before, Files.readAllBytes(ledger), "not a byte of the ledger changed");
        assertEquals(filesBefore, files(), "no backup was made either");
    }

    /** The files in the folder, the writers' lock file aside (it is there for every writing command). */
    private List<Path> files() throws java.io.IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
    }
}
