package org.planledger.assign.table;

import java.util.List;
import org.planledger.i18n.Text;

/**
 * A 分工表 as read from its file, before anything is matched to a plan or the registry: one
 * {@link Row} per task row, with the lead and the cooperating units as the table writes them.
 * Reading decides the roles from the table's own words (the columns, 牵头单位：… labels,
 * （牵头） markers, or the first listed leading); matching is left to {@link DivisionTableImport}.
 *
 * @param fileName the file's name, for messages
 * @param format   whether it was a workbook or a Word document
 * @param rows     the rows that name at least one unit, in table order
 * @param notes    what reading decided: which sheet or tables, columns left out, rows skipped
 */
public record DivisionTable(String fileName, Format format, List<Row> rows, List<Text> notes) {

    public DivisionTable {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** What the file was. */
    public enum Format { XLSX, DOCX }

    /**
     * One task row of the table.
     *
     * @param where       the sheet or table and the row number, as the user sees them
     * @param code        a task code such as 5.3.6 from a code column or the task text, or ""
     * @param task        the task as the row writes it, code prefix and enumeration removed, or ""
     * @param lead        the unit the row makes lead, as written, or null
     * @param cooperating the cooperating units as written, in order
     * @param territorial the row names the sub-district offices as a group (各街道, 相关街道 …)
     * @param generic     words that name no particular unit (有关部门 …), not imported
     * @param extraLeads  further units the row also marks as lead; they cooperate instead
     */
    public record Row(Text where, String code, String task, String lead, List<String> cooperating,
                      boolean territorial, List<String> generic, List<String> extraLeads) {

        public Row {
            cooperating = List.copyOf(cooperating);
            generic = List.copyOf(generic);
            extraLeads = List.copyOf(extraLeads);
        }
    }
}
