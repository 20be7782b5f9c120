package org.planledger.store.division;

import org.planledger.store.Json;
import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Records every change to departments, liaisons and the division of work, in the same transaction. */
final class ChangeLog {

    private ChangeLog() {
    }

    static void record(Connection c, String at, String subject, long subjectId, String action, Map<String, ?> detail)
            throws SQLException {
        Sql.insert(c, "INSERT INTO change_log (at, subject, subject_id, action, detail) VALUES (?, ?, ?, ?, ?)",
                at, subject, subjectId, action, Json.write(detail));
    }
}
