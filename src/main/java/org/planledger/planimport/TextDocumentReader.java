package org.planledger.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planledger.planimport.DocumentBlock.Cell;

/**
 * Reads the plain text a .docx conversion leaves behind: one paragraph per line, and
 * tables as runs of TAB-indented cells, one cell per line, rows separated by blank lines.
 */
public final class TextDocumentReader {

    /** Markers a Word-to-text conversion leaves where bookmarks were. */
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    public record Result(SourceDocument document, String charsetName) {
    }

    public Result read(String name, byte[] bytes) {
        TextDecoding.Decoded decoded = TextDecoding.decode(name, bytes);
        List<DocumentBlock> blocks = blocks(decoded.text());
        return new Result(new SourceDocument(name, SourceDocument.LocationKind.LINE, blocks),
                decoded.charset().name());
    }

    static List<DocumentBlock> blocks(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<DocumentBlock> blocks = new ArrayList<>();
        TableBuilder table = null;
        for (int i = 0; i < lines.length; i++) {
            String line = BOOKMARK.matcher(lines[i]).replaceAll("");
            int lineNo = i + 1;
            if (line.startsWith("\t")) {
                if (table == null) {
                    table = new TableBuilder(lineNo);
                }
                table.cell(line.strip());
            } else if (line.isBlank()) {
                if (table != null) {
                    table.endRow();
                }
            } else {
                if (table != null) {
                    blocks.add(table.build());
                    table = null;
                }
                blocks.add(new DocumentBlock.Paragraph(line.strip(), lineNo));
            }
        }
        if (table != null) {
            blocks.add(table.build());
        }
        return blocks;
    }

    private static final class TableBuilder {
        private final int firstLine;
        private final List<List<Cell>> rows = new ArrayList<>();
        private List<Cell> row = new ArrayList<>();

        TableBuilder(int firstLine) {
            this.firstLine = firstLine;
        }

        void cell(String text) {
            row.add(Cell.of(text));
        }

        void endRow() {
            if (!row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }

        DocumentBlock.Table build() {
            endRow();
            return new DocumentBlock.Table(rows, firstLine);
        }
    }
}
