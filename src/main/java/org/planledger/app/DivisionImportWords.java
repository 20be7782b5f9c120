package org.planledger.app;

import java.util.ArrayList;
import java.util.List;
import org.planledger.assign.table.DivisionTablePreview;
import org.planledger.assign.table.DivisionTablePreview.LeadLoss;
import org.planledger.assign.table.DivisionTablePreview.Match;
import org.planledger.assign.table.DivisionTablePreview.Unit;
import org.planledger.i18n.Messages;
import org.planledger.store.division.DeptRef;

/**
 * What a 分工表 import does to the divisions already in the ledger, in the user's words: the
 * rows not imported because they would leave a task without a lead (the task keeps its
 * division), and each task whose lead or cooperating units change, before → after. One text for
 * the command line ({@code assign import}) and the app's import report and result. No JavaFX.
 */
public final class DivisionImportWords {

    private final Messages m;

    public DivisionImportWords(Messages messages) {
        this.m = messages;
    }

    /** "以下 2 行未导入……" over {@link #kept} (done: after writing); null when every matched row is written. */
    public String keptTitle(DivisionTablePreview p, boolean createUnknownDepartments, boolean done) {
        int n = p.keptRows(createUnknownDepartments).size();
        return n == 0 ? null : m.get(done ? "divisionImport.kept.doneTitle" : "divisionImport.kept.title", n);
    }

    /** Each row that would leave its task without a lead: where, the task, why, and the lead it keeps. */
    public List<String> kept(DivisionTablePreview p, boolean createUnknownDepartments) {
        List<String> lines = new ArrayList<>();
        for (Match r : p.keptRows(createUnknownDepartments)) {
            String keeps = r.leadBefore() == null ? m.get("divisionImport.kept.keepsNoLead")
                    : m.get("divisionImport.kept.keepsLead", r.leadBefore().shortName());
            String why = r.leadLoss(createUnknownDepartments) == LeadLoss.UNKNOWN_LEAD
                    ? m.get("divisionImport.kept.unknownLead", r.lead().written())
                    : m.get("divisionImport.kept.noLead");
            lines.add(m.get("divisionImport.kept.row", m.format(r.where()), r.taskCode(), r.taskTitle(), why, keeps));
        }
        return lines;
    }

    /** "分工将改变的任务（3 项……）：" over {@link #changes} (done: after writing); null when nothing changes. */
    public String changesTitle(DivisionTablePreview p, boolean createUnknownDepartments, boolean done) {
        int n = changes(p, createUnknownDepartments).size();
        return n == 0 ? null : m.get(done ? "divisionImport.change.doneTitle" : "divisionImport.change.title", n);
    }

    /**
     * Each written row whose lead or cooperating units differ from the task's now:
     * "5.3.6 实施…：牵头单位 水务局 → 生态环境分局；配合单位 住建局、城管局 → 住建局".
     */
    public List<String> changes(DivisionTablePreview p, boolean createUnknownDepartments) {
        List<String> lines = new ArrayList<>();
        for (Match r : p.writtenRows(createUnknownDepartments)) {
            List<String> parts = new ArrayList<>();
            String leadBefore = r.leadBefore() == null ? null : r.leadBefore().shortName();
            String leadAfter = r.lead() == null ? null : unit(r.lead());
            if (!sameLead(r)) {
                parts.add(m.get("divisionImport.change.lead", orNone(leadBefore), orNone(leadAfter)));
            }
            List<Unit> after = r.cooperatingWritten(createUnknownDepartments);
            if (!sameCooperating(r.cooperatingBefore(), after)) {
                parts.add(m.get("divisionImport.change.cooperating",
                        orNone(join(r.cooperatingBefore().stream().map(DeptRef::shortName).toList())),
                        orNone(join(after.stream().map(this::unit).toList()))));
            }
            if (!parts.isEmpty()) {
                lines.add(m.get("divisionImport.change.row", r.taskCode(), r.taskTitle(),
                        String.join(m.get("divisionImport.change.separator"), parts)));
            }
        }
        return lines;
    }

    private boolean sameLead(Match r) {
        if (r.lead() == null || r.leadBefore() == null) {
            return r.lead() == null && r.leadBefore() == null;
        }
        return r.lead().known() && r.lead().department().id() == r.leadBefore().id();
    }

    private static boolean sameCooperating(List<DeptRef> before, List<Unit> after) {
        if (before.size() != after.size() || after.stream().anyMatch(u -> !u.known())) {
            return false;
        }
        List<Long> ids = before.stream().map(DeptRef::id).sorted().toList();
        return ids.equals(after.stream().map(u -> u.department().id()).sorted().toList());
    }

    /** A unit by its short name; one the registry lacks (to be created) marked as new. */
    private String unit(Unit u) {
        return u.known() ? u.shortName() : m.get("divisionImport.unit.new", u.written());
    }

    private String join(List<String> names) {
        return String.join(m.get("divisionImport.cli.listSeparator"), names);
    }

    private String orNone(String s) {
        return s == null || s.isEmpty() ? m.get("divisionImport.change.none") : s;
    }
}
