package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;

/** Each kind of bad document gets a message that names the problem and where it is. */
class BadPlanInputTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final Messages zh = Messages.chinese();

    private String refused(String name, byte[] bytes, String expectedKey) {
        PlanImportException e = assertThrows(PlanImportException.class, () -> reader.read(name, bytes));
        assertEquals(expectedKey, e.problem().key(), e.getMessage());
        return zh.format(e.problem());
    }

    @Test
    void emptyFile() {
        assertEquals("文件“empty.txt”是空的，没有可导入的内容。",
                refused("empty.txt", new byte[0], "import.error.empty"));
        refused("blank.txt", "\n\n   \n".getBytes(StandardCharsets.UTF_8), "import.error.empty");
    }

    @Test
    void textWithoutChapters() {
        byte[] text = "关于加强环境保护的通知\n各单位：请认真贯彻执行。\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(refused("notice.txt", text, "import.error.noChapters").contains("notice.txt"));
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(refused("photo.txt", png, "import.error.binary").contains("photo.txt"));
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        refused("random.bin", random, "import.error.binary");
    }

    @Test
    void unknownEncodingNamesTheLine() {
        byte[] good = "第一章 总则\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        bad[good.length + 1] = (byte) 0xFF;
        bad[good.length + 2] = (byte) 0xFF;
        String message = refused("odd.txt", bad, "import.error.encoding");
        assertTrue(message.contains("2行"), message);
    }

    @Test
    void truncatedWordDocument() {
        byte[] docx = PlainTextToDocx.convert(ShippedPlan.text());
        byte[] half = Arrays.copyOf(docx, docx.length / 2);
        assertTrue(refused("tianqiao.docx", half, "import.error.docx.broken").contains("tianqiao.docx"));
    }

    @Test
    void wordDocumentThatIsReallySomethingElse() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("任务").createRow(0).createCell(0).setCellValue("黑臭水体");
            wb.write(out);
            refused("plan.docx", out.toByteArray(), "import.error.docx.notWord");
        }
        refused("plan.docx", ShippedPlan.bytes(), "import.error.docx.notZip");
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        refused("plan.doc", oldWord, "import.error.doc.broken");
    }

    @Test
    void indicatorTableWithAMissingColumn() {
        String shipped = ShippedPlan.text();
        String withoutAttributes = shipped.replace("\t指标属性\n", "")
                .replaceAll("\t(约束性|预期性)\n", "");
        String message = refused("no-attribute.txt", withoutAttributes.getBytes(StandardCharsets.UTF_8),
                "import.error.indicatorColumnMissing");
        assertEquals("第61行的主要指标表缺少“指标属性”一列。", message);

        String rowShort = shipped.replace("\t52\n\t42\n\t约束性\n", "\t52\n\t约束性\n");
        String shortMessage = refused("short-row.txt", rowShort.getBytes(StandardCharsets.UTF_8),
                "import.error.indicatorRowShort");
        assertTrue(shortMessage.startsWith("第61行的主要指标表第3行（指标1）只有3个单元格"), shortMessage);
    }

    @Test
    void englishMessagesToo() {
        PlanImportException e = assertThrows(PlanImportException.class, () -> reader.read("empty.txt", new byte[0]));
        assertEquals("The file \"empty.txt\" is empty: there is nothing to import.",
                Messages.forLanguage("en").format(e.problem()));
    }
}
