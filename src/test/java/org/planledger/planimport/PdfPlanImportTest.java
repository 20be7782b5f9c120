package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planledger.app.ImportReportWords;
import org.planledger.i18n.Messages;
import org.planledger.model.Plan;

/**
 * The shipped plan as a text PDF gives the same chapters, sections and indicators as its
 * .docx and at least 97 % of its tasks: laid out by PDFBox at a 公文's 28 characters a line and
 * in a narrow column, with page numbers and a running head, and printed by LibreOffice.
 */
class PdfPlanImportTest {

    private static final double MIN_TASK_SHARE = 97.0;

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final Plan docx = reader.read("tianqiao.docx", PlainTextToDocx.convert(ShippedPlan.text())).plan();

    static Stream<PlanPdfWriter.Layout> layouts() {
        return PlanPdfWriter.layouts();
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void pdfLaidOutByPdfBoxReadsLikeTheDocx(PlanPdfWriter.Layout layout) throws Exception {
        Path font = PlanPdfWriter.cjkFont().orElse(null);
        Assumptions.assumeTrue(font != null,
                "no TrueType CJK font (fonts-wqy-microhei or fonts-wqy-zenhei) to lay the plan out with");
        byte[] pdf = PlanPdfWriter.write(ShippedPlan.text(), layout, font);
        keep("pdfbox-" + layout.width() + ".pdf", pdf);
        ParsedPlan parsed = reader.read("tianqiao.pdf", pdf);
        assertReadsLikeTheDocx("PDFBox, " + layout.name(), parsed);
        String pageNumbers = layout.pageNumber().equals("%d") ? "import.note.pdf.bareNumbers" : "import.note.pdf.pageNumbers";
        assertTrue(parsed.report().notes().stream().anyMatch(n -> n.key().equals(pageNumbers)), pageNumbers);
        assertTrue(parsed.report().notes().stream().anyMatch(n -> n.key().equals("import.note.pdf.runningHead")
                && n.args().get(1).equals("济南市天桥区“十四五”生态环境保护规划")), "the running head was dropped and said so");
    }

    @Test
    void pdfPrintedByLibreOfficeReadsLikeTheDocx() throws Exception {
        Assumptions.assumeTrue(LibreOfficeConverter.soffice().isPresent(),
                "LibreOffice (soffice) is not installed, so no PDF can be printed from the .docx");
        byte[] pdf = LibreOfficeConverter.convert(PlainTextToDocx.convert(ShippedPlan.text()), "tianqiao.docx", "pdf");
        keep("libreoffice.pdf", pdf);
        assertReadsLikeTheDocx("LibreOffice PDF", reader.read("tianqiao.pdf", pdf));
    }

    @Test
    void pdfPrintedByLibreOfficeWithRunningHeadAndPageNumbersReadsLikeTheDocx() throws Exception {
        Assumptions.assumeTrue(LibreOfficeConverter.soffice().isPresent(),
                "LibreOffice (soffice) is not installed, so no PDF can be printed from the .docx");
        byte[] docx = withRunningHeadAndPageNumbers(PlainTextToDocx.convert(ShippedPlan.text()));
        byte[] pdf = LibreOfficeConverter.convert(docx, "tianqiao-paged.docx", "pdf");
        keep("libreoffice-paged.pdf", pdf);
        ParsedPlan parsed = reader.read("tianqiao.pdf", pdf);
        assertReadsLikeTheDocx("LibreOffice PDF with running head and page numbers", parsed);
        assertTrue(parsed.report().notes().stream().anyMatch(n -> n.key().equals("import.note.pdf.pageNumbers")),
                "the — N — page numbers were dropped and said so");
        assertTrue(parsed.report().notes().stream().anyMatch(n -> n.key().equals("import.note.pdf.runningHead")),
                "the running head was dropped and said so");
    }

    /** The .docx with a running head and a "— N —" page number field in the footer, as a 公文 has. */
    private static byte[] withRunningHeadAndPageNumbers(byte[] docx) throws java.io.IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var out = new java.io.ByteArrayOutputStream()) {
            var policy = document.createHeaderFooterPolicy();
            var head = policy.createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT);
            var headLine = head.createParagraph();
            headLine.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            headLine.createRun().setText("济南市天桥区“十四五”生态环境保护规划");
            var foot = policy.createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT);
            var number = foot.createParagraph();
            number.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            number.createRun().setText("— ");
            var field = number.getCTP().addNewFldSimple();
            field.setInstr("PAGE");
            field.addNewR().addNewT().setStringValue("1");
            number.getCTP().addNewR().addNewT().setStringValue(" —");
            document.write(out);
            return out.toByteArray();
        }
    }

    /** With -Dplanledger.keepPdfs=DIR the PDFs made are kept there to look at. */
    static void keep(String name, byte[] bytes) throws java.io.IOException {
        String dir = System.getProperty("planledger.keepPdfs");
        if (dir != null) {
            java.nio.file.Files.write(java.nio.file.Files.createDirectories(Path.of(dir)).resolve(name), bytes);
        }
    }

    private void assertReadsLikeTheDocx(String variant, ParsedPlan parsed) {
        PlanComparison c = PlanComparison.of(docx, parsed.plan());
        System.out.println("[pdf import] " + variant + ": " + c.summary());
        ImportReportWords words = new ImportReportWords(Messages.chinese());
        words.notes(parsed.report()).forEach(n -> System.out.println("  " + n));
        assertEquals("pdf", parsed.report().format());
        assertEquals(docx.title(), parsed.plan().title());
        assertEquals(c.expectedChapters(), c.chapters());
        assertEquals(c.expectedSections(), c.sections());
        assertEquals(c.expectedIndicators(), c.indicators());
        assertTrue(c.taskPercentage() >= MIN_TASK_SHARE, variant + ": " + c.summary());
    }
}
