package org.planledger.assign;

import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DivisionEdit;
import org.planledger.model.DivisionProposal;

/**
 * Turns proposals, which name departments as the rules write them, into edits on the
 * registry's departments: renamed and merged departments are found under their old names.
 */
public final class ProposalResolver {

    private final DepartmentDirectory directory;

    public ProposalResolver(DepartmentDirectory directory) {
        this.directory = directory;
    }

    public DivisionEdit resolve(DivisionProposal p) {
        List<Text> reasons = new ArrayList<>(p.reasons());
        Long lead = directory.find(p.lead()).map(Department::id).orElse(null);
        if (lead == null) {
            reasons.add(Text.of("assign.reason.unknownDepartment", p.lead()));
        }
        List<Long> cooperating = new ArrayList<>();
        for (String name : p.cooperating()) {
            var d = directory.find(name);
            Long id = d.map(Department::id).orElse(null);
            if (id != null && !id.equals(lead) && !cooperating.contains(id)) {
                cooperating.add(id);
            } else if (d.isEmpty()) {
                reasons.add(Text.of("assign.reason.unknownDepartment", name));
            }
        }
        return new DivisionEdit(p.taskId(), lead, cooperating, p.territorial(), reasons);
    }

    public List<DivisionEdit> resolveAll(List<DivisionProposal> proposals) {
        return proposals.stream().map(this::resolve).toList();
    }
}
