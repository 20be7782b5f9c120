package org.planledger.store.division;

import java.time.Instant;

/** One recorded change: when, to what, what was done, and the details as JSON. */
public record ChangeEntry(long id, Instant at, String subject, long subjectId, String action, String detail) {
}
