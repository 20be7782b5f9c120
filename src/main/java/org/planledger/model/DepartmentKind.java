package org.planledger.model;

import java.util.Locale;

/** What kind of unit a department is: 区政府部门, 市直部门派驻分局, 街道, 园区, 党委部门, 其他. */
public enum DepartmentKind {
    DISTRICT_DEPARTMENT, CITY_BRANCH, SUBDISTRICT, PARK, PARTY, OTHER;

    public String messageKey() {
        return "department.kind." + name().toLowerCase(Locale.ROOT);
    }
}
