package org.planledger.model;

import java.util.Locale;

/** 牵头单位 (lead) or 配合单位 (cooperating). */
public enum AssignmentRole {
    LEAD, COOPERATE;

    public String messageKey() {
        return "assignment.role." + name().toLowerCase(Locale.ROOT);
    }
}
