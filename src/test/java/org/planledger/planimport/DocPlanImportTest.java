package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.planledger.model.Plan;

/** An old Word .doc of the plan, saved by LibreOffice from its .docx, reads the same as the .docx. */
class DocPlanImportTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void docSavedFromTheDocxReadsTheSame() throws Exception {
        Assumptions.assumeTrue(LibreOfficeConverter.soffice().isPresent(),
                "LibreOffice (soffice) is not installed, so no .doc can be saved from the .docx");
        byte[] docx = PlainTextToDocx.convert(ShippedPlan.text());
        Plan expected = reader.read("tianqiao.docx", docx).plan();
        byte[] doc = LibreOfficeConverter.convert(docx, "tianqiao.docx", "doc");

        ParsedPlan parsed = reader.read("tianqiao.doc", doc);

        PlanComparison c = PlanComparison.of(expected, parsed.plan());
        System.out.println("[doc import] LibreOffice .doc: " + c.summary());
        assertEquals("doc", parsed.report().format());
        PlanFormsTest.assertSameStructure(expected, parsed.plan());
        assertTrue(parsed.report().notes().stream().anyMatch(n -> n.key().equals("import.note.indicatorTargetMerged")),
                "the merged target cell is read as merged");
    }

    @Test
    void aDamagedDocIsRefused() throws Exception {
        Assumptions.assumeTrue(LibreOfficeConverter.soffice().isPresent(),
                "LibreOffice (soffice) is not installed, so no .doc can be saved to damage");
        byte[] doc = LibreOfficeConverter.convert(PlainTextToDocx.convert(ShippedPlan.text()), "tianqiao.docx", "doc");
        refused("cut.doc", Arrays.copyOf(doc, doc.length / 3), "import.error.doc.broken");
    }

    @Test
    void anOldOfficeFileThatIsNoWordDocumentIsRefused() throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("任务").createRow(0).createCell(0).setCellValue("黑臭水体");
            workbook.write(out);
            refused("plan.doc", out.toByteArray(), "import.error.doc.notWord");
        }
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        refused("plan.doc", header, "import.error.doc.broken");
    }

    private void refused(String name, byte[] bytes, String key) {
        PlanImportException e = assertThrows(PlanImportException.class, () -> reader.read(name, bytes));
        assertEquals(key, e.problem().key(), e::toString);
    }
}
