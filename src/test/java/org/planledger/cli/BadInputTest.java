package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;

/**
 * Bad documents and bad ledgers: a clear message on stderr, a non-zero exit, nothing changed; on a
 * ledger file and a team ledger (a file that is no ledger, and one not yet there, are a file's).
 */
@BothBackends
class BadInputTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private TestLedger seeded;
    private String ledger;
    private byte[] ledgerBytes;
    private String ledgerRows;

    @BeforeEach
    void ledgerWithTheShippedPlan() throws Exception {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        ledger = seeded.argument();
        ledgerBytes = seeded.isTeam() ? null : Files.readAllBytes(seeded.file());
        ledgerRows = seeded.digest();
    }

    private void fileOnly(String why) {
        Assumptions.assumeFalse(seeded.isTeam(), why);
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("空白规划.txt"));

        CliRun run = CliRun.of("import", empty, "--ledger", ledger);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertEquals("文件“空白规划.txt”是空的，没有可导入的内容。", run.err().strip());
        assertEquals(Messages.chinese().format(Text.of("import.error.empty", "空白规划.txt")), run.err().strip());
        assertEquals("", run.out());
        assertUnchanged();
    }

    @Test
    void binaryFile() throws Exception {
        Path binary = noiseFile();

        CliRun run = CliRun.of("import", binary, "--ledger", ledger);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertEquals("文件“plan.bin”不是文本文件，也不是 Word 文档（.docx/.doc）或 PDF，无法作为规划导入。", run.err().strip());
        assertUnchanged();
    }

    @Test
    void binaryFileInEnglish() throws Exception {
        Path binary = noiseFile();

        CliRun run = CliRun.of("import", binary, "--ledger", ledger, "--lang", "en");

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertEquals(Messages.forLanguage("en").format(Text.of("import.error.binary", "plan.bin")), run.err().strip());
        assertUnchanged();
    }

    @Test
    void badFileNeverCreatesALedger() throws Exception {
        fileOnly("about creating a ledger file");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path fresh = dir.resolve("fresh.planledger");

        CliRun run = CliRun.of("import", empty, "--ledger", fresh);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertFalse(Files.exists(fresh));
    }

    @Test
    void missingFile() {
        CliRun run = CliRun.of("import", dir.resolve("nothere.txt"), "--ledger", ledger);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains("找不到文件"), run::toString);
        assertTrue(run.err().contains("nothere.txt"), run::toString);
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedAndLeftAlone() throws Exception {
        fileOnly("about a file that is no ledger");
        Path notLedger = Files.writeString(dir.resolve("notes.txt"), "这不是台账\n", StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(notLedger);
        String message = Messages.chinese().format(Text.of("store.error.notLedger", "notes.txt"));

        for (String command : new String[] {"plans", "stats"}) {
            CliRun run = CliRun.of(command, "--ledger", notLedger);
            assertEquals(ExitCodes.LEDGER, run.code(), run::toString);
            assertEquals(message, run.err().strip());
            assertEquals("", run.out());
        }
        CliRun imported = CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", notLedger);
        assertEquals(ExitCodes.LEDGER, imported.code(), imported::toString);
        assertTrue(imported.err().contains(message), imported::toString);

        assertArrayEquals(bytes, Files.readAllBytes(notLedger));
        assertFalse(Files.exists(dir.resolve("notes.txt-wal")));
    }

    @Test
    void unknownOptionAndLanguage() {
        CliRun option = CliRun.of("stats", "--ledger", ledger, "--bogus");
        assertEquals(ExitCodes.BAD_INPUT, option.code(), option::toString);
        assertTrue(option.err().startsWith("命令有误："), option::toString);
        assertTrue(option.err().contains("planledger stats --help"), option::toString);

        CliRun lang = CliRun.of("stats", "--ledger", ledger, "--lang", "fr");
        assertEquals(ExitCodes.BAD_INPUT, lang.code(), lang::toString);
        assertTrue(lang.err().contains("不支持的语言“fr”"), lang::toString);
    }

    @Test
    void noSuchPlan() throws Exception {
        CliRun run = CliRun.of("stats", "--plan", 99, "--ledger", ledger);

        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertTrue(run.err().contains("没有编号为 99 的规划"), run::toString);
    }

    /** Four kilobytes of noise starting with a NUL byte: no text, no Word document. */
    private Path noiseFile() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0;
        return Files.write(dir.resolve("plan.bin"), noise);
    }

    private void assertUnchanged() throws Exception {
        if (!seeded.isTeam()) {
            assertArrayEquals(ledgerBytes, Files.readAllBytes(seeded.file()), "the ledger file changed");
        }
        assertEquals(ledgerRows, seeded.digest(), "a row of the ledger changed");
        assertEquals(129, ImportCommandTest.stats(seeded).tasks());
    }
}
