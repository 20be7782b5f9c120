package org.planledger.ui.deadline;

/**
 * A lead department the filter offers; {@link #NONE} stands for the items that have no lead yet,
 * {@link #ALL} (only in the view's list) for no condition.
 */
public record LeadChoice(long id, String name) {

    public static final LeadChoice NONE = new LeadChoice(0, "");
    public static final LeadChoice ALL = new LeadChoice(-1, "");

    public boolean isNone() {
        return id == 0;
    }
}
