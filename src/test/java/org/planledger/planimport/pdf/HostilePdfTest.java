package org.planledger.planimport.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.planimport.PlanImportException;

/**
 * PDFs no plan looks like, small on disk: a page tree naming one page thousands of times, and one
 * page whose compressed content draws more characters than any plan has. Both are refused in words
 * before they fill the heap (at 256 MiB a 12 MB file of one page listed two million times, and a
 * 3.6 MB file of 1 GiB of text, ended in OutOfMemoryError, exit 1).
 */
class HostilePdfTest {

    @Test
    void aPageTreeListingOnePageThousandsOfTimesIsRefusedInWords() {
        String kids = String.join(" ", java.util.Collections.nCopies(PageGlyphs.MAX_PAGES + 1, "3 0 R"));
        byte[] pdf = pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [" + kids + "] /Count " + (PageGlyphs.MAX_PAGES + 1) + " >>",
                page(), stream("BT /F1 12 Tf 72 712 Td (Chapter one of the plan) Tj ET".getBytes(StandardCharsets.US_ASCII)),
                FONT));
        refused(pdf);
    }

    @Test
    void aPageDrawingMoreCharactersThanAnyPlanIsRefusedInWords() {
        String line = "BT /F1 12 Tf 72 712 Td (" + "A".repeat(100) + ") Tj ET\n";
        byte[] content = line.repeat(PageGlyphs.MAX_GLYPHS / 100 + 10).getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page(), stream(content), FONT));
        refused(pdf);
    }

    private static void refused(byte[] pdf) {
        PlanImportException e = assertThrows(PlanImportException.class, () -> new PdfDocumentReader().read("规划.pdf", pdf));
        assertEquals("import.error.pdf.tooLarge", e.problem().key());
        assertEquals("PDF“规划.pdf”的页数或文字远超任何规划文件（超过 2000 页或 600000 个字），像是恶意构造的文件，未导入。",
                Messages.chinese().format(e.problem()));
    }

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static String page() {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>";
    }

    private static String stream(byte[] data) {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(z, new Deflater(9))) {
            out.write(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "<< /Length " + z.size() + " /Filter /FlateDecode >>\nstream\n" + new String(z.toByteArray(), StandardCharsets.ISO_8859_1)
                + "\nendstream";
    }

    /** A PDF of these objects (1 is the catalogue), with a correct cross-reference table. */
    private static byte[] pdf(List<String> objects) {
        StringBuilder out = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
