package org.planledger.assign.table;

import org.planledger.i18n.Text;
import org.planledger.planimport.PlanImportException;

/**
 * A division-of-work table (分工表) that cannot be imported; {@link #problem()} names the file
 * and, where there is one, the sheet, table or row. It is a {@link PlanImportException}, so the
 * command line and the app report it the way they report a plan document they cannot import.
 */
public class DivisionTableException extends PlanImportException {

    public DivisionTableException(Text problem) {
        super(problem);
    }

    public DivisionTableException(Text problem, Throwable cause) {
        super(problem, cause);
    }
}
