package org.planledger.store.progress;

import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.ReportingCycle;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemState;
import org.planledger.store.progress.LatestStatus;

/**
 * Writes progress, requests and decisions inside the caller's transaction, after checking them:
 * a refusal throws before anything is written, so the transaction leaves the ledger as it was.
 */
final class ProgressWriter {

    private final Connection c;
    private final Clock clock;
    private final LocalDate today;

    ProgressWriter(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    long addEntry(NewEntry e) throws SQLException {
        LedgerIdentity.requireOwnDepartment(c, e.departmentId());
        ItemState item = item(e.item());
        checkDate(e.writtenOn(), "progress.field.writtenOn", item);
        requireAssigned(item, e.departmentId());
        if (e.progress() == null || e.progress().isBlank()) {
            throw refused("progress.error.progressEmpty");
        }
        if (e.percent() != null && (e.percent() < 0 || e.percent() > 100)) {
            throw refused("progress.error.percentRange", e.percent());
        }
        if (e.period() == null || e.period().start().isAfter(e.writtenOn())) {
            throw refused("progress.error.periodAfterWritten", e.period() == null ? "" : e.period().label(), e.writtenOn());
        }
        if (e.period().end().isBefore(item.start())) {
            throw refused("progress.error.dateBeforePlan", Text.of("progress.field.period"), e.period().label(), item.start());
        }
        if (e.supersedes() != null) {
            checkSupersedes(e.supersedes(), e.item().taskId());
        }
        List<EvidenceFile.Loaded> files = e.evidence().stream().map(EvidenceFile::load).toList();
        long id = Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, milestone_id, department_id, period_kind, "
                        + "period_start, period_end, written_on, progress, problems, next_steps, percent, supersedes_id, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uid(), e.item().taskId(), e.item().milestoneId(), e.departmentId(), e.period().kind().name(),
                e.period().start().toString(), e.period().end().toString(), e.writtenOn().toString(),
                e.progress().strip(), e.problems().strip(), e.nextSteps().strip(), e.percent(), e.supersedes(), now());
        for (EvidenceFile.Loaded f : files) {
            insertEvidence(f, "progress_entry_id", id);
        }
        for (ItemKey started : ItemStart.startedBy(c, e.item(), e.writtenOn(), today)) {
            insertEvent(started, TaskStatus.IN_PROGRESS, e.writtenOn(), "", e.departmentId(), false);
        }
        return id;
    }

    /** {@code attached}: evidence already stored on the task's entries or events, attached again to the request. */
    long requestCloseOut(ItemKey key, long departmentId, LocalDate on, String explanation,
                         List<EvidenceFile> evidence, List<Long> attached) throws SQLException {
        ItemState item = item(key);
        checkDate(on, "progress.field.requestedOn", item);
        checkAfterLastChange(on, item);
        requireLead(item, departmentId);
        if (!item.status().canRequestCloseOut()) {
            throw refused("progress.error.closeOutNotAllowed", item.code(), Text.of(item.status().messageKey()));
        }
        if (evidence.isEmpty() && attached.isEmpty()) {
            throw refused("progress.error.closeOutNoEvidence", item.code());
        }
        for (long id : attached) {
            if (Sql.count(c, "SELECT count(*) FROM evidence e WHERE e.id = ? AND (e.progress_entry_id IN "
                    + "(SELECT id FROM progress_entry WHERE task_id = ?) OR e.status_event_id IN "
                    + "(SELECT id FROM status_event WHERE task_id = ?))", id, key.taskId(), key.taskId()) == 0) {
                throw refused("progress.error.evidenceNotOnTask", id, item.code());
            }
        }
        List<EvidenceFile.Loaded> files = evidence.stream().map(EvidenceFile::load).toList();
        long event = insertEvent(key, TaskStatus.CLOSE_OUT_REQUESTED, on, explanation, departmentId, false);
        for (EvidenceFile.Loaded f : files) {
            insertEvidence(f, "status_event_id", event);
        }
        for (long id : attached) {
            // a copy owned by the request: every evidence row belongs to one record, as the exchange carries it
            Sql.insert(c, "INSERT INTO evidence (uid, status_event_id, name, size, sha256, content) "
                    + "SELECT ?, ?, name, size, sha256, content FROM evidence WHERE id = ?", uid(), event, id);
        }
        return event;
    }

    /** Returns the milestones an accepted close-out of the whole task closed with it. */
    List<ItemState> decideCloseOut(ItemKey key, boolean accept, LocalDate on, String reason) throws SQLException {
        LedgerIdentity.requireManager(c);
        ItemState item = item(key);
        checkDate(on, "progress.field.decidedOn", item);
        checkAfterLastChange(on, item);
        if (item.status() != TaskStatus.CLOSE_OUT_REQUESTED) {
            throw refused("progress.error.notWaitingForDecision", item.code(), Text.of(item.status().messageKey()));
        }
        if (!accept) {
            requireReason(reason, item, "progress.action.return");
        }
        List<ItemState> closing = accept && !key.isMilestone() ? openMilestones(key.taskId()) : List.of();
        for (ItemState m : closing) {
            if (m.statusSince() != null && on.isBefore(m.statusSince())) {
                throw refused("progress.error.milestoneChangedLater", item.code(), m.label(), m.statusSince(), on);
            }
        }
        insertEvent(key, accept ? TaskStatus.CLOSED : TaskStatus.RETURNED, on, reason, null, true);
        // accepting the whole task closes what is left of it: a milestone's own completion is the acceptance
        for (ItemState m : closing) {
            insertEvent(m.key(), TaskStatus.CLOSED, on, reason, null, true);
        }
        return closing;
    }

    /** The task's live milestones that are not 已销号, as of today, in the plan's order. */
    List<ItemState> openMilestones(long taskId) throws SQLException {
        ReportingCycle cycle = new SettingsQuery(c).cycle();
        return new ItemStateQuery(c).items(0, taskId, today, cycle.lastClosed(today)).stream()
                .filter(i -> i.isMilestone() && i.status() != TaskStatus.CLOSED)
                .toList();
    }

    void setStatus(ItemKey key, TaskStatus status, LocalDate on, String reason) throws SQLException {
        LedgerIdentity.requireManager(c);
        ItemState item = item(key);
        checkDate(on, "progress.field.effectiveOn", item);
        checkAfterLastChange(on, item);
        if (!status.setDirectly()) {
            throw refused("progress.error.statusNotDirect", Text.of(status.messageKey()));
        }
        if (item.status() == TaskStatus.CLOSE_OUT_REQUESTED) {
            throw refused("progress.error.waitingForDecision", item.code());
        }
        if (status == item.status()) {
            return;
        }
        if (status == TaskStatus.SUSPENDED || item.status() == TaskStatus.CLOSED) {
            requireReason(reason, item, status == TaskStatus.SUSPENDED ? "progress.action.suspend" : "progress.action.reopen");
        }
        insertEvent(key, status, on, reason, null, true);
    }

    long requestExtension(ItemKey key, long departmentId, LocalDate on, LocalDate newDue, String reason) throws SQLException {
        LedgerIdentity.requireOwnDepartment(c, departmentId);
        ItemState item = item(key);
        checkDate(on, "progress.field.requestedOn", item);
        requireLead(item, departmentId);
        if (item.due() == null) {
            throw refused("progress.error.extensionNoDue", item.code());
        }
        if (on.isAfter(item.due())) {
            throw refused("progress.error.extensionAfterDue", item.code(), item.due(), on);
        }
        if (newDue == null || !newDue.isAfter(item.due())) {
            throw refused("progress.error.extensionNotLater", newDue == null ? "" : newDue, item.due());
        }
        LocalDate latest = RecordRules.latestDue(RecordRules.planSpan(c, key.taskId()));
        if (newDue.isAfter(latest)) {
            throw refused("progress.error.extensionTooLate", newDue, latest);
        }
        requireReason(reason, item, "progress.action.extension");
        if (Sql.count(c, "SELECT count(*) FROM extension_request r WHERE r.task_id = ? AND r.milestone_id IS NOT DISTINCT FROM ? "
                + "AND NOT EXISTS (SELECT 1 FROM extension_decision d WHERE d.request_id = r.id)",
                key.taskId(), key.milestoneId()) > 0) {
            throw refused("progress.error.extensionPending", item.code());
        }
        return Sql.insert(c, "INSERT INTO extension_request (uid, task_id, milestone_id, department_id, requested_on, "
                        + "old_due, new_due, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uid(), key.taskId(), key.milestoneId(), departmentId, on.toString(), item.due().toString(),
                newDue.toString(), reason.strip(), now());
    }

    void decideExtension(long requestId, boolean accept, LocalDate on, String reason) throws SQLException {
        LedgerIdentity.requireManager(c);
        Long task = Sql.longOrNull(c, "SELECT task_id FROM extension_request WHERE id = ?", requestId);
        if (task == null) {
            throw refused("progress.error.noSuchExtension", requestId);
        }
        Long milestone = Sql.longOrNull(c, "SELECT milestone_id FROM extension_request WHERE id = ?", requestId);
        ItemState item = item(milestone == null || milestone == 0 ? ItemKey.task(task) : ItemKey.milestone(task, milestone));
        checkDate(on, "progress.field.decidedOn", item);
        String decided = string("SELECT decided_on FROM extension_decision WHERE request_id = ?", requestId);
        if (decided != null) {
            throw refused("progress.error.extensionDecided", item.code(), LocalDate.parse(decided));
        }
        LocalDate requested = LocalDate.parse(string("SELECT requested_on FROM extension_request WHERE id = ?", requestId));
        if (on.isBefore(requested)) {
            throw refused("progress.error.dateBeforeLast", Text.of("progress.field.decidedOn"), on, requested);
        }
        if (!accept) {
            requireReason(reason, item, "progress.action.refuseExtension");
        }
        Sql.insert(c, "INSERT INTO extension_decision (uid, request_id, accepted, decided_on, reason, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", uid(), requestId, accept, on.toString(), reason == null ? "" : reason.strip(), now());
    }

    void overrideLight(ItemKey key, Light light, LocalDate on, String reason) throws SQLException {
        LedgerIdentity.requireManager(c);
        ItemState item = item(key);
        checkDate(on, "progress.field.effectiveOn", item);
        requireReason(reason, item, light == null ? "progress.action.clearOverride" : "progress.action.override");
        Sql.insert(c, "INSERT INTO light_override (uid, task_id, milestone_id, light, set_on, reason, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", uid(), key.taskId(), key.milestoneId(),
                light == null ? null : light.name(), on.toString(), reason.strip(), now());
    }

    private ItemState item(ItemKey key) throws SQLException {
        ReportingCycle cycle = new SettingsQuery(c).cycle();
        return new ItemStateQuery(c).items(0, key.taskId(), today, cycle.lastClosed(today)).stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow(() -> refused("progress.error.noSuchItem", key.taskId()));
    }

    private void checkDate(LocalDate date, String field, ItemState item) {
        if (date == null) {
            throw refused("progress.error.dateMissing", Text.of(field));
        }
        if (date.isBefore(item.start())) {
            throw refused("progress.error.dateBeforePlan", Text.of(field), date, item.start());
        }
        if (date.isAfter(today)) {
            throw refused("progress.error.dateInFuture", Text.of(field), date, today);
        }
    }

    private void checkAfterLastChange(LocalDate on, ItemState item) {
        if (item.statusSince() != null && on.isBefore(item.statusSince())) {
            throw refused("progress.error.dateBeforeLast", Text.of("progress.field.effectiveOn"), on, item.statusSince());
        }
    }

    private void requireReason(String reason, ItemState item, String actionKey) {
        if (reason == null || reason.isBlank()) {
            throw refused("progress.error.reasonRequired", Text.of(actionKey), item.code());
        }
    }

    private void requireLead(ItemState item, long departmentId) throws SQLException {
        if (item.leadId() == null) {
            throw refused("progress.error.noLead", item.code());
        }
        if (item.leadId() != departmentId) {
            throw refused("progress.error.notLead", departmentName(departmentId), item.code(), item.leadName());
        }
    }

    private void requireAssigned(ItemState item, long departmentId) throws SQLException {
        boolean assigned = item.leadId() != null && item.leadId() == departmentId
                || Sql.count(c, "SELECT count(*) FROM task_assignment WHERE task_id = ? AND department_id = ?",
                item.key().taskId(), departmentId) > 0;
        if (!assigned) {
            throw refused("progress.error.departmentNotOnTask", departmentName(departmentId), item.code());
        }
    }

    private String departmentName(long id) throws SQLException {
        String name = string("SELECT name FROM department WHERE id = ?", id);
        if (name == null) {
            throw refused("progress.error.noSuchDepartment", id);
        }
        return name;
    }

    private void checkSupersedes(long entryId, long taskId) throws SQLException {
        Long task = Sql.longOrNull(c, "SELECT task_id FROM progress_entry WHERE id = ?", entryId);
        if (task == null || task != taskId) {
            throw refused("progress.error.supersedesOther", entryId);
        }
        Long newer = Sql.longOrNull(c, "SELECT id FROM progress_entry WHERE supersedes_id = ?", entryId);
        if (newer != null) {
            throw refused("progress.error.alreadySuperseded", entryId, newer);
        }
    }

    private long insertEvent(ItemKey key, TaskStatus status, LocalDate on, String reason, Long departmentId,
                             boolean byManager) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO status_event (uid, task_id, milestone_id, status, effective_on, reason, "
                        + "department_id, by_manager, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uid(), key.taskId(), key.milestoneId(), status.name(), on.toString(),
                reason == null ? "" : reason.strip(), departmentId, byManager, now());
        LatestStatus.refresh(c, key);
        return id;
    }

    private void insertEvidence(EvidenceFile.Loaded f, String ownerColumn, long ownerId) throws SQLException {
        Sql.insert(c, "INSERT INTO evidence (uid, " + ownerColumn + ", name, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)",
                uid(), ownerId, f.name(), f.bytes().length, f.sha256(), f.bytes());
    }

    private String string(String sql, Object... args) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String uid() {
        return UUID.randomUUID().toString();
    }

    private String now() {
        return clock.instant().toString();
    }

    private static StoreException refused(String key, Object... args) {
        return new StoreException(Text.of(key, args));
    }
}
