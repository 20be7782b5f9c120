package org.planledger.ui.rollup;

/** What the 汇总 table is along: the outline (按章节), departments (按部门) or milestone years (按年度). */
public enum RollupAxis {
    CHAPTERS, DEPARTMENTS, YEARS
}
