package org.planledger.planimport.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;

/**
 * Takes the page furniture off each page's top and bottom: page numbers in their usual forms
 * (— 12 —, 第 12 页, 12/30, a bare number) and running heads or feet, lines repeated at the
 * edge of many pages. What was dropped is told in the notes.
 */
final class RunningHeads {

    private static final Pattern DECORATED_NUMBER = Pattern.compile(
            "^[—–\\-－~～〜·•]+\\s*\\d{1,4}\\s*[—–\\-－~～〜·•]+$"
                    + "|^第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*[/／]\\s*\\d{1,4}$"
                    + "|^(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** How many lines at each edge of a page may be furniture. */
    private static final int EDGE_LINES = 2;
    /** A running head is at the edge of at least this share of the pages (and of two pages at least). */
    private static final double REPEATED_SHARE = 0.4;

    private final List<Text> notes;
    private int pageNumbers;
    private String pageNumberExample = "";
    private final List<Integer> bareNumberPages = new ArrayList<>();
    private final Map<String, Integer> headsDropped = new LinkedHashMap<>();

    private RunningHeads(List<Text> notes) {
        this.notes = notes;
    }

    /** The pages without their furniture. */
    static List<List<PdfLine>> drop(List<List<PdfLine>> pages, List<Text> notes) {
        RunningHeads heads = new RunningHeads(notes);
        Map<String, Integer> repeated = heads.edgeTexts(pages);
        int needed = Math.max(2, (int) Math.ceil(pages.size() * REPEATED_SHARE));
        List<List<PdfLine>> result = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            result.add(heads.strip(page, repeated, needed));
        }
        heads.report();
        return result;
    }

    /** How many pages each edge line's text (digits ignored) appears on. */
    private Map<String, Integer> edgeTexts(List<List<PdfLine>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<PdfLine> page : pages) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (PdfLine line : edges(page)) {
                if (seen.add(key(line))) {
                    counts.merge(key(line), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<PdfLine> edges(List<PdfLine> page) {
        List<PdfLine> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    private List<PdfLine> strip(List<PdfLine> page, Map<String, Integer> repeated, int needed) {
        List<PdfLine> lines = new ArrayList<>(page);
        for (int i = 0; i < EDGE_LINES && !lines.isEmpty() && isFurniture(lines.get(0), repeated, needed); i++) {
            lines.remove(0);
        }
        for (int i = 0; i < EDGE_LINES && !lines.isEmpty()
                && isFurniture(lines.get(lines.size() - 1), repeated, needed); i++) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private boolean isFurniture(PdfLine line, Map<String, Integer> repeated, int needed) {
        String text = line.text().strip();
        if (DECORATED_NUMBER.matcher(text).matches()) {
            pageNumbers++;
            if (pageNumberExample.isEmpty()) {
                pageNumberExample = text;
            }
            return true;
        }
        if (BARE_NUMBER.matcher(text).matches()) {
            bareNumberPages.add(line.page());
            return true;
        }
        if (repeated.getOrDefault(key(line), 0) >= needed) {
            headsDropped.merge(text, 1, Integer::sum);
            return true;
        }
        return false;
    }

    private static String key(PdfLine line) {
        return DIGITS.matcher(line.text().replaceAll("\\s+", "")).replaceAll("#");
    }

    private void report() {
        if (pageNumbers > 0) {
            notes.add(Text.of("import.note.pdf.pageNumbers", pageNumbers, pageNumberExample));
        }
        if (!bareNumberPages.isEmpty()) {
            String pages = bareNumberPages.stream().limit(10).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("、"));
            notes.add(Text.of("import.note.pdf.bareNumbers", bareNumberPages.size(),
                    bareNumberPages.size() > 10 ? pages + "…" : pages));
        }
        headsDropped.forEach((text, count) -> notes.add(Text.of("import.note.pdf.runningHead", count, text)));
    }
}
