package org.planledger.ui.exchange;

/** A department a package or a workbook can be made for: its id and name. */
record DepartmentChoice(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
