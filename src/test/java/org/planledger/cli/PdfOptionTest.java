package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.docs.LibreOfficeSearch;
import org.planledger.docs.PdfConverter;
import org.planledger.i18n.Messages;
import org.planledger.testing.Backend;

/**
 * {@code --pdf}: {@code report doc} and {@code notice issue} leave a PDF beside each .docx; without
 * LibreOffice the documents are written all the same and the user is told to save as PDF from WPS or Word.
 */
class PdfOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static void assumeLibreOffice() {
        Assumptions.assumeTrue(LibreOfficeSearch.system().find().isPresent(),
                "LibreOffice (soffice) is not installed on this PC, so --pdf cannot make a PDF here");
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reportDocWritesThePdfBesideTheDocument() throws Exception {
        assumeLibreOffice();
        String ledger = CliRun.seeded(Backend.SQLITE, dir, "l.planledger").argument();
        Path out = Files.createDirectory(dir.resolve("通报"));
        Path file = out.resolve("2026年10月督查通报.docx");

        CliRun doc = CliRun.of("report", "doc", "--period", "2026-10", "--out", file, "--pdf", "--ledger", ledger);

        assertEquals(ExitCodes.OK, doc.code(), doc::toString);
        assertEquals(List.of("2026年10月督查通报.docx", "2026年10月督查通报.pdf"), names(out));
        assertTrue(doc.out().contains("PDF：" + out.resolve("2026年10月督查通报.pdf")), doc::toString);
        assertEquals("%PDF-", new String(Files.readAllBytes(out.resolve("2026年10月督查通报.pdf")), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void noticeIssueGivesEachNoticeItsPdfInJson() throws Exception {
        assumeLibreOffice();
        String ledger = CliRun.seeded(Backend.SQLITE, dir, "l.planledger").argument();
        Path out = Files.createDirectory(dir.resolve("督办单"));

        CliRun issued = CliRun.of("notice", "issue", "--items", "2.2.1", "--on", "2026-11-20", "--out", out, "--pdf",
                "--json", "--ledger", ledger);

        assertEquals(ExitCodes.OK, issued.code(), issued::toString);
        JsonNode o = JSON.readTree(issued.out());
        assertTrue(o.get("pdfProblem").isNull(), issued::toString);
        assertEquals(1, o.get("pdfs").size(), issued::toString);
        Path pdf = Path.of(o.get("pdfs").get(0).asText());
        assertEquals(out, pdf.getParent());
        assertTrue(names(out).contains(pdf.getFileName().toString()));
        assertEquals(2, names(out).size(), "the 督办单 and its PDF: " + names(out));
    }

    @Test
    void withoutLibreOfficeTheDocumentsStandAndTheUserIsToldWhatToDo() throws Exception {
        Path docx = Files.writeString(dir.resolve("通报.docx"), "written");
        PdfConverter none = new PdfConverter(new LibreOfficeSearch(List.of()), dir.resolve("profile"),
                PdfConverter.DEFAULT_TIMEOUT);
        StringWriter err = new StringWriter();

        PdfArgs.Made made = PdfArgs.convert(true, List.of(docx), none, new PrintWriter(err, true),
                Messages.forLanguage("zh-CN"));

        assertEquals(List.of(), made.pdfs());
        assertEquals("未找到 LibreOffice，请在 WPS 或 Word 中打开后“另存为 PDF”。", made.problem());
        assertTrue(err.toString().contains("未找到 LibreOffice"), err::toString);
        assertEquals(List.of("通报.docx"), names(dir));
    }

    @Test
    void withoutTheOptionNothingIsConverted() throws Exception {
        Path docx = Files.writeString(dir.resolve("通报.docx"), "written");
        PdfConverter none = new PdfConverter(new LibreOfficeSearch(List.of()), dir.resolve("profile"),
                PdfConverter.DEFAULT_TIMEOUT);

        PdfArgs.Made made = PdfArgs.convert(false, List.of(docx), none, new PrintWriter(new StringWriter()),
                Messages.forLanguage("zh-CN"));

        assertEquals(List.of(), made.pdfs());
        assertNull(made.problem());
    }
}
