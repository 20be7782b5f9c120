package org.planledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.docs.PdfConverter;
import org.planledger.docs.PdfException;
import org.planledger.i18n.Messages;

/**
 * {@code --pdf} (option key {@code cli.option.pdf}) on the commands that write documents: after the .docx files are written, each
 * gets its PDF beside it through LibreOffice. The documents stand whatever becomes of the PDFs,
 * so the command still succeeds; a PDF not made is said in words on stderr (without LibreOffice:
 * save as PDF from WPS or Word), and in --json as {@code pdfProblem}.
 */
final class PdfArgs {

    private PdfArgs() {
    }

    /** The PDFs made and what stopped the rest (null when none was stopped). */
    record Made(List<Path> pdfs, String problem) {

        void putInto(Map<String, Object> json) {
            json.put("pdfs", pdfs.stream().map(Path::toString).toList());
            json.put("pdfProblem", problem);
        }

        void print(PrintWriter out, Messages m) {
            for (Path p : pdfs) {
                out.println(m.get("cli.pdf.made", p.toString()));
            }
        }
    }

    /** Nothing when --pdf is not given; else the PDFs of {@code documents}, a failure told on {@code err}. */
    static Made convert(boolean wanted, List<Path> documents, PdfConverter converter, PrintWriter err, Messages m) {
        List<Path> pdfs = new ArrayList<>();
        if (!wanted || documents.isEmpty()) {
            return new Made(pdfs, null);
        }
        try {
            for (Path d : documents) {
                pdfs.add(converter.convert(d));
            }
            return new Made(pdfs, null);
        } catch (PdfException e) {
            String problem = m.format(e.problem());
            err.println(problem);
            return new Made(pdfs, problem);
        }
    }
}
