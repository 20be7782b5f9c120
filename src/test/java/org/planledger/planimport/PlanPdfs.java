package org.planledger.planimport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
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

/** PDFs for tests: the shipped plan laid out as a 公文, and ones that must be refused. */
public final class PlanPdfs {

    private PlanPdfs() {
    }

    /** The shipped plan laid out by PDFBox at 28 characters a line, when a CJK font is installed. */
    public static Optional<byte[]> laidOutByPdfBox() throws IOException {
        Optional<java.nio.file.Path> font = PlanPdfWriter.cjkFont();
        if (font.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PlanPdfWriter.write(ShippedPlan.text(), PlanPdfWriter.Layout.official(), font.get()));
    }

    /** Two pages rendered to images and put back as image-only pages: a scan, without a text layer. */
    public static byte[] scanned() throws IOException {
        return scanOf(textPdf(), 2);
    }

    /** A text PDF that needs a password to open. */
    public static byte[] locked() throws IOException {
        try (PDDocument document = Loader.loadPDF(textPdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "open-sesame", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF cut off after its first bytes, as a broken download leaves it. */
    public static byte[] cut() throws IOException {
        return Arrays.copyOf(textPdf(), 40);
    }

    /** A page of Latin text in a standard font: enough to render, no CJK font needed. */
    private static byte[] textPdf() throws IOException {
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
    private static byte[] scanOf(byte[] pdf, int pages) throws IOException {
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
