package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;



/** PDFs that cannot be imported are refused in words: a scan, a locked file, a damaged one. */
class PdfRefusalTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void aScannedPlanHasNoTextLayerAndIsRefused() throws IOException {
        byte[] scan = PlanPdfs.scanned();

        String message = refused("规划扫描件.pdf", scan, "import.error.pdf.scanned");

        assertTrue(message.contains("扫描件") && message.contains("没有文字层")
                && message.contains("请向发文单位索取文字版 PDF 或 .docx"), message);
        assertTrue(message.contains("规划扫描件.pdf"), message);
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        String message = refused("locked.pdf", PlanPdfs.locked(), "import.error.pdf.encrypted");
        assertTrue(message.contains("密码"), message);
    }

    @Test
    void aDamagedPdfIsRefused() throws IOException {
        refused("garbage.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog /Pages 9 0 R".getBytes(StandardCharsets.ISO_8859_1),
                "import.error.pdf.broken");
        refused("not-a-pdf.pdf", "这不是PDF文件".getBytes(StandardCharsets.UTF_8), "import.error.pdf.broken");
        String message = refused("cut.pdf", PlanPdfs.cut(), "import.error.pdf.broken");
        assertEquals("PDF“cut.pdf”已损坏或不完整（可能下载中断），无法读取。", message);
    }

    private String refused(String name, byte[] bytes, String key) {
        PlanImportException e = assertThrows(PlanImportException.class, () -> reader.read(name, bytes));
        assertEquals(key, e.problem().key(), e::toString);
        return Messages.chinese().format(e.problem());
    }
}
