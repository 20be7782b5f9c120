package org.planledger.planimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.planledger.i18n.Text;
import org.planledger.planimport.pdf.PdfDocumentReader;

/**
 * Reads a plan document from a file, whatever its form: the converted plain text (UTF-8 or
 * GB18030), the Word original (.docx or an old .doc) or a text PDF. The format is told by the
 * content, not the name.
 */
public final class PlanDocumentReader {

    /** Plans are a few hundred kilobytes; anything this large is not one. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final PlanParser parser = new PlanParser();

    public ParsedPlan read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PlanImportException(Text.of("import.error.tooLarge", name, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanImportException(Text.of("import.error.unreadable", name, e.getMessage()), e);
        }
        return read(name, bytes);
    }

    public ParsedPlan read(String name, byte[] bytes) {
        if (isZip(bytes) || name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            SourceDocument doc = new DocxDocumentReader().read(name, bytes);
            return parser.parse(doc, "docx");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (isOleCompoundFile(bytes) || lower.endsWith(".doc")) {
            return parser.parse(new DocDocumentReader().read(name, bytes), "doc");
        }
        if (PdfDocumentReader.isPdf(bytes) || lower.endsWith(".pdf")) {
            PdfDocumentReader.Result pdf = new PdfDocumentReader().read(name, bytes);
            ParsedPlan parsed = parser.parse(pdf.document(), "pdf");
            return new ParsedPlan(parsed.plan(), parsed.report().withFirstNotes(pdf.notes()));
        }
        TextDocumentReader.Result text = new TextDocumentReader().read(name, bytes);
        ParsedPlan parsed = parser.parse(text.document(), "text " + text.charsetName());
        if (!text.charsetName().equals(StandardCharsets.UTF_8.name())) {
            return new ParsedPlan(parsed.plan(),
                    parsed.report().withFirstNote(Text.of("import.note.charset", text.charsetName())));
        }
        return parsed;
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOleCompoundFile(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
    }
}
