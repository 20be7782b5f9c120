package org.planledger.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.i18n.Text;
import org.planledger.model.Numbers;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.RecordRules;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.LedgerSnapshot.RecordKind;
import org.planledger.store.exchange.Records;

/**
 * The merge rules, record by record, for what one department sent: a record already in the
 * ledger is known; a record the department may not write (the manager's decisions, another
 * department's work, a task it does not hold) or that is malformed is refused with the reason;
 * the rest is new. A seal proves who sent a report, not that its records are sane: every field
 * meets the limits typed input meets ({@link RecordRules}), and a record id is the department's
 * own and names one record only. Nothing here writes.
 */
final class MergeCheck {

    /** One record refused, in words: what it was, on which task or indicator, why; and its uid. */
    record Refusal(String kindKey, String subject, Text reason, String uid) {
    }

    /** The records to write, how many were already here, and the refusals. */
    record Sorted(Records fresh, int known, List<Refusal> refused) {
    }

    private static final Set<String> DEPARTMENT_STATUSES = Set.of(TaskStatus.IN_PROGRESS.name(),
            TaskStatus.CLOSE_OUT_REQUESTED.name());

    private final LedgerSnapshot c;
    private final long departmentId;
    private final LocalDate today;
    private final Map<String, byte[]> evidenceBytes;
    private final Records fresh = Records.empty();
    private final List<Refusal> refused = new ArrayList<>();
    private final Set<String> refusedUids = new HashSet<>();
    private int known;
    private final Map<Long, String> codes = new java.util.HashMap<>();
    private final Map<Long, Boolean> held = new java.util.HashMap<>();
    private final Map<Long, RecordRules.PlanSpan> plans = new java.util.HashMap<>();
    /** Every record of the report by its id, the first one of an id that comes twice. */
    private final Map<String, Object> seen = new java.util.HashMap<>();

    /** Whose a record id already is in the ledger. */
    private enum Owner { NONE, MINE, OTHER }

    MergeCheck(LedgerSnapshot c, long departmentId, LocalDate today, Map<String, byte[]> evidenceBytes) {
        this.c = c;
        this.departmentId = departmentId;
        this.today = today;
        this.evidenceBytes = evidenceBytes;
    }

    Sorted sort(Records in) {
        Set<String> freshEntries = new HashSet<>();
        // the order of corrections keeps one entry per id: a second entry of an id is dealt with first
        List<Records.Entry> entries = new ArrayList<>();
        for (Records.Entry e : in.entries()) {
            if (firstOfId(e.uid(), e, "exchange.kind.entry", taskCode(e.taskId()))) {
                entries.add(e);
            }
        }
        for (Records.Entry e : Records.supersededFirst(entries)) {
            if (inLedger(RecordKind.ENTRY, e.uid(), "exchange.kind.entry", taskCode(e.taskId()))) {
                continue;
            } else if (check(() -> checkEntry(e, freshEntries), "exchange.kind.entry", taskCode(e.taskId()), e.uid())) {
                fresh.entries().add(e);
                freshEntries.add(e.uid());
            }
        }
        Set<String> freshEvents = new HashSet<>();
        for (Records.Event e : in.events()) {
            if (!firstOfId(e.uid(), e, "exchange.kind.event", taskCode(e.taskId())) || inLedger(RecordKind.EVENT, e.uid(), "exchange.kind.event", taskCode(e.taskId()))) {
                continue;
            } else if (check(() -> checkEvent(e, in), "exchange.kind.event", taskCode(e.taskId()), e.uid())) {
                fresh.events().add(e);
                freshEvents.add(e.uid());
            }
        }
        for (Records.Evidence e : in.evidence()) {
            if (!firstOfId(e.uid(), e, "exchange.kind.evidence", e.name()) || inLedger(RecordKind.EVIDENCE, e.uid(), "exchange.kind.evidence", e.name())) {
                continue;
            } else if (check(() -> checkEvidence(e, freshEntries, freshEvents), "exchange.kind.evidence", e.name(), e.uid())) {
                fresh.evidence().add(new Records.Evidence(e.uid(), e.entry(), e.event(), EvidenceFile.safeName(e.name()),
                        e.size(), e.sha256()));
            }
        }
        for (Records.ExtensionRequest e : in.extensionRequests()) {
            if (!firstOfId(e.uid(), e, "exchange.kind.extension", taskCode(e.taskId())) || inLedger(RecordKind.EXTENSION, e.uid(), "exchange.kind.extension", taskCode(e.taskId()))) {
                continue;
            } else if (check(() -> checkExtension(e), "exchange.kind.extension", taskCode(e.taskId()), e.uid())) {
                fresh.extensionRequests().add(e);
            }
        }
        for (Records.IndicatorValue v : in.indicatorValues()) {
            if (!firstOfId(v.uid(), v, "exchange.kind.indicatorValue", indicatorName(v.indicatorId())) || inLedger(RecordKind.INDICATOR_VALUE, v.uid(), "exchange.kind.indicatorValue", indicatorName(v.indicatorId()))) {
                continue;
            } else if (check(() -> checkValue(v), "exchange.kind.indicatorValue", indicatorName(v.indicatorId()), v.uid())) {
                fresh.indicatorValues().add(v);
            }
        }
        for (Records.ExtensionDecision d : in.extensionDecisions()) {
            refuse("exchange.kind.extensionDecision", "", Text.of("exchange.refused.managerRecord"), d.uid());
        }
        for (Records.Override o : in.overrides()) {
            refuse("exchange.kind.override", taskCode(o.taskId()), Text.of("exchange.refused.managerRecord"), o.uid());
        }
        for (Records.Judgement j : in.judgements()) {
            refuse("exchange.kind.judgement", indicatorName(j.indicatorId()), Text.of("exchange.refused.managerRecord"), j.uid());
        }
        return new Sorted(fresh, known, refused);
    }

    /**
     * Whether this is the first record of its id in the report. The same record a second time is
     * known; a different record with the id is refused, and the first one stays.
     */
    private boolean firstOfId(String uid, Object record, String kindKey, String subject) {
        if (uid == null) {
            return true;
        }
        Object first = seen.putIfAbsent(uid, record);
        if (first == null) {
            return true;
        }
        if (first.equals(record)) {
            known++;
        } else {
            // not among the refused ids: the first record of the id merges with what hangs on it
            refused.add(new Refusal(kindKey, subject == null ? "" : subject, Text.of("exchange.refused.uidTwice"), uid));
        }
        return false;
    }

    /**
     * Whether the id is in the ledger already: the department's record is known, and a record
     * with an id of another department's or the manager's is refused.
     */
    private boolean inLedger(RecordKind table, String uid, String kindKey, String subject) {
        if (uid == null) {
            return false;
        }
        switch (owner(table, uid)) {
            case MINE -> known++;
            case OTHER -> refuse(kindKey, subject, Text.of("exchange.refused.uidOfOtherDepartment"), uid);
            default -> {
                return false;
            }
        }
        return true;
    }

    private Owner owner(RecordKind kind, String uid) {
        Long owner = c.ownerOf(kind, uid);
        return owner == null ? Owner.NONE : owner == departmentId ? Owner.MINE : Owner.OTHER;
    }

    /** The plan of the task: every date of a record on it lies within the plan's first day and today. */
    private RecordRules.PlanSpan plan(long taskId) {
        if (!plans.containsKey(taskId)) {
            plans.put(taskId, c.planSpan(taskId));
        }
        return plans.get(taskId);
    }

    private Text beforePlan(long taskId, String fieldKey, LocalDate date) {
        LocalDate start = plan(taskId).start();
        return date.isBefore(start) ? Text.of("exchange.refused.beforePlan", Text.of(fieldKey), date, start) : null;
    }

    /** When the record was written down: never after today (a day's grace for clocks west of Greenwich). */
    private Text recordedInFuture(String recordedAt) {
        LocalDate on = LocalDate.ofInstant(java.time.Instant.parse(recordedAt), java.time.ZoneOffset.UTC);
        return on.isAfter(today.plusDays(1)) ? Text.of("exchange.refused.recordedInFuture", on) : null;
    }

    private static Text first(Text... problems) {
        for (Text p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private interface Rule {
        Text problem();
    }

    private boolean check(Rule rule, String kindKey, String subject, String uid) {
        Text problem;
        try {
            problem = rule.problem();
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            problem = Text.of("exchange.refused.malformed");
        }
        if (problem == null) {
            return true;
        }
        refuse(kindKey, subject, problem, uid);
        return false;
    }

    private void refuse(String kindKey, String subject, Text reason, String uid) {
        refused.add(new Refusal(kindKey, subject == null ? "" : subject, reason, uid));
        refusedUids.add(uid);
    }

    private Text checkEntry(Records.Entry e, Set<String> freshEntries) {
        Text common = checkItem(e.uid(), e.taskId(), e.milestoneId(), e.departmentId());
        if (common != null) {
            return common;
        }
        org.planledger.model.PeriodKind kind = org.planledger.model.PeriodKind.valueOf(e.periodKind());
        LocalDate start = LocalDate.parse(e.periodStart());
        LocalDate end = LocalDate.parse(e.periodEnd());
        LocalDate written = LocalDate.parse(e.writtenOn());
        if (end.isBefore(start) || start.isAfter(written)) {
            return Text.of("exchange.refused.malformed");
        }
        if (!wholePeriod(kind, start, end)) {
            return Text.of("exchange.refused.notAPeriod", start, end, Text.of(kind.messageKey()));
        }
        if (written.isAfter(today)) {
            return Text.of("exchange.refused.future", written);
        }
        Text dates = first(beforePlan(e.taskId(), "progress.field.writtenOn", written),
                beforePlan(e.taskId(), "progress.field.period", end), recordedInFuture(e.recordedAt()));
        if (dates != null) {
            return dates;
        }
        if (e.progress() == null || e.progress().isBlank()) {
            return Text.of("exchange.refused.progressEmpty");
        }
        if (e.percent() != null && (e.percent() < 0 || e.percent() > 100)) {
            return Text.of("exchange.refused.percentRange", e.percent());
        }
        if (e.supersedes() != null) {
            if (refusedUids.contains(e.supersedes())) {
                return Text.of("exchange.refused.dependsOnRefused");
            }
            boolean inReport = freshEntries.contains(e.supersedes());
            Long task = c.entryTask(e.supersedes(), departmentId);
            if (!inReport && (task == null || task != e.taskId())) {
                return Text.of("exchange.refused.supersedesUnknown");
            }
            if (!inReport && c.superseded(e.supersedes())) {
                return Text.of("exchange.refused.alreadySuperseded");
            }
        }
        return null;
    }

    private Text checkEvent(Records.Event e, Records in) {
        if (e.byManager() || !DEPARTMENT_STATUSES.contains(e.status())) {
            return Text.of("exchange.refused.managerStatus", Text.of(TaskStatus.valueOf(e.status()).messageKey()));
        }
        Text common = checkItem(e.uid(), e.taskId(), e.milestoneId(), e.departmentId() == null ? -1 : e.departmentId());
        if (common != null) {
            return common;
        }
        LocalDate on = LocalDate.parse(e.effectiveOn());
        if (on.isAfter(today)) {
            return Text.of("exchange.refused.future", on);
        }
        Text dates = first(beforePlan(e.taskId(), "progress.field.effectiveOn", on), recordedInFuture(e.recordedAt()));
        if (dates != null) {
            return dates;
        }
        if (TaskStatus.CLOSE_OUT_REQUESTED.name().equals(e.status())) {
            Text lead = requireLead(e.taskId(), e.milestoneId());
            if (lead != null) {
                return lead;
            }
            boolean evidence = in.evidence().stream().anyMatch(x -> e.uid().equals(x.event()) && evidenceBytes.containsKey(x.uid()));
            if (!evidence) {
                return Text.of("exchange.refused.closeOutNoEvidence");
            }
        }
        return null;
    }

    private Text checkEvidence(Records.Evidence e, Set<String> freshEntries, Set<String> freshEvents) {
        if (refusedUids.contains(e.entry()) || refusedUids.contains(e.event())) {
            return Text.of("exchange.refused.dependsOnRefused");
        }
        if (e.uid() == null || e.entry() != null && e.event() != null) {
            return Text.of("exchange.refused.malformed");
        }
        boolean owned = e.entry() != null
                ? freshEntries.contains(e.entry()) || mine(RecordKind.ENTRY, e.entry())
                : e.event() != null && (freshEvents.contains(e.event()) || mine(RecordKind.EVENT, e.event()));
        if (!owned) {
            return Text.of("exchange.refused.evidenceOwner");
        }
        byte[] bytes = evidenceBytes.get(e.uid());
        if (bytes == null || bytes.length == 0 || !EvidenceFile.sha256(bytes).equals(e.sha256())) {
            return Text.of("exchange.refused.evidenceDamaged");
        }
        if (bytes.length > EvidenceFile.MAX_BYTES) {
            return Text.of("exchange.refused.evidenceTooLarge");
        }
        return null;
    }

    private Text checkExtension(Records.ExtensionRequest e) {
        Text common = checkItem(e.uid(), e.taskId(), e.milestoneId(), e.departmentId());
        if (common != null) {
            return common;
        }
        Text lead = requireLead(e.taskId(), e.milestoneId());
        if (lead != null) {
            return lead;
        }
        LocalDate on = LocalDate.parse(e.requestedOn());
        LocalDate oldDue = LocalDate.parse(e.oldDue());
        LocalDate newDue = LocalDate.parse(e.newDue());
        if (on.isAfter(today)) {
            return Text.of("exchange.refused.future", on);
        }
        if (!newDue.isAfter(oldDue)) {
            return Text.of("exchange.refused.extensionNotLater", newDue, oldDue);
        }
        LocalDate latest = RecordRules.latestDue(plan(e.taskId()));
        if (newDue.isAfter(latest)) {
            return Text.of("exchange.refused.extensionTooLate", newDue, latest);
        }
        Text dates = first(beforePlan(e.taskId(), "progress.field.requestedOn", on), recordedInFuture(e.recordedAt()));
        if (dates != null) {
            return dates;
        }
        if (e.reason() == null || e.reason().isBlank()) {
            return Text.of("exchange.refused.malformed");
        }
        if (c.extensionPending(e.taskId(), e.milestoneId())
                || fresh.extensionRequests().stream().anyMatch(x -> x.taskId() == e.taskId()
                && java.util.Objects.equals(x.milestoneId(), e.milestoneId()))) {
            return Text.of("exchange.refused.extensionPending");
        }
        return null;
    }

    private Text checkValue(Records.IndicatorValue v) {
        if (v.departmentId() == null || v.departmentId() != departmentId) {
            return Text.of("exchange.refused.otherDepartment");
        }
        Long owner = c.indicatorOwner(v.indicatorId());
        if (owner == null || owner != departmentId) {
            return Text.of("exchange.refused.notOwnIndicator");
        }
        if (Numbers.parse(v.value()) == null) {
            return Text.of("exchange.refused.notNumber", String.valueOf(v.value()));
        }
        LocalDate on = LocalDate.parse(v.recordedOn());
        if (on.isAfter(today) || v.year() > on.getYear() || v.year() < 1900) {
            return Text.of("exchange.refused.malformed");
        }
        return recordedInFuture(v.recordedAt());
    }

    /** The task exists, the milestone is the task's, the record is the department's, and the department holds the task. */
    private Text checkItem(String uid, long taskId, Long milestoneId, long recordDepartment) {
        if (uid == null || uid.isBlank()) {
            return Text.of("exchange.refused.malformed");
        }
        if (recordDepartment != departmentId) {
            return Text.of("exchange.refused.otherDepartment");
        }
        if (taskCode(taskId) == null) {
            return Text.of("exchange.refused.noSuchTask");
        }
        if (milestoneId != null) {
            Long task = c.milestoneTask(milestoneId);
            if (task == null || task != taskId) {
                return Text.of("exchange.refused.noSuchTask");
            }
        }
        if (!holds(taskId)) {
            return Text.of("exchange.refused.taskNotHeld", taskCode(taskId));
        }
        return null;
    }

    private boolean holds(long taskId) {
        Boolean holds = held.get(taskId);
        if (holds == null) {
            holds = c.holds(taskId, departmentId);
            held.put(taskId, holds);
        }
        return holds;
    }

    private Text requireLead(long taskId, Long milestoneId) {
        Long lead = c.lead(taskId, milestoneId);
        if (lead == null || lead != departmentId) {
            return Text.of("exchange.refused.notLead", taskCode(taskId));
        }
        return null;
    }

    /** The period the model knows of this kind that starts on {@code start} ends on {@code end}. */
    private static boolean wholePeriod(org.planledger.model.PeriodKind kind, LocalDate start, LocalDate end) {
        try {
            return new org.planledger.model.ReportingPeriod(kind, start).end().equals(end);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean mine(RecordKind kind, String uid) {
        return owner(kind, uid) == Owner.MINE;
    }

    private String taskCode(long taskId) {
        if (!codes.containsKey(taskId)) {
            codes.put(taskId, c.taskCode(taskId));
        }
        return codes.get(taskId);
    }

    private String indicatorName(long indicatorId) {
        return c.indicatorName(indicatorId);
    }
}
