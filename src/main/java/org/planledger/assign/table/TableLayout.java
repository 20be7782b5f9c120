package org.planledger.assign.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;

/**
 * Where a 分工表's header is and what each column holds, and the task rows under it. The header
 * need not be the first row (a title row may sit above it) and may have a second row under a
 * merged 责任单位 cell (牵头单位 | 配合单位).
 */
final class TableLayout {

    /** What a column holds. */
    enum Column { CODE, TASK, LEAD, COOPERATE, RESPONSIBLE, DEADLINE, OTHER, NONE }

    /** A row of the grid: its number as the user sees it, and its cells' text (merged cells spelled out downwards). */
    record GridRow(int number, List<String> cells) {
        GridRow {
            cells = List.copyOf(cells);
        }

        String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
        }
    }

    /** How far down a sheet or table the header is looked for. */
    static final int HEADER_SEARCH_ROWS = 30;

    private static final Set<String> TASK_HEADERS = Set.of("重点任务", "任务", "工作任务", "主要任务", "任务名称",
            "任务内容", "重点工作", "工作内容", "具体任务", "主要工作", "任务事项", "工作事项", "目标任务", "重点任务名称");
    private static final Pattern CODE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){1,4})\\.?$");
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3}){1,4})\\.?(?![\\d.])\\s*");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^\\s*(?:[(（][一二三四五六七八九十百\\d]{1,4}[)）]|[一二三四五六七八九十百\\d]{1,4}[、.．,，])\\s*");
    private static final Pattern UNIT_HEADER = Pattern.compile("牵头|配合|责任|协办|协同|主责|分工|参与|协助");
    private static final Pattern NOT_HEADER_TEXT = Pattern.compile("[\\s\\p{Punct}（）【】《》“”‘’：；，。、／]");

    private final Column[] columns;
    private final String[] headers;
    private final int headerIndex;
    private final int firstDataIndex;

    private TableLayout(Column[] columns, String[] headers, int headerIndex, int firstDataIndex) {
        this.columns = columns;
        this.headers = headers;
        this.headerIndex = headerIndex;
        this.firstDataIndex = firstDataIndex;
    }

    /** The layout of the first row (among the first {@value #HEADER_SEARCH_ROWS}) that reads as a 分工表 header. */
    static Optional<TableLayout> find(List<GridRow> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            GridRow header = rows.get(i);
            Column[] cols = classify(header);
            if (!isHeader(header, cols)) {
                continue;
            }
            String[] headers = new String[cols.length];
            for (int c = 0; c < cols.length; c++) {
                headers[c] = header.cell(c);
            }
            int first = i + 1;
            if (first < rows.size() && isSubHeader(rows.get(first))) {
                GridRow subRow = rows.get(first);
                Column[] sub = classify(subRow);
                if (sub.length > cols.length) {
                    int old = cols.length;
                    cols = Arrays.copyOf(cols, sub.length);
                    Arrays.fill(cols, old, sub.length, Column.NONE);
                    headers = Arrays.copyOf(headers, sub.length);
                    Arrays.fill(headers, old, sub.length, "");
                }
                for (int c = 0; c < sub.length; c++) {
                    if (sub[c] != Column.NONE && !subRow.cell(c).equals(header.cell(c))) {
                        cols[c] = sub[c];
                        headers[c] = subRow.cell(c);
                    }
                }
                first++;
            }
            return Optional.of(new TableLayout(onlyFirstTask(cols), headers, i, first));
        }
        return Optional.empty();
    }

    /** The header's index in the rows it was found in. */
    int headerIndex() {
        return headerIndex;
    }

    /**
     * The task rows under the header. Rows that name no unit (blank rows, chapter headings, a
     * repeated header) are left out and counted in a note, as are the columns not imported.
     */
    List<DivisionTable.Row> rows(List<GridRow> grid, IntFunction<Text> where, List<Text> notes) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == Column.DEADLINE) {
                notes.add(Text.of("divisionImport.note.deadlineIgnored", headers[c].strip()));
            }
        }
        boolean hasLeadColumn = Arrays.asList(columns).contains(Column.LEAD);
        List<DivisionTable.Row> result = new ArrayList<>();
        Map<String, Integer> generic = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = firstDataIndex; i < grid.size(); i++) {
            GridRow row = grid.get(i);
            if (isBlank(row) || isSubHeader(row)) {
                continue;
            }
            DivisionTable.Row r = isHeading(row) ? null : row(row, where.apply(row.number()), hasLeadColumn);
            if (r == null) {
                skipped++;
                continue;
            }
            r.generic().forEach(g -> generic.merge(g, 1, Integer::sum));
            if (!r.extraLeads().isEmpty()) {
                notes.add(Text.of("divisionImport.note.extraLeads", r.where(), r.lead(), String.join("、", r.extraLeads())));
            }
            result.add(r);
        }
        generic.forEach((words, n) -> notes.add(Text.of("divisionImport.note.generic", words, n)));
        if (skipped > 0) {
            notes.add(Text.of("divisionImport.note.rowsWithoutUnits", skipped));
        }
        return result;
    }

    private DivisionTable.Row row(GridRow row, Text where, boolean hasLeadColumn) {
        String code = "";
        String task = "";
        List<UnitNames.Named> named = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            String cell = row.cell(c).strip();
            switch (columns[c]) {
                case CODE -> {
                    Matcher m = CODE.matcher(asciiDigits(cell));
                    if (code.isEmpty() && m.matches()) {
                        code = m.group(1);
                    }
                }
                case TASK -> task = cell.replaceAll("\\s*\\n\\s*", "");
                case LEAD -> named.addAll(UnitNames.parse(cell, UnitNames.Role.LEAD));
                case COOPERATE -> named.addAll(UnitNames.parse(cell, UnitNames.Role.COOPERATE));
                case RESPONSIBLE -> named.addAll(UnitNames.parse(cell,
                        hasLeadColumn ? UnitNames.Role.COOPERATE : UnitNames.Role.LISTED));
                default -> {
                    // deadlines, remarks and the like are not imported
                }
            }
        }
        if (named.isEmpty()) {
            return null;
        }
        Matcher prefix = CODE_PREFIX.matcher(asciiDigits(task));
        if (prefix.find()) {
            if (code.isEmpty()) {
                code = prefix.group(1);
            }
            task = task.substring(prefix.end());
        } else {
            Matcher enumeration = ENUMERATION.matcher(task);
            if (enumeration.find()) {
                task = task.substring(enumeration.end());
            }
        }
        return roles(where, code, task.strip(), named);
    }

    /**
     * The row's lead: the first unit marked or placed as lead, else the first one a 责任单位 list
     * names (Shandong practice); everyone else cooperates. The sub-district offices as a group
     * make the row territorial and never lead.
     */
    private static DivisionTable.Row roles(Text where, String code, String task, List<UnitNames.Named> named) {
        String lead = null;
        List<String> extraLeads = new ArrayList<>();
        for (UnitNames.Named n : named) {
            if (n.kind() == UnitNames.Kind.DEPARTMENT && n.role() == UnitNames.Role.LEAD) {
                if (lead == null) {
                    lead = n.written();
                } else if (!lead.equals(n.written()) && !extraLeads.contains(n.written())) {
                    extraLeads.add(n.written());
                }
            }
        }
        if (lead == null) {
            lead = named.stream().filter(n -> n.kind() == UnitNames.Kind.DEPARTMENT && n.role() == UnitNames.Role.LISTED)
                    .map(UnitNames.Named::written).findFirst().orElse(null);
        }
        Set<String> cooperating = new LinkedHashSet<>();
        Set<String> generic = new LinkedHashSet<>();
        boolean territorial = false;
        for (UnitNames.Named n : named) {
            switch (n.kind()) {
                case SUBDISTRICTS -> territorial = true;
                case GENERIC -> generic.add(n.written());
                case DEPARTMENT -> {
                    if (!n.written().equals(lead)) {
                        cooperating.add(n.written());
                    }
                }
                default -> throw new IllegalStateException(n.kind().name());
            }
        }
        return new DivisionTable.Row(where, code, task, lead, new ArrayList<>(cooperating), territorial,
                new ArrayList<>(generic), extraLeads);
    }

    // ---- telling a header from data ----

    private static Column[] classify(GridRow row) {
        Column[] cols = new Column[row.cells().size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = classify(row.cell(c));
        }
        return cols;
    }

    /** What a header cell says the column holds; NONE for anything that is not a short header word. */
    static Column classify(String header) {
        String h = NOT_HEADER_TEXT.matcher(UnitNames.normalize(header).replaceAll("\\([^()]*\\)", "")).replaceAll("");
        if (h.isEmpty() || h.length() > 12) {
            return Column.NONE;
        }
        if (h.equals("序号") || h.equals("序") || h.contains("编号") || h.equals("代码") || h.equals("条目")) {
            return Column.CODE;
        }
        boolean lead = h.contains("牵头") || h.contains("主责") || h.contains("主办");
        boolean cooperate = h.contains("配合") || h.contains("协办") || h.contains("协同") || h.contains("协助")
                || h.contains("参与");
        if (lead && (cooperate || h.contains("责任"))) {
            return Column.RESPONSIBLE;
        }
        if (lead) {
            return Column.LEAD;
        }
        if (cooperate) {
            return Column.COOPERATE;
        }
        if (h.contains("责任") || h.contains("分工") || h.endsWith("单位") || h.endsWith("部门")) {
            return Column.RESPONSIBLE;
        }
        if (h.contains("时限") || h.contains("时间") || h.contains("期限") || h.contains("日期") || h.contains("进度")
                || h.contains("节点")) {
            return Column.DEADLINE;
        }
        if (TASK_HEADERS.contains(h) || h.contains("任务")) {
            return Column.TASK;
        }
        if (h.contains("备注") || h.contains("说明") || h.contains("目标") || h.contains("进展") || h.contains("成效")
                || h.contains("指标")) {
            return Column.OTHER;
        }
        if (h.contains("工作") || h.contains("内容") || h.contains("措施") || h.contains("事项")) {
            return Column.TASK;
        }
        return Column.NONE;
    }

    private static boolean isHeader(GridRow row, Column[] cols) {
        List<Column> list = Arrays.asList(cols);
        boolean task = list.contains(Column.TASK) || list.contains(Column.CODE);
        boolean units = list.contains(Column.LEAD) || list.contains(Column.COOPERATE) || list.contains(Column.RESPONSIBLE);
        return task && units && !isHeading(row);
    }

    /**
     * A (second or repeated) header row: only header words, at least one of them naming a role
     * (牵头单位, 配合单位, 责任单位 …) — a data row that reads 各相关单位 is no header.
     */
    private static boolean isSubHeader(GridRow row) {
        boolean units = false;
        boolean any = false;
        for (String cell : row.cells()) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            Column c = classify(cell);
            if (c == Column.NONE) {
                return false;
            }
            any = true;
            units |= (c == Column.LEAD || c == Column.COOPERATE || c == Column.RESPONSIBLE) && UNIT_HEADER.matcher(cell).find();
        }
        return any && units;
    }

    /** A row whose cells all hold the same text: a heading or title merged across the table. */
    private static boolean isHeading(GridRow row) {
        List<String> texts = row.cells().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        return texts.size() >= 2 && texts.stream().distinct().count() == 1;
    }

    private static boolean isBlank(GridRow row) {
        return row.cells().stream().allMatch(s -> s == null || s.isBlank());
    }

    private static Column[] onlyFirstTask(Column[] cols) {
        boolean seen = false;
        for (int c = 0; c < cols.length; c++) {
            if (cols[c] == Column.TASK) {
                if (seen) {
                    cols[c] = Column.OTHER;
                }
                seen = true;
            }
        }
        return cols;
    }

    /** Full-width digits and dots as ASCII, keeping every character's position. */
    static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '０' && ch <= '９') {
                sb.append((char) ('0' + (ch - '０')));
            } else if (ch == '．') {
                sb.append('.');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
