package org.planledger.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.planimport.DocumentBlock.Cell;

/**
 * Reads the main indicators table: a header naming the indicator, a baseline year, a target
 * year and the attribute, then group rows （一）… and numbered indicator rows.
 */
final class IndicatorTableParser {

    private static final Pattern YEAR_HEADER = Pattern.compile("^\\d{4}\\s*年?.*");
    /** An indicator's number has a few digits; a longer one makes the row no indicator (and would not fit an int). */
    private static final Pattern INDICATOR = Pattern.compile("^(\\d{1,9})\\s*[.．、]\\s*(.+)$");
    private static final Pattern GROUP = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]\\s*(.+)$");
    private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*)[（(]([^（()）]+)[）)]$");
    private static final Pattern UNIT_LIKE = Pattern.compile(
            ".*([%％‰/／]|吨|米|亩|公里|公顷|天|个|元|小时|户|辆|立方|升|度).*");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?[0-9.]+$");

    private record Columns(int name, int baseline, int target, int attribute) {
        int count() {
            return Math.max(Math.max(name, baseline), Math.max(target, attribute)) + 1;
        }
    }

    /** Whether a table is an indicator table at all: its header names an attribute column and a year. */
    static boolean isIndicatorTable(DocumentBlock.Table table) {
        if (table.rows().isEmpty()) {
            return false;
        }
        List<Cell> header = table.rows().get(0);
        boolean attribute = header.stream().anyMatch(c -> c.text().contains("属性"));
        boolean year = header.stream().anyMatch(c -> YEAR_HEADER.matcher(c.text()).matches());
        boolean indicator = header.stream().anyMatch(c -> c.text().contains("指标") && !c.text().contains("属性"));
        return (attribute || year) && indicator;
    }

    static List<Indicator> parse(DocumentBlock.Table table, Text where, List<Text> notes) {
        Columns cols = columns(table, where);
        List<Indicator> result = new ArrayList<>();
        String group = "";
        List<List<Cell>> rows = table.rows();
        for (int r = 1; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            String first = row.isEmpty() ? "" : row.get(0).text();
            Matcher g = GROUP.matcher(first);
            // A group row is one cell, or one cell spanning the row (Word repeats it per column).
            if (g.matches() && row.stream().skip(1).allMatch(c -> c.text().isBlank() || c.text().equals(first))) {
                group = g.group(1).strip();
                continue;
            }
            Matcher m = INDICATOR.matcher(first);
            if (!m.matches()) {
                if (!first.isBlank()) {
                    notes.add(Text.of("import.note.indicatorRowSkipped", where, r + 1, first));
                }
                continue;
            }
            if (row.size() < cols.count()) {
                throw new PlanImportException(Text.of("import.error.indicatorRowShort",
                        where, r + 1, m.group(1), row.size(), cols.count()));
            }
            result.add(indicator(group, m, row, cols, result, where, notes));
        }
        return result;
    }

    private static Indicator indicator(String group, Matcher m, List<Cell> row, Columns cols,
                                       List<Indicator> before, Text where, List<Text> notes) {
        int number = Integer.parseInt(m.group(1));
        String name = m.group(2).strip();
        boolean footnoted = name.endsWith("*") || name.endsWith("＊");
        if (footnoted) {
            name = name.substring(0, name.length() - 1).strip();
        }
        String unit = "";
        Matcher p = TRAILING_PARENS.matcher(name);
        if (p.matches() && UNIT_LIKE.matcher(p.group(2)).matches()) {
            name = p.group(1).strip();
            unit = p.group(2).strip();
        }
        Cell targetCell = row.get(cols.target());
        String target = targetCell.text().strip();
        boolean fromMerged = false;
        if (target.isEmpty() && !before.isEmpty()) {
            String above = before.get(before.size() - 1).target();
            // An empty cell under a worded target is the rest of a merged cell, as in the
            // original Word table; under a number it is more likely just missing.
            if (targetCell.mergedFromAbove() || (!above.isEmpty() && !NUMBER.matcher(above).matches())) {
                target = above;
                fromMerged = true;
                notes.add(Text.of("import.note.indicatorTargetMerged", number, target));
            }
        }
        if (target.isEmpty()) {
            notes.add(Text.of("import.note.indicatorNoTarget", number));
        }
        String attributeText = row.get(cols.attribute()).text();
        IndicatorAttribute attribute = IndicatorAttribute.fromDocument(attributeText);
        if (attribute == null) {
            notes.add(Text.of("import.note.indicatorNoAttribute", number, attributeText));
        }
        return new Indicator(group, number, name, unit, row.get(cols.baseline()).text().strip(),
                target, attribute, footnoted, fromMerged);
    }

    private static Columns columns(DocumentBlock.Table table, Text where) {
        List<Cell> header = table.rows().get(0);
        int name = -1;
        int attribute = -1;
        List<Integer> years = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).text();
            if (h.contains("属性")) {
                attribute = c;
            } else if (YEAR_HEADER.matcher(h).matches()) {
                years.add(c);
            } else if (h.contains("指标") && name < 0) {
                name = c;
            }
        }
        require(name >= 0, where, "import.column.name");
        require(years.size() >= 2, where, years.isEmpty() ? "import.column.baseline" : "import.column.target");
        require(attribute >= 0, where, "import.column.attribute");
        return new Columns(name, years.get(0), years.get(years.size() - 1), attribute);
    }

    private static void require(boolean present, Text where, String columnKey) {
        if (!present) {
            throw new PlanImportException(Text.of("import.error.indicatorColumnMissing", where, Text.of(columnKey)));
        }
    }

}
