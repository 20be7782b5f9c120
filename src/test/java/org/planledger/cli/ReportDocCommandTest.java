package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;

/**
 * {@code report doc}: the month's 督查通报 written from the command line on a ledger file and on a
 * team ledger, its figures those {@code lights} and {@code report missing} give; an unknown
 * period or kind, a missing folder and a file open in WPS refused in words, nothing written.
 */
@BothBackends
class ReportDocCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private String ledger;
    private Path out;

    @BeforeEach
    void seeded() throws Exception {
        ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        out = Files.createDirectory(dir.resolve("通报"));
    }

    private CliRun run(Object... args) {
        List<Object> all = new java.util.ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(ledger);
        return CliRun.of(all.toArray());
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theMonthsBulletinAgreesWithLightsAndReportMissing() throws Exception {
        CliRun added = run("report", "add", "--task", "2.2.1", "--department", "水务局", "--period", "2026-10",
                "--written", "2026-11-03", "--progress", "滩区迁建安置房完成主体施工", "--problems", "安置房配套道路征地未完成",
                "--next", "12月底前完成配套道路征地");
        assertEquals(ExitCodes.OK, added.code(), added::toString);

        Path file = out.resolve("2026年10月督查通报.docx");
        CliRun doc = run("report", "doc", "--period", "2026-10", "--as-of", "2026-11-29", "--out", file);
        assertEquals(ExitCodes.OK, doc.code(), doc::toString);
        assertTrue(doc.out().contains("已写出“关于《济南市天桥区“十四五”生态环境保护规划》2026年10月实施进展情况的通报”，数字截至2026年11月29日"),
                doc::toString);
        assertEquals(List.of("2026年10月督查通报.docx"), files());

        JsonNode lights = JSON.readTree(run("lights", "--json").out()).get("counts");
        JsonNode missing = JSON.readTree(run("report", "missing", "--period", "2026-10", "--json").out());
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            String text = String.join("\n", d.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            JsonNode byLight = lights.get("byLight");
            assertEquals(163, lights.get("items").asInt(), "lights counts tasks and milestones");
            assertTrue(text.contains("按灯色分：红灯129项，黄灯0项，绿灯0项，灰灯0项。"), text);
            assertEquals(163, byLight.get("RED").asInt());
            assertTrue(text.contains("规划共有重点任务129项，已销号0项，完成率0.0%"), text);
            JsonNode units = missing.get("departments");
            assertTrue(text.contains("未报送或未报齐的单位" + units.size() + "个："), text);
            for (JsonNode u : units) {
                assertTrue(text.contains(u.get("department").asText()), u.get("department").asText());
            }
            assertTrue(text.contains("2.2.1：安置房配套道路征地未完成"), text);
            assertTrue(text.contains("2.2.1：12月底前完成配套道路征地"), text);
        }

        CliRun report = run("report", "doc", "--kind", "报告", "--out", out.resolve("报告.docx"), "--json");
        assertEquals(ExitCodes.OK, report.code(), report::toString);
        JsonNode o = JSON.readTree(report.out());
        assertEquals("2026-11-29", o.get("asOf").asText());
        assertEquals("2026-10", o.get("reportingPeriod").asText());
        assertTrue(o.get("title").asText().endsWith("截至2026年11月29日实施进展情况的报告"), o::toString);
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsWritten() throws Exception {
        Path file = out.resolve("通报.docx");
        CliRun badPeriod = run("report", "doc", "--period", "2026-13", "--out", file);
        assertEquals(ExitCodes.BAD_INPUT, badPeriod.code(), badPeriod::toString);
        assertTrue(badPeriod.err().contains("报送期间“2026-13”无效"), badPeriod::toString);

        CliRun badKind = run("report", "doc", "--period", "2026-10", "--kind", "简报", "--out", file);
        assertEquals(ExitCodes.BAD_INPUT, badKind.code(), badKind::toString);
        assertTrue(badKind.err().contains("文种“简报”无法识别"), badKind::toString);

        CliRun future = run("report", "doc", "--period", "2027-Q1", "--out", file);
        assertEquals(ExitCodes.BAD_INPUT, future.code(), future::toString);
        assertTrue(future.err().contains("期间 2027-Q1 还没有开始"), future::toString);

        CliRun noFolder = run("report", "doc", "--period", "2026-10", "--out", dir.resolve("没有的文件夹").resolve("通报.docx"));
        assertEquals(ExitCodes.BAD_INPUT, noFolder.code(), noFolder::toString);
        assertTrue(noFolder.err().contains("不存在") && noFolder.err().contains("未写入任何文件"), noFolder::toString);
        assertFalse(Files.exists(dir.resolve("没有的文件夹")));
        assertEquals(List.of(), files());

        Files.writeString(file, "上月的通报");
        Files.writeString(out.resolve("~$通报.docx"), "WPS");
        CliRun open = run("report", "doc", "--period", "2026-10", "--out", file);
        assertEquals(ExitCodes.BAD_INPUT, open.code(), open::toString);
        assertTrue(open.err().contains("正在 WPS 或 Word 中打开"), open::toString);
        assertEquals("上月的通报", Files.readString(file));
        assertEquals(List.of("~$通报.docx", "通报.docx"), files());
    }
}
