package org.planledger.model;

import java.util.List;
import org.planledger.i18n.Text;

/**
 * A proposed division of work for one task, with the reasons for it (the matched words).
 * Departments are named as in the registry.
 */
public record DivisionProposal(long taskId, String code, String title, String lead, List<String> cooperating,
                               boolean territorial, List<Text> reasons) {

    public DivisionProposal {
        cooperating = List.copyOf(cooperating);
        reasons = List.copyOf(reasons);
    }
}
