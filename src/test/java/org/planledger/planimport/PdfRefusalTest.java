package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;

/** PDFs that cannot be imported are refused in words: a scan, a locked file, a damaged one. */
class PdfRefusalTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void aScannedPlanHasNoTextLayerAndIsRefused() throws IOException {
        byte[] scan = scanOf(textPdf(), 2);

        String message = refused("规划扫描件.pdf", scan, "import.error.pdf.scanned");

        assertTrue(message.contains("扫描件") && message.contains("没有文字层")
                && message.contains("请向发文单位索取文字版 PDF 或 .docx"), message);
        assertTrue(message.contains("规划扫描件.pdf"), message);
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        try (PDDocument document = Loader.loadPDF(textPdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "open-sesame", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            String message = refused("locked.pdf", out.toByteArray(), "import.error.pdf.encrypted");
            assertTrue(message.contains("密码"), message);
        }
    }

    @Test
    void aDamagedPdfIsRefused() throws IOException {
        refused("garbage.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog /Pages 9 0 R".getBytes(StandardCharsets.ISO_8859_1),
                "import.error.pdf.broken");
        refused("not-a-pdf.pdf", "这不是PDF文件".getBytes(StandardCharsets.UTF_8), "import.error.pdf.broken");
        byte[] whole = textPdf();
        String message = refused("cut.pdf", Arrays.copyOf(whole, 40), "import.error.pdf.broken");
        assertEquals("PDF“cut.pdf”已损坏或不完整（可能下载中断），无法读取。", message);
    }

    private String refused(String name, byte[] bytes, String key) {
        PlanImportException e = assertThrows(PlanImportException.class, () -> reader.read(name, bytes));
        assertEquals(key, e.problem().key(), e::toString);
        return Messages.chinese().format(e.problem());
    }

    /** A page of Latin text in a standard font: enough to render, no CJK font needed. */
    static byte[] textPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 760);
                    for (int line = 0; line < 30; line++) {
                        content.showText("Chapter " + (line + 1) + " Ecological protection plan, page " + (p + 1));
                        content.newLineAtOffset(0, -20);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF's pages rendered to images by PDFBox and put back as image-only pages, as a scanner would. */
    static byte[] scanOf(byte[] pdf, int pages) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p = 0; p < pages; p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 100);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            scan.save(out);
            return out.toByteArray();
        }
    }
}
