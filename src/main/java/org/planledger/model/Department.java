package org.planledger.model;

import java.util.List;

/**
 * A unit that can lead or cooperate on tasks. {@code verified} is false for what the
 * reference data only inferred; a merged department is retired and names its survivor.
 */
public record Department(long id, String name, String shortName, DepartmentKind kind, boolean verified,
                         boolean retired, Long mergedInto, List<String> aliases, String note, String code) {

    public Department {
        aliases = List.copyOf(aliases);
    }

    /** A department not yet in any ledger. */
    public static Department draft(String name, String shortName, DepartmentKind kind) {
        return new Department(0, name, shortName, kind, true, false, null, List.of(), "", "");
    }
}
