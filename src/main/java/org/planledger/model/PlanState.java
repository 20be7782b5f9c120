package org.planledger.model;

import java.util.Locale;

/** Where a plan is in its life: 执行中, 评估中 (a final evaluation started), 已终结 (closed, read-only). */
public enum PlanState {
    ACTIVE, EVALUATING, CLOSED;

    public String messageKey() {
        return "plan.state." + name().toLowerCase(Locale.ROOT);
    }
}
