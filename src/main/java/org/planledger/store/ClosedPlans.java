package org.planledger.store;

import java.sql.SQLException;

/**
 * A write the database refused because the plan is closed (已终结): the V12 triggers of both
 * databases raise a message starting with {@code plan_closed:}, worded for the user by the store.
 */
final class ClosedPlans {

    private static final String MARK = "plan_closed:";

    private ClosedPlans() {
    }

    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(MARK)) {
                return true;
            }
            if (t instanceof SQLException s && s.getNextException() != null && refused(s.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
