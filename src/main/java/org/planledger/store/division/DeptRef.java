package org.planledger.store.division;

/** A department as a task shows it. */
public record DeptRef(long id, String name, String shortName, boolean retired) {
}
