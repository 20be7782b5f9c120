package org.planledger.store.evaluation;

/** 终期评估 (at the end of the plan's period) or 中期评估 (as of any day). */
public enum EvaluationKind {
    FINAL, MIDTERM
}
