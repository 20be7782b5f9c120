package org.planledger.model;

import java.util.List;
import org.planledger.i18n.Text;

/** A division of work to write for one task: lead (or null), cooperating units, 属地, and why. */
public record DivisionEdit(long taskId, Long leadId, List<Long> cooperatingIds, boolean territorial, List<Text> reasons) {

    public DivisionEdit {
        cooperatingIds = List.copyOf(cooperatingIds);
        reasons = List.copyOf(reasons);
    }
}
