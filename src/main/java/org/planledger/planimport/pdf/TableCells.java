package org.planledger.planimport.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.planimport.DocumentBlock;
import org.planledger.planimport.DocumentBlock.Cell;

/**
 * Rebuilds the indicator table from the words on its lines. The columns are the stretches
 * of the page the table's characters cover, with the gutters between them no character
 * crosses; a row starts where the first column opens with an indicator number or a group
 * (（一）…), and lines in between are the row's wrapped cells.
 */
final class TableCells {

    private static final Pattern YEAR = Pattern.compile("^\\d{4}\\s*年?.*");
    private static final Pattern ROW_START = Pattern.compile("^(\\d{1,3}\\s*[.．、]|[（(][一二三四五六七八九十]+[）)]).*");
    private static final Pattern GROUP = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]\\S{1,20}$");
    /** A gutter between columns is at least this wide. */
    private static final float GUTTER_EMS = 0.4f;
    /** A gutter may be crossed by characters that overflow their cell on this share of the lines. */
    private static final double STRAY_SHARE = 0.1;
    /** More space than this many line pitches above a line ends the table. */
    private static final float END_GAP_PITCHES = 2.5f;

    record Read(DocumentBlock.Table table, int next) {
    }

    private TableCells() {
    }

    /** A header row: a column naming the indicator beside one naming a year or the attribute. */
    static boolean isHeader(PdfLine line) {
        List<PdfLine.Segment> segments = line.segments();
        if (segments.size() < 2) {
            return false;
        }
        boolean indicator = segments.stream().anyMatch(s -> s.text().contains("指标") && !s.text().contains("属性"));
        boolean other = segments.stream().anyMatch(s -> s.text().contains("属性") || YEAR.matcher(s.text()).matches());
        return indicator && other;
    }

    /** Reads the table whose header is {@code lines.get(start)}. */
    static Read read(List<PdfLine> lines, int start, PdfLayout layout, List<Text> notes) {
        int end = end(lines, start, layout);
        List<PdfLine> region = lines.subList(start, end);
        List<float[]> columns = columns(region);
        int page = lines.get(start).page();
        List<List<StringBuilder>> rows = new ArrayList<>();
        List<String> header = null;
        int linesInRow = 0;
        boolean inRepeatedHeader = false;
        for (PdfLine line : region) {
            List<String> cells = cells(line, columns);
            if (inRepeatedHeader && !isGroup(line) && !ROW_START.matcher(cells.get(0)).matches()) {
                continue;
            }
            inRepeatedHeader = false;
            if (isGroup(line)) {
                closeRow(rows, linesInRow, page, notes);
                rows.add(row(columns.size(), line.text().strip()));
                linesInRow = 1;
                continue;
            }
            if (header != null && cells.equals(header)) {
                // A header repeated on a new page, with the lines its cells wrap onto.
                notes.add(Text.of("import.note.pdf.headerRepeated", line.page()));
                inRepeatedHeader = true;
                continue;
            }
            if (rows.isEmpty() || ROW_START.matcher(cells.get(0)).matches()) {
                closeRow(rows, linesInRow, page, notes);
                List<StringBuilder> row = row(columns.size(), "");
                rows.add(row);
                linesInRow = 0;
            }
            List<StringBuilder> row = rows.get(rows.size() - 1);
            for (int c = 0; c < cells.size(); c++) {
                append(row.get(c), cells.get(c));
            }
            linesInRow++;
            if (header == null) {
                header = cells;
            }
        }
        closeRow(rows, linesInRow, page, notes);
        List<List<Cell>> table = rows.stream()
                .map(r -> r.stream().map(b -> Cell.of(b.toString())).toList()).toList();
        return new Read(new DocumentBlock.Table(table, page), end);
    }

    /** The table goes on while lines have cells or fit in one column; a full-width line or a wide gap ends it. */
    private static int end(List<PdfLine> lines, int start, PdfLayout layout) {
        List<PdfLine.Segment> header = lines.get(start).segments();
        float secondColumn = header.get(1).left();
        int i = start + 1;
        while (i < lines.size()) {
            PdfLine line = lines.get(i);
            PdfLine before = lines.get(i - 1);
            if (line.page() == before.page() && line.baseline() - before.baseline() > END_GAP_PITCHES * layout.pitch()) {
                break;
            }
            List<PdfLine.Segment> segments = line.segments();
            boolean cells = segments.size() >= 2 || isGroup(line);
            boolean inOneColumn = segments.size() == 1
                    && (segments.get(0).right() < secondColumn || segments.get(0).left() >= secondColumn - layout.em())
                    && !segments.get(0).text().startsWith("注");
            if (!cells && !inOneColumn) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isGroup(PdfLine line) {
        return line.segments().size() == 1 && GROUP.matcher(line.text().replaceAll("\\s+", "")).matches();
    }

    /**
     * The x ranges the region's characters cover (group rows aside): a column is where the
     * lines have ink, a gutter where (almost) none does, so a character that strays over the
     * gutter in one row does not join two columns.
     */
    private static List<float[]> columns(List<PdfLine> region) {
        List<PdfLine> rows = region.stream().filter(line -> !isGroup(line)).toList();
        float from = (float) rows.stream().mapToDouble(PdfLine::left).min().orElse(0);
        float to = (float) rows.stream().mapToDouble(PdfLine::right).max().orElse(0);
        int[] ink = new int[(int) Math.ceil(to - from) + 1];
        for (PdfLine line : rows) {
            boolean[] covered = new boolean[ink.length];
            for (Glyph g : line.glyphs()) {
                if (!g.isBlank()) {
                    for (int x = (int) (g.x() - from); x < Math.min(ink.length, Math.ceil(g.right() - from)); x++) {
                        covered[Math.max(0, x)] = true;
                    }
                }
            }
            for (int x = 0; x < ink.length; x++) {
                ink[x] += covered[x] ? 1 : 0;
            }
        }
        int stray = (int) Math.floor(rows.size() * STRAY_SHARE);
        float em = (float) rows.stream().mapToDouble(PdfLine::em).average().orElse(10);
        List<float[]> columns = new ArrayList<>();
        int x = 0;
        while (x < ink.length) {
            if (ink[x] <= stray) {
                x++;
                continue;
            }
            int start = x;
            while (x < ink.length && ink[x] > stray) {
                x++;
            }
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && from + start - last[1] < GUTTER_EMS * em) {
                last[1] = from + x;
            } else {
                columns.add(new float[] {from + start, from + x});
            }
        }
        return columns;
    }

    /** The line's text in each column, each character placed by its middle. */
    private static List<String> cells(PdfLine line, List<float[]> columns) {
        List<List<Glyph>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Glyph g : line.glyphs()) {
            if (g.isBlank()) {
                continue;
            }
            float middle = (g.x() + g.right()) / 2;
            int column = 0;
            for (int c = 0; c < columns.size(); c++) {
                if (middle >= columns.get(c)[0] - 0.01f) {
                    column = c;
                }
            }
            byColumn.get(column).add(g);
        }
        return byColumn.stream().map(gs -> PdfLine.join(gs).strip()).toList();
    }

    private static List<StringBuilder> row(int width, String first) {
        List<StringBuilder> row = new ArrayList<>();
        for (int c = 0; c < Math.max(1, width); c++) {
            row.add(new StringBuilder(c == 0 ? first : ""));
        }
        return row;
    }

    private static void append(StringBuilder cell, String more) {
        if (more.isEmpty()) {
            return;
        }
        if (!cell.isEmpty() && Character.isLetterOrDigit(cell.charAt(cell.length() - 1))
                && cell.charAt(cell.length() - 1) < 0x80 && more.charAt(0) < 0x80 && Character.isLetterOrDigit(more.charAt(0))) {
            cell.append(' ');
        }
        cell.append(more);
    }

    /** A row whose cells were put together from several lines is a guess, and said so. */
    private static void closeRow(List<List<StringBuilder>> rows, int linesInRow, int page, List<Text> notes) {
        if (linesInRow > 1 && !rows.isEmpty()) {
            List<StringBuilder> row = rows.get(rows.size() - 1);
            notes.add(Text.of("import.note.pdf.rowJoined", page, rows.size(), linesInRow, row.get(0).toString()));
        }
    }
}
