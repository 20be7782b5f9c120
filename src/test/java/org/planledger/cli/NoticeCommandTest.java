package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * {@code notice issue | list | receipt | settings}: a 督办单 issued, registered and signed for from the
 * command line, on a ledger file and on a team ledger; bad input refused in words with the ledger
 * and the folder left as they were.
 */
class NoticeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path out;
    private String ledger;

    @BeforeEach
    void seeded() throws Exception {
        ledger = CliRun.seededLedger(dir).toString();
        out = Files.createDirectory(dir.resolve("督办单"));
    }

    private CliRun run(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(ledger);
        return CliRun.of(all.toArray());
    }

    private JsonNode register() throws Exception {
        CliRun list = run("notice", "list", "--json");
        assertEquals(ExitCodes.OK, list.code(), list::toString);
        return JSON.readTree(list.out()).get("notices");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDepartmentsRedItemsGetOneNoticeThatIsRegisteredAndSignedFor() throws Exception {
        CliRun issued = run("notice", "issue", "--department", "水务局", "--light", "red", "--out", out);
        assertEquals(ExitCodes.OK, issued.code(), issued::toString);
        assertTrue(issued.out().contains("已出具 天桥环督〔2026〕1号 红色督办单：区水务局"), issued.out());
        assertTrue(issued.out().contains("反馈时限 2026年12月4日"), issued.out());
        assertEquals(List.of("天桥环督〔2026〕1号 红色督办单 区水务局.docx"), files());
        try (InputStream in = Files.newInputStream(out.resolve(files().get(0))); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("天桥环督〔2026〕1号", doc.getParagraphs().get(1).getText());
        }

        JsonNode notices = register();
        assertEquals(1, notices.size());
        JsonNode n = notices.get(0);
        assertEquals("RED", n.get("colour").asText());
        assertEquals("区水务局", n.get("department").asText());
        assertEquals("2026-12-04", n.get("feedbackDue").asText());
        List<String> codes = new ArrayList<>();
        n.get("items").forEach(i -> codes.add(i.get("code").asText()));
        assertTrue(codes.containsAll(List.of("2.2.1", "2.2.2", "2.2.3")), codes.toString());

        CliRun receipt = run("notice", "receipt", "天桥环督〔2026〕1号", "--date", "2026-11-29");
        assertEquals(ExitCodes.OK, receipt.code(), receipt::toString);
        assertTrue(receipt.out().contains("已登记签收：天桥环督〔2026〕1号（区水务局），2026年11月29日 签收"), receipt.out());
        assertEquals("2026-11-29", register().get(0).get("signedOn").asText());
        CliRun twice = run("notice", "receipt", "天桥环督〔2026〕1号", "--date", "2026-11-29");
        assertEquals(ExitCodes.BAD_INPUT, twice.code());
        assertTrue(twice.err().contains("已于 2026年11月29日 签收"), twice.err());

        CliRun table = run("notice", "list");
        assertTrue(table.out().contains("天桥环督〔2026〕1号") && table.out().contains("红色督办单"), table.out());
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsWrittenToTheLedgerOrTheFolder() throws Exception {
        CliRun none = run("notice", "issue", "--department", "水务局", "--items", "3.1.1", "--out", out);
        assertEquals(ExitCodes.BAD_INPUT, none.code(), none::toString);
        assertTrue(none.err().contains("没有选中任何事项"), none.err());

        CliRun light = run("notice", "issue", "--light", "green", "--out", out);
        assertEquals(ExitCodes.BAD_INPUT, light.code());
        assertTrue(light.err().contains("--light 应为 red 或 yellow"), light.err());

        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun folder = run("notice", "issue", "--items", "2.2.1", "--out", notAFolder);
        assertEquals(ExitCodes.BAD_INPUT, folder.code(), folder::toString);
        assertTrue(folder.err().contains("不是文件夹"), folder.err());
        assertEquals(0, register().size());
        assertEquals(List.of(), files());

        assertEquals(ExitCodes.OK, run("notice", "issue", "--items", "2.2.1", "--out", out).code());
        CliRun used = run("notice", "issue", "--items", "2.2.2", "--number", "1", "--out", out);
        assertEquals(ExitCodes.BAD_INPUT, used.code(), used::toString);
        assertTrue(used.err().contains("文号“天桥环督〔2026〕1号”已经使用过"), used.err());
        assertEquals(1, register().size());
        assertEquals(1, files().size());

        CliRun english = run("notice", "issue", "--department", "没有这个局", "--out", out, "--lang", "en");
        assertEquals(ExitCodes.BAD_INPUT, english.code());
        assertTrue(english.err().contains("has no department named \"没有这个局\""), english.err());
    }

    @Test
    void theOfficesSettingsGoOnTheNotices() throws Exception {
        CliRun set = run("notice", "settings", "--contact", "李明", "--phone", "0531-86163276", "--prefix", "天桥环委督");
        assertEquals(ExitCodes.OK, set.code(), set::toString);
        assertTrue(set.out().contains("天桥环委督〔2026〕1号"), set.out());
        assertEquals(ExitCodes.OK, run("notice", "issue", "--items", "2.2.1", "--out", out).code());
        String name = files().get(0);
        assertTrue(name.startsWith("天桥环委督〔2026〕1号"), name);
        try (InputStream in = Files.newInputStream(out.resolve(name)); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains("联系人：李明　　联系电话：0531-86163276"), text);
        }
    }

    @Test
    void aTeamLedgerIssuesAndRegistersTheSame() throws Exception {
        TeamAddress team = TestPostgres.address(TestPostgres.newLedgerDatabase("notice_cli"));
        try (Ledger l = Ledger.openTeam(team, TestClock.get())) {
            LedgerStartup.prepare(l);
        }
        ledger = team.toString();
        CliRun issued = run("notice", "issue", "--items", "2.2.1,2.2.2", "--per-item", "--out", out);
        assertEquals(ExitCodes.OK, issued.code(), issued::toString);
        assertTrue(files().size() >= 2, files().toString());
        assertEquals(files().size(), register().size());
        assertEquals("天桥环督〔2026〕1号", register().get(0).get("number").asText());
        CliRun receipt = run("notice", "receipt", "天桥环督〔2026〕2号", "--date", "2026-11-29");
        assertEquals(ExitCodes.OK, receipt.code(), receipt::toString);
    }

    @Test
    void chaseSaysInWordsWhenNothingIsDueThenRemindsTheNoticeNotAnsweredByItsDeadline() throws Exception {
        CliRun nothing = run("notice", "chase", "--out", out);
        assertEquals(ExitCodes.OK, nothing.code(), nothing::toString);
        assertTrue(nothing.out().contains("截至 2026年11月29日，没有需要催办的督办单"), nothing.out());
        assertEquals(List.of(), files());

        CliRun issued = run("notice", "issue", "--department", "水务局", "--light", "red", "--on", "2026-11-02",
                "--feedback-due", "2026-11-09", "--out", out);
        assertEquals(ExitCodes.OK, issued.code(), issued::toString);
        CliRun dry = run("notice", "chase", "--out", out, "--dry-run");
        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        assertTrue(dry.out().contains("需要催办：天桥环督〔2026〕1号（区水务局，2026年11月2日 出具），反馈时限 2026年11月9日 已过"), dry.out());
        assertEquals(1, files().size(), "a dry run writes nothing");
        assertEquals(1, register().size(), "and registers nothing");

        CliRun chased = run("notice", "chase", "--out", out);
        assertEquals(ExitCodes.OK, chased.code(), chased::toString);
        assertTrue(chased.out().contains("已出具 天桥环督〔2026〕2号 催办通知书：区水务局，催办 天桥环督〔2026〕1号，反馈时限 2026年12月4日"),
                chased.out());
        assertTrue(files().contains("天桥环督〔2026〕2号 催办通知书 区水务局（催天桥环督〔2026〕1号）.docx"), files().toString());
        JsonNode reminder = register().get(1);
        assertEquals("REMINDER", reminder.get("kind").asText());
        assertEquals("天桥环督〔2026〕1号", reminder.get("refersTo").asText());

        CliRun table = run("notice", "list");
        String chasedRow = table.out().lines().filter(l -> l.contains("天桥环督〔2026〕1号") && l.contains("红色督办单"))
                .findFirst().orElseThrow();
        assertTrue(chasedRow.contains("逾期未反馈"), "chased and still unanswered: " + table.out());

        CliRun again = run("notice", "chase", "--out", out);
        assertTrue(again.out().contains("没有需要催办的督办单"), "reminded once: " + again.out());
        assertEquals(2, files().size());
    }

    @Test
    void theOfficesHolidaysMoveTheFeedbackDeadlineOverNationalDay() throws Exception {
        CliRun empty = run("notice", "holidays", "list");
        assertEquals(ExitCodes.OK, empty.code(), empty::toString);
        assertTrue(empty.out().contains("2026 年的放假安排尚未登记"), empty.out());
        CliRun added = run("notice", "holidays", "add", "--official", "2026");
        assertEquals(ExitCodes.OK, added.code(), added::toString);
        assertTrue(added.out().contains("放假 33 天，调休上班 6 天"), added.out());
        CliRun weekday = run("notice", "holidays", "add", "2026-10-12", "--workday");
        assertEquals(ExitCodes.BAD_INPUT, weekday.code());
        assertTrue(weekday.err().contains("调休上班日只能是周六或周日"), weekday.err());
        CliRun listed = run("notice", "holidays", "list");
        assertTrue(listed.out().contains("2026年10月10日 周六") && listed.out().contains("调休上班"), listed.out());
        assertFalse(listed.out().contains("尚未登记"), listed.out());

        CliRun issued = run("notice", "issue", "--department", "水务局", "--light", "red", "--on", "2026-09-30", "--out", out);
        assertEquals(ExitCodes.OK, issued.code(), issued::toString);
        assertTrue(issued.out().contains("反馈时限 2026年10月13日"), "Oct 8, 9, 10 (Sat worked), 12, 13: " + issued.out());
    }

    /** The department signs for its 督办单 in its own ledger; its report brings the date to the office's register. */
    @Test
    void aDepartmentsReceiptTravelsWithItsReportAndTheDryRunSaysSo() throws Exception {
        assertEquals(ExitCodes.OK, run("notice", "issue", "--department", "水务局", "--light", "red", "--on", "2026-11-20",
                "--feedback-due", "2026-11-27", "--out", out).code());
        Path packages = Files.createDirectory(dir.resolve("任务包"));
        assertEquals(ExitCodes.OK, run("package", "export", "--department", "水务局", "--out", packages).code());
        Path pkg;
        try (Stream<Path> s = Files.list(packages)) {
            pkg = s.findFirst().orElseThrow();
        }
        String dept = dir.resolve("水务局.planledger").toString();
        CliRun opened = CliRun.of("package", "open", pkg, "--into", dept);
        assertEquals(ExitCodes.OK, opened.code(), opened::toString);
        CliRun listed = CliRun.of("notice", "list", "--ledger", dept);
        assertTrue(listed.out().contains("天桥环督〔2026〕1号"), "the package carries it: " + listed.out());
        CliRun signed = CliRun.of("notice", "receipt", "天桥环督〔2026〕1号", "--date", "2026-11-21", "--ledger", dept);
        assertEquals(ExitCodes.OK, signed.code(), signed::toString);
        Path reports = Files.createDirectory(dir.resolve("报告"));
        CliRun exported = CliRun.of("report", "export", "--out", reports, "--ledger", dept);
        assertEquals(ExitCodes.OK, exported.code(), exported::toString);
        assertTrue(exported.out().contains("签收 1 份"), exported.out());

        CliRun dry = run("report", "import", reports, "--dry-run");
        assertEquals(ExitCodes.OK, dry.code(), dry::toString);
        assertTrue(dry.out().contains("签收 天桥环督〔2026〕1号：将登记为 2026年11月21日 签收"), dry.out());
        assertTrue(register().get(0).get("signedOn").isNull(), "a dry run records nothing");
        CliRun merged = run("report", "import", reports);
        assertEquals(ExitCodes.OK, merged.code(), merged::toString);
        assertTrue(merged.out().contains("签收 天桥环督〔2026〕1号：已登记 2026年11月21日 签收"), merged.out());
        assertEquals("2026-11-21", register().get(0).get("signedOn").asText());
    }
}
